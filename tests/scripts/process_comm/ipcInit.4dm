// Worker message: creates the process variables the main script reads and writes.
#DECLARE($ready : 4D.Signal)
var vtCurStatus : Text
var vl_IPCom_Array : Integer
var v1; v2; v3 : Text
vtCurStatus:="working"
ARRAY TEXT(at_IPCom_Array; 3)
at_IPCom_Array{1}:="alpha"
at_IPCom_Array{2}:="beta"
at_IPCom_Array{3}:="gamma"
vl_IPCom_Array:=Size of array(at_IPCom_Array)
v1:="one"
v2:="two"
v3:="three"
$ready.trigger()
