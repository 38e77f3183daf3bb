#DECLARE($fmt : Text; ... : Real) : Text
var $i : Integer
var $s : Text:=$fmt
For ($i; 2; Count parameters)
	$s:=$s+" "+String(${$i})
End for
return $s
