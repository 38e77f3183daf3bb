// classes.md: Square extends Polygon and calls Super before using This.
Class extends Polygon

Class constructor
	C_LONGINT($1)
	Super($1; $1)
	This.name:="Square"

Function getArea
	C_LONGINT($0)
	$0:=This.area
