property firstName; lastName : Text
property kind : Text:="person"

Class constructor($first : Text; $last : Text)
	This.firstName:=$first
	This.lastName:=$last

Function get fullName() -> $full : Text
	$full:=This.firstName+" "+This.lastName

Function set fullName($full : Text)
	This.firstName:=Substring($full; 1; Position(" "; $full)-1)
	This.lastName:=Substring($full; Position(" "; $full)+1)

Function greet($greeting : Text) : Text
	return $greeting+", "+This.fullName

Function describe() : Text
	return "Person "+This.fullName
