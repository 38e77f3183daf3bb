// A base class: every shape has a name and an area.
property name : Text

Class constructor($name : Text)
	This.name:=$name

Function area() : Real
	return 0

Function describe() : Text
	return This.name+" of area "+String(This.area(); "###0.00")
