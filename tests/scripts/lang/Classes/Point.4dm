property x : Real

Class constructor
	This.x:=2

Function get double() : Real
	return This.x*2
