#DECLARE($counter : Object; $n : Integer; $done : 4D.Signal)
var $i : Integer
For ($i; 1; $n)
	Use ($counter)
		$counter.count:=$counter.count+1
	End use
End for
$done.trigger()
