// A class whose superclass is missing cannot be instantiated; the error is
// catchable like any other.
var $w : Object
Try
	$w:=cs.Widget.new()
Catch
	out("caught: "+String(Last errors.length>0))
End try
out(String($w=Null))
// the class itself is there
out(cs.Widget.name)
