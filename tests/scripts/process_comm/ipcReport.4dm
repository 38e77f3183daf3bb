// Worker message: reports the worker's own instance of its variables.
#DECLARE($sig : 4D.Signal)
var $i : Integer
var $all : Text
For ($i; 1; Size of array(at_IPCom_Array))
	$all:=$all+at_IPCom_Array{$i}+" "
End for
Use ($sig)
	$sig.status:=vtCurStatus
	$sig.array:=$all
	$sig.v1:=v1
End use
$sig.trigger()
