// assert.md: without a message, "Assert failed: " and the assertion's text;
// asserted.md: the result is the Boolean; SET ASSERT ENABLED turns them off.
var $r : Boolean
$r:=Try(Asserted(2>3))
out(Last errors[0].message+" ("+String(Last errors[0].errCode)+")")
Try
	ASSERT(1=2; "custom text")
Catch
	out(Last errors[0].message)
End try
out(String(Get assert enabled))
SET ASSERT ENABLED(False)
ASSERT(False)
out(String(Asserted(False))+" "+String(Get assert enabled))
SET ASSERT ENABLED(True)
