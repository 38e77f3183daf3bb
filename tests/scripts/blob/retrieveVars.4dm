// RETRIEVE VARIABLES FROM BLOB (variable-to-blob.md example 1)
// retrieveVars ( ->BLOB { ; ->Var1 ... { ; ->VarN } } )
#DECLARE(... : Pointer)
var $vlParam; $vlOffset : Integer

$vlOffset:=0
For ($vlParam; 2; Count parameters)
	BLOB TO VARIABLE($1->; ${$vlParam}->; $vlOffset)
End for
