// classes.md: the Polygon example.
Class constructor
	C_LONGINT($1; $2)
	This.area:=$1*$2
	This.name:="Polygon"
