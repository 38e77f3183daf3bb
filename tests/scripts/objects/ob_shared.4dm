// shared objects (Concepts/shared.md): OB REMOVE triggers an internal
// Use...End use; other modifications need Use
var $s : Object
$s:=New shared object("a";1;"b";2)
OB REMOVE($s;"a")
out(JSON Stringify($s))  // {"b":2}
Try
	OB SET($s;"c";3)
	out("no error")
Catch
	out("error: not in Use")
End try
Use($s)
	OB SET($s;"c";3)
	OB SET NULL($s;"d")
End use
out(JSON Stringify($s))  // {"b":2,"c":3,"d":null}
out(JSON Stringify(OB Keys($s)))
out(String(OB Is defined($s;"c")))
