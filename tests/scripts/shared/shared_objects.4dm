// Shared objects and collections (runtime.md §1, shared.md).
var $so; $plain : Object
$so:=New shared object("n"; 3; "t"; "abc")
out(String(OB Is shared($so))+" "+String(Value type($so.n))+" "+$so.t)
// Writing outside Use is an error and changes nothing.
out(String(Try(setN($so; 10)))+" "+String(Last errors#Null)+" n="+String($so.n))
Use ($so)
	$so.n:=4
	// Re-entrant: nested Use on the same group.
	Use ($so)
		$so.n:=$so.n+1
	End use
	$so.list:=New shared collection(1; 2)
	$so.good:=OB Copy({x: 1}; ck shared)
End use
out("n="+String($so.n)+" list="+String($so.list.length)+" good.x="+String($so.good.x))
// Unsupported values: -10721, nothing stored.
Use ($so)
	Try
		$so.bad:=New object("x"; 1)
	Catch
		out("error "+String(Last errors[0].errCode))
	End try
	Try
		$so.bad:={x: 1}
	Catch
		out("error "+String(Last errors[0].errCode))
	End try
End use
out("bad stored: "+String($so.bad#Null))
// Use on a non-shared object does nothing (no error).
$plain:={a: 1}
Use ($plain)
	$plain.a:=2
End use
out("plain: "+String($plain.a))
// Modifying collection functions lock by themselves; element assignment needs Use.
var $q : Collection
$q:=New shared collection
$q.push("a")
out(String(Try(setElement($q; 0; "b")))+" q[0]="+$q[0])
Use ($q)
	$q[0]:="b"
	$q.push("c")
End use
out($q[0]+$q[1]+" "+String($q.length))
// Numbers are stored as Reals, times as milliseconds.
var $i : Integer:=7
Use ($so)
	$so.i:=$i
	$so.time:=?00:00:02?
End use
out(String(Value type($so.i))+" "+String($so.time))
