// Two processes each hold one group and wait for the other's: fourd detects
// the cycle and raises an error in one of them (naming both processes); the
// other one then gets its lock and finishes.
var $a; $b; $results : Object
var $r1; $r2; $d1; $d2 : 4D.Signal
$a:=New shared object("name"; "A")
$b:=New shared object("name"; "B")
$results:=New shared object("errors"; New shared collection)
$r1:=New signal
$r2:=New signal
$d1:=New signal
$d2:=New signal
CALL WORKER("locker one"; "lockBoth"; $a; $b; $r1; $r2; $d1; $results)
CALL WORKER("locker two"; "lockBoth"; $b; $a; $r2; $r1; $d2; $results)
out("both finished: "+String($d1.wait(30) & $d2.wait(30)))
out("errors: "+String($results.errors.length))
var $msg : Text:=$results.errors[0]
out("names both processes: "+String((Position("locker one"; $msg)>0) & (Position("locker two"; $msg)>0)))
KILL WORKER("locker one")
KILL WORKER("locker two")
