#DECLARE($a : Integer; $b : Integer) : Integer
If ($b=0)
	throw(2001; "division by zero")
End if
return $a\$b
