// GET PROCESS VARIABLE, SET PROCESS VARIABLE and VARIABLE TO VARIABLE with a
// worker, following the examples of their doc pages
// (docs/commands-legacy/get-process-variable.md, set-process-variable.md,
// variable-to-variable.md).
var $ready; $report : 4D.Signal
var $vlProcess; $vlSize; $vlElem : Integer
var $vtInfo; $vtElem; $all : Text
$ready:=New signal
CALL WORKER("ipc"; "ipcInit"; $ready)
out("ready: "+String($ready.wait(10)))
$vlProcess:=Process number("ipc")

// get-process-variable.md example 2: the worker's vtCurStatus into a local.
GET PROCESS VARIABLE($vlProcess; vtCurStatus; $vtInfo)
out("vtCurStatus: "+$vtInfo)
// Example 1: into a process variable of this process.
GET PROCESS VARIABLE($vlProcess; vtCurStatus; vtInfo)
out("vtInfo: "+vtInfo)
// Example 3: the same name on both sides designates two instances.
vtCurStatus:="main's own"
GET PROCESS VARIABLE($vlProcess; vtCurStatus; vtCurStatus)
out("vtCurStatus now: "+vtCurStatus)

// set-process-variable.md example 1: sets the worker's vtCurStatus to "".
SET PROCESS VARIABLE($vlProcess; vtCurStatus; "")
GET PROCESS VARIABLE($vlProcess; vtCurStatus; $vtInfo)
out("after SET to empty: ["+$vtInfo+"]")
// Example 2: from a local of this process.
$vtInfo:="from main"
SET PROCESS VARIABLE($vlProcess; vtCurStatus; $vtInfo)

// set-process-variable.md example 4: every element to uppercase, one by one.
GET PROCESS VARIABLE($vlProcess; vl_IPCom_Array; $vlSize)
out("size: "+String($vlSize))
For ($vlElem; 1; $vlSize)
	GET PROCESS VARIABLE($vlProcess; at_IPCom_Array{$vlElem}; $vtElem)
	SET PROCESS VARIABLE($vlProcess; at_IPCom_Array{$vlElem}; Uppercase($vtElem))
End for

// get-process-variable.md example 5: the array as a whole.
ARRAY TEXT($anArray; 0)
GET PROCESS VARIABLE($vlProcess; at_IPCom_Array; $anArray)
$all:=""
For ($vlElem; 1; Size of array($anArray))
	$all:=$all+$anArray{$vlElem}+" "
End for
out("array read whole: "+$all)

// variable-to-variable.md example: change the copy, write it back whole.
For ($vlElem; 1; Size of array($anArray))
	$anArray{$vlElem}:=Lowercase($anArray{$vlElem})+"!"
End for
APPEND TO ARRAY($anArray; "delta!")
VARIABLE TO VARIABLE($vlProcess; at_IPCom_Array; $anArray)

// get-process-variable.md example 6: several pairs in one call.
GET PROCESS VARIABLE($vlProcess; v1; v1; v2; v2; v3; v3)
out("v1 v2 v3: "+v1+" "+v2+" "+v3)
// set-process-variable.md example 5.
v1:="uno"
v2:="dos"
v3:="tres"
SET PROCESS VARIABLE($vlProcess; v1; v1; v2; v2; v3; v3)

// The worker sees its own instances changed ("pokes" its variables).
$report:=New signal
CALL WORKER("ipc"; "ipcReport"; $report)
out("report: "+String($report.wait(10)))
out("worker's vtCurStatus: "+$report.status)
out("worker's array: "+$report.array)
out("worker's v1: "+$report.v1)

// get-process-variable.md note: a source variable that does not exist
// returns the undefined value (detected with Type).
vtProbe:="set"
GET PROCESS VARIABLE($vlProcess; vtNeverDefined; vtProbe)
out("undefined source: "+String(Type(vtProbe)=Is undefined))
KILL WORKER("ipc")
