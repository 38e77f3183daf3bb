Class extends Shape

property width; height : Real

Class constructor($width : Real; $height : Real)
	Super("rectangle")
	This.width:=$width
	This.height:=$height

Function area() : Real
	return This.width*This.height

// A computed property.
Function get isSquare() : Boolean
	return This.width=This.height
