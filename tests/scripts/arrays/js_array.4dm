// The elements of the array $p points to, separated by commas.
#DECLARE($p : Pointer) : Text
var $t : Text
var $i : Integer
For ($i; 1; Size of array($p->))
	If ($i>1)
		$t:=$t+","
	End if
	$t:=$t+String($p->{$i})
End for
return $t
