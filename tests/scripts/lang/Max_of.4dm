// count-parameters.md, example 2 (as written there).
var $0;${1} : Real
var $i : Integer
$0:=${1}
For ($i; 2; Count parameters)
	If (${$i}>$0)
		$0:=${$i}
	End if
End for
