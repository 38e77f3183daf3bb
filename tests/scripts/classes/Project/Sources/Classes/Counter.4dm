// A process singleton (classes.md, singleton classes).
singleton Class constructor()
	This.value:=0

Function increment() : Integer
	This.value:=This.value+1
	return This.value
