// Waits in Use for a shared object another process holds.
#DECLARE($so : Object; $started : 4D.Signal)
var vtX : Text
vtX:="locked out"
$started.trigger()
Use ($so)
	$so.seen:=True
End use
