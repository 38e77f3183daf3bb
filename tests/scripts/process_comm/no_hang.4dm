// Process communication never hangs (fourd's guarantee; 4D runs
// interpreted processes cooperatively, so these cases cannot arise there).
var $d1; $d2; $started : 4D.Signal
var $so : Object
var $t : Text
var $raised : Boolean

// Two processes reading each other's variables at the same time.
$d1:=New signal
$d2:=New signal
CALL WORKER("mutual one"; "ipcMutual"; "mutual two"; $d1)
CALL WORKER("mutual two"; "ipcMutual"; "mutual one"; $d2)
out("both finished: "+String($d1.wait(30) & $d2.wait(30)))
KILL WORKER("mutual one")
KILL WORKER("mutual two")

// A process blocked in Use on a shared object this process holds cannot
// answer: the request fails with an error instead of waiting forever.
$so:=New shared object
$started:=New signal
Use ($so)
	CALL WORKER("locker"; "ipcLock"; $so; $started)
	out("locker started: "+String($started.wait(10)))
	DELAY PROCESS(Current process; 6)
	Try
		GET PROCESS VARIABLE(Process number("locker"); vtX; $t)
	Catch
		$raised:=True
	End try
End use
out("request to a blocked process raises: "+String($raised))
KILL WORKER("locker")
