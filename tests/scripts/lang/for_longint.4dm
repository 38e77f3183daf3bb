// For loops with a Longint counter (cf_looping.md, "For...End for").
var $i; $n; $end : Integer
var $seen : Text

// "executes 100 iterations", counting down.
$n:=0
For ($i; 100; 1; -1)
	$n:=$n+1
End for
out("down: "+String($n))

// "addresses only the even elements": 2, 4, ... by steps of 2.
$seen:=""
For ($i; 2; 10; 2)
	$seen:=$seen+String($i)+" "
End for
out("even: "+$seen)

// Start = End: once. Start > End with a positive step: never.
$n:=0
For ($i; 5; 5)
	$n:=$n+1
End for
For ($i; 6; 5)
	$n:=$n+100
End for
out("once: "+String($n))

// End is evaluated once; changing the counter affects the loop.
$end:=10
$seen:=""
For ($i; 1; $end)
	$end:=3
	$seen:=$seen+String($i)+" "
	$i:=$i+1
End for
out("changed: "+$seen)

// The loop stops when the counter passes End (a Real end here).
$seen:=""
For ($i; 1; 3.5)
	$seen:=$seen+String($i)+" "
End for
out("real end: "+$seen)

// Break out early, then the counter keeps its value.
For ($i; 1; 1000000)
	If ($i=7)
		break
	End if
End for
out("break: "+String($i))
