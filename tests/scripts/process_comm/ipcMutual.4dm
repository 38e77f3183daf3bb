// Reads the other worker's counter while it reads this one's.
#DECLARE($other : Text; $done : 4D.Signal)
var vlCount : Integer
var $i; $n; $p : Integer
While ($p=0)
	$p:=Process number($other)
	IDLE
End while
For ($i; 1; 200)
	vlCount:=$i
	GET PROCESS VARIABLE($p; vlCount; $n)
End for
Use ($done)
	$done.last:=$n
End use
$done.trigger()
