// pause-process.md / resume-process.md: a paused process does not run
// until it is resumed; Process state reports Paused (5) meanwhile.
var $s : Object
var $p; $before : Integer
$s:=New shared object("count"; 0)
$p:=New process("pause_counter"; 0; "counter"; $s)
DELAY PROCESS(Current process; 6)
PAUSE PROCESS($p)
out("paused at once: "+String(Process state($p)))
DELAY PROCESS(Current process; 6)
out("paused: "+String(Process state($p)))
$before:=$s.count
DELAY PROCESS(Current process; 12)
out("no progress while paused: "+String($s.count=$before))
RESUME PROCESS($p)
DELAY PROCESS(Current process; 12)
out("progress after resume: "+String($s.count>$before))
Use ($s)
	$s.stop:=True
End use
