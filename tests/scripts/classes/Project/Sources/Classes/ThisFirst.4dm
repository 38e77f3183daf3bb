Class extends Person
Class constructor
	This.x:=1
	Super("a"; "b")
