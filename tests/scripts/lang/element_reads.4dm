// Elements and properties of local collections and objects in arithmetic,
// comparisons and conditions (dt_collection.md, dt_object.md).
var $c:=[1; 2.5; True; Null]
var $o:={value: 3; name: "x"}
var $n : Integer
var $r : Real
$r:=$c[0]+$c[1]  // 3.5
out(String($r))
$n:=$c.length*2  // 8
out(String($n))
$r:=$o.value*2  // 6
out(String($r))
If ($c[2])
	out("element 2 is True")
End if
// past the end: undefined (no error); in a condition it counts as False
If ($c[10])
	out("not reached")
Else
	out("element 10 is undefined: "+String(Value type($c[10])=Is undefined))
End if
// writing past the end fills with null (dt_collection.md)
$c[6]:=7
out(String($c.length)+" "+JSON Stringify($c))  // 7 [1,2.5,true,null,null,null,7]
// a missing property in arithmetic is an error, as in the general case
Try
	$r:=$o.missing+1
Catch
	out("missing+1: error")
End try
// a class getter is still called
var $p:=cs.Point.new()
out(String($p.double*2))  // 8
