// Rectangle: a class file (Project/Sources/Classes/Rectangle.4dm).
Class extends Shape

property width; height : Real
property kind : Text:="rect"

shared singleton Class constructor($width : Real; $height : Real)
	Super:C1706("rect")
	This.width:=$width
	This.height:=$height

Function area() : Real
	return This.width*This.height

Function get label() -> $label : Text
	$label:=This.kind+" "+String(This.area())

Function set label($value : Text)
	This.kind:=$value

exposed Function scaled($factor : Real; ... : Real) : cs.Rectangle
	var $copy : cs.Rectangle
	$copy:=cs.Rectangle.new(This.width*$factor; This.height*$factor)
	return $copy
