Class extends Person
Class constructor
	$x:=1
