// fourd run examples/workers/main.4dm
// Four workers add to one shared counter under Use/End use; the main
// process waits for them with a signal per worker (4D.Signal).
var $counter : Object:=New shared object("total"; 0)
var $signals:=[]
var $i : Integer
For ($i; 1; 4)
	var $s : 4D.Signal:=New signal("worker "+String($i))
	$signals.push($s)
	CALL WORKER("adder "+String($i); "Add"; $counter; 10000; $s)
End for
For each ($s; $signals)
	$s.wait(30)
End for each
LOG EVENT(Into system standard outputs; "total: "+String($counter.total)+"\n")
// Storage is shared by every process.
Use (Storage)
	Storage.result:=New shared object("total"; $counter.total)
End use
LOG EVENT(Into system standard outputs; "in Storage: "+String(Storage.result.total)+"\n")
