// error-handling.md (Try...Catch) and throw.md: a deferred error is raised
// when the method that threw it returns; thrown directly in a Try block,
// the block runs to its end and its Catch does not run.
Try
	deferred_thrower
	out("not reached")
Catch
	out("caught deferred from method: "+String(Last errors[0].errCode))
End try
Try
	throw(3; "not deferred")
	out("not reached")
Catch
	out("caught "+String(Last errors[0].errCode))
End try
Try
	throw({errCode: 2; message: "deferred direct"; deferred: True})
	out("continues after direct deferred")
Catch
	out("catch executed (should not)")
End try
out("end of method")
