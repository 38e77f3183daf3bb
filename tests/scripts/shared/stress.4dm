// 8 processes each make 100,000 increments of one shared counter under Use:
// no increment is lost.
var $counter : Object
var $i : Integer
var $signals : Collection
$counter:=New shared object("count"; 0)
$signals:=New collection
For ($i; 1; 8)
	$signals.push(New signal)
	CALL WORKER("stress "+String($i); "increment"; $counter; 100000; $signals[$i-1])
End for
var $s : 4D.Signal
var $all : Boolean:=True
For each ($s; $signals)
	$all:=$all & $s.wait(300)
End for each
out("all done: "+String($all))
out("count: "+String($counter.count))
