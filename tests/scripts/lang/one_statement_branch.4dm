// `If` branches of a single statement under a condition on numeric locals
// (flow-control.md: If, break, return; error-handling.md: Try).
var $i; $n; $k : Integer
// `break` in a one-statement branch leaves the loop.
$n:=0
For ($i; 1; 10)
	If ($i>3)
		break
	End if
	$n:=$n+1
End for
out(String($n))
// `return` in one, an assignment in the other.
out(sign_of(-2)+" "+sign_of(0)+" "+sign_of(5))
// Each branch assigns a number, a text or calls a command.
If ($n=3)
	$k:=$n*2
Else
	$k:=-1
End if
out(String($k))
If ($n#3)
	out("not reached")
Else
	out("else branch")
End if
// An error in a one-statement branch goes to Catch.
$k:=0
Try
	If ($n=3)
		$i:=$n%$k
	End if
	out("not reached")
Catch
	out("caught "+String(Last errors[0].errCode))
End try
