// asserted.md: Asserted returns the evaluated Boolean (and raises -10518);
// under ON ERR CALL the statement goes on with the command's result.
var $r : Boolean
var $t : Text
ON ERR CALL("silent")
$r:=True
$r:=Asserted(1=2)
out(String($r)+" "+String(Error))
$t:="before"
$t:=Document to text("/nonexistent/file.txt")
out("["+$t+"] "+String(Error#0))
ON ERR CALL("")
// A Try block starts with no errors of before (as Try()).
Try
	throw(5; "x")
Catch
End try
Try
	$t:="ok"
Catch
End try
out(String(Last errors=Null))
// error-handling.md: Error formula is the code at the origin of the error.
var $o : Object
ON ERR CALL("formula_handler")
$o.x.y:=1
ON ERR CALL("")
// The obsolete ARRAY STRING (on-err-call.md, example 3) makes a Text array.
ARRAY STRING(80; $names; 2)
out(String(Type($names)=Text array))
