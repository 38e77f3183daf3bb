#DECLARE($x : Real) -> $s : Text
If ($x<0)
	return "negative"
End if
If ($x=0)
	$s:="zero"
Else
	$s:="positive"
End if
