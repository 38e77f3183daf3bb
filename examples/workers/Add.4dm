// Add($counter; $n; $done): adds 1 to $counter.total, $n times, then signals.
#DECLARE($counter : Object; $n : Integer; $done : 4D.Signal)
var $i : Integer
For ($i; 1; $n)
	Use ($counter)
		$counter.total+=1
	End use
End for
$done.trigger()
