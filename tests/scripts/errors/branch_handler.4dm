// ON ERR CALL with the error in a one-statement If branch: the handler sees
// the branch's line, then execution resumes after the If (error-handling.md).
var $n; $k; $i : Integer
$n:=3
ON ERR CALL("handler")
If ($n=3)
	$i:=$n%$k
End if
out("resumed, i="+String($i))
If ($n>1)
	$i:=$n%$k
Else
	$i:=1
End if
out("resumed again")
ON ERR CALL("")
