// super.md: `This` before `Super()` in a derived constructor is error
// -10743; a constructor that never calls `Super()` is error -10748.
var $o : Object
Try
	$o:=cs.ThisFirst.new()
Catch
	out("ThisFirst: "+String(Last errors[0].errCode))
End try
Try
	$o:=cs.NoSuper.new()
Catch
	out("NoSuper: "+String(Last errors[0].errCode))
End try
