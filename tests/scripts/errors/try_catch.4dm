// Try/Catch/End try and throw (error-handling.md, throw.md).
Try
	throw(50042; "Custom failure")
	out("not reached")
Catch
	out("caught "+String(Last errors[0].errCode)+": "+Last errors[0].message)
End try
// throw with an object: default errCode -1, {placeholders} from its properties.
Try
	throw({errCode: 1; message: "Cannot find {name}"; name: "hello.txt"})
Catch
	out(String(Last errors[0].errCode)+": "+Last errors[0].message+" ["+Last errors[0].componentSignature+"]")
End try
Try
	throw({message: "no code"})
Catch
	out(String(Last errors[0].errCode))
End try
// Default description.
Try
	throw(12)
Catch
	out(Last errors[0].message)
End try
// An error in a called method jumps to Catch.
Try
	failing
	out("not reached")
Catch
	out("from callee: "+Last errors[0].message)
End try
// Try(expression)
var $r : Variant
$r:=Try(1+1)
out(String($r))
$r:=Try("a"+1)
out(String(Undefined($r))+" "+String(Last errors.length>0))
// Try without Catch
Try
	throw(1; "ignored")
End try
out("after Try without Catch")
