// Process communication with processes that compute, wait, or have ended
// (docs/commands-legacy/set-process-variable.md, get-process-variable.md,
// variable-to-variable.md: "Restrictions").
var $started; $done; $release : 4D.Signal
var $p; $i : Integer
var $t : Text
var $raised : Boolean

// A process busy in a loop: the classic "stop flag" set from outside.
$started:=New signal
$done:=New signal
$p:=New process("ipcBusy"; 0; "busy"; $started; $done)
out("busy started: "+String($started.wait(10)))
SET PROCESS VARIABLE($p; vbStop; True)
out("busy stopped: "+String($done.wait(10) & Bool($done.stopped)))

// A process waiting on a signal: its variables can still be read.
$started:=New signal
$release:=New signal
$p:=New process("ipcWaiter"; 0; "waiter"; $started; $release)
out("waiter started: "+String($started.wait(10)))
GET PROCESS VARIABLE($p; vtWaiting; $t)
out("waiter says: "+$t)

// Interprocess variables are the same in every process.
<>vlShared:=1
SET PROCESS VARIABLE($p; <>vlShared; 42)
out("interprocess: "+String(<>vlShared))
$release.trigger()

// A process that has ended no longer exists.
$p:=New process("ipcShort"; 0; "short")
For ($i; 1; 600)
	If (Process state($p)=Aborted)
		break
	End if
	DELAY PROCESS(Current process; 1)
End for
out("short ended: "+String(Process state($p)=Aborted))
// GET: "If the source process does not exist, this command has no effect."
$t:="unchanged"
GET PROCESS VARIABLE($p; vtShort; $t)
out("get from ended process: "+$t)
// SET / VARIABLE TO VARIABLE: "If the destination process does not exist,
// an error is generated."
$raised:=False
Try
	SET PROCESS VARIABLE($p; vtShort; "x")
Catch
	$raised:=True
End try
out("set to ended process raises: "+String($raised))
$raised:=False
Try
	VARIABLE TO VARIABLE(Count tasks+10; vtShort; $t)
Catch
	$raised:=True
End try
out("variable to variable to unknown process raises: "+String($raised))
$t:="unchanged"
GET PROCESS VARIABLE(Count tasks+10; vtShort; $t)
out("get from unknown process: "+$t)

// "does not accept local variables as destination variables"
$raised:=False
Try
	SET PROCESS VARIABLE(Current process; $t; "x")
Catch
	$raised:=True
End try
out("local destination raises: "+String($raised))

// The current process may name itself.
vtSelf:="before"
SET PROCESS VARIABLE(Current process; vtSelf; "after")
out("self: "+vtSelf)
