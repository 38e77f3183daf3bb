// fourd run examples/errors/main.4dm
// Three ways to handle errors: Try(), Try/Catch, ON ERR CALL.
var $r : Variant

// 1. Try(expression): the error is caught, the value is undefined
$r:=Try(JSON Parse("{not json"))
Out("Try(): "+String(Value type($r)=Is undefined)+", errors: "+String(Last errors.length))

// 2. Try … Catch … End try, with throw
Try
	throw({errCode: 1001; message: "The order is empty"})
	Out("not reached")
Catch
	Out("caught "+String(Last errors[0].errCode)+": "+Last errors[0].message)
End try

// 3. ON ERR CALL: a method handles the error, execution continues
ON ERR CALL("Handler")
ARRAY TEXT($names; 2)
$r:=$names{5}  // out of range: an error, then execution goes on
ON ERR CALL("")
Out("after the handler: OK")

// Errors in called methods climb the call chain until something handles them.
Try
	Divide(1; 0)
Catch
	Out("from Divide: "+String(Last errors[0].errCode))
End try
