// A process that computes until another process sets its vbStop.
#DECLARE($started : 4D.Signal; $done : 4D.Signal)
var vbStop : Boolean
var vlTurns : Integer
vbStop:=False
$started.trigger()
While (Not(vbStop))
	vlTurns:=vlTurns+1
End while
Use ($done)
	$done.stopped:=True
End use
$done.trigger()
