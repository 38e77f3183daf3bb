// Errors of collection functions.
var $c : Collection
$c:=New collection(1; 2; 3)
Try
	$c.map("noSuchMethod")
Catch
	out("method: "+String(Last errors[0].errCode))  // -10508: the method does not exist
End try
Try
	$c.filter(Formula($1.value>"a"))
Catch
	out("callback error stops the function")
End try
out(js($c))  // [1,2,3]
Try
	$c.sort(Formula($1.value<"a"))
Catch
	out("sort error")
End try
out(js($c))  // [1,2,3]: not modified
$c.multiSort([[1; 2; 3]])
out(js($c))  // [1,2,3]
$c.multiSort([[3; 2; 1]])
out(js($c))  // [1,2,3]
Try
	$c.multiSort([[1; 2]])
Catch
	out("multiSort: collections of different lengths")
End try
Try
	$c.noSuchFunction()
Catch
	out("no such function")
End try
