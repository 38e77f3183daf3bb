// PROCESS PROPERTIES (docs/commands-legacy/process-properties.md) and its
// agreement with Process info, Process state, Process number and Current
// process name.
var vName : Text
var vState : Integer
var vTimeSpent : Integer
var vFlags : Integer
var isVisible; isPreemptive : Boolean
var $vis : Boolean
var $id; $origin; $p; $i : Integer
var $info : Object
var $sig : 4D.Signal

// Example 1: name, state and time of the current process.
PROCESS PROPERTIES(Current process; vName; vState; vTimeSpent)
out("name is Current process name: "+String(vName=Current process name))
out("state Executing: "+String(vState=Executing))
out("time in ticks >= 0: "+String(vTimeSpent>=0))

// Example 3: procMode as a bit field (Integer variable).
PROCESS PROPERTIES(Current process; vName; vState; vTime; vFlags)
isVisible:=vFlags ?? 0
isPreemptive:=vFlags ?? 1
$info:=Process info(Current process)
out("bit 0 is Process info.visible: "+String(isVisible=$info.visible))
out("bit 1 is Process info.preemptive: "+String(isPreemptive=$info.preemptive))
// procMode as a Boolean variable: the visibility.
PROCESS PROPERTIES(Current process; vName; vState; vTime; $vis)
out("Boolean procMode is visible: "+String($vis=$info.visible))

// uniqueID and origin ("Process Type" constants).
PROCESS PROPERTIES(Current process; vName; vState; vTime; vFlags; $id; $origin)
out("uniqueID is Process info.ID: "+String($id=$info.ID))
out("origin is Process info.type: "+String($origin=$info.type))
out("main origin is Main process: "+String($origin=Main process))

// A worker: origin Worker process; its name finds its number.
$sig:=New signal
CALL WORKER("props worker"; "ipcSignalName"; $sig)
out("worker answered: "+String($sig.wait(10)))
PROCESS PROPERTIES($sig.number; vName; vState; vTime; vFlags; $id; $origin)
out("worker name: "+vName)
out("worker origin is Worker process: "+String($origin=Worker process))
out("Process number finds it: "+String(Process number(vName)=$sig.number))
KILL WORKER("props worker")

// A process started with New process: Other user process; once ended it
// keeps its name and reports Aborted, like Process state.
$p:=New process("ipcShort"; 0; "short props")
For ($i; 1; 600)
	If (Process state($p)=Aborted)
		break
	End if
	DELAY PROCESS(Current process; 1)
End for
PROCESS PROPERTIES($p; vName; vState; vTime; vFlags; $id; $origin)
out("ended name: "+vName)
out("ended state Aborted: "+String(vState=Aborted)+" "+String(vState=Process state($p)))
out("origin Other user process: "+String($origin=Other user process))

// "If the process does not exist […] leaves the variable parameters unchanged."
vName:="kept"
vState:=12
PROCESS PROPERTIES(Count tasks+1; vName; vState; vTime)
out("unknown process: "+vName+" "+String(vState))
PROCESS PROPERTIES(0; vName; vState; vTime)
out("process 0: "+vName+" "+String(vState))
