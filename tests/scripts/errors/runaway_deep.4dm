#DECLARE($n : Integer) -> $r : Integer
If ($n<2)
	$r:=$n
Else
	$r:=runaway_deep($n-1)+1
End if
