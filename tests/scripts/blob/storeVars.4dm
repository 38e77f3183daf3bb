// STORE VARIABLES INTO BLOB (variable-to-blob.md example 1)
// storeVars ( ->BLOB { ; ->Var1 ... { ; ->VarN } } )
#DECLARE(... : Pointer)
var $vlParam : Integer

SET BLOB SIZE($1->; 0)
For ($vlParam; 2; Count parameters)
	VARIABLE TO BLOB(${$vlParam}->; $1->; *)
End for
