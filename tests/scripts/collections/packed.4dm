// Collections sized by .resize() with a Boolean or a number (collection.md:
// "$c.resize(10;0) // $c=[0,0,0,0,0,0,0,0,0,0]"), read and changed every way
// a collection can be: each result follows from collection.md and
// dt_collection.md, whatever fourd keeps the elements in.
var $c; $b; $d; $r : Collection
var $flag : Boolean
var $v : Variant
var $i : Integer
var $sum : Real

$c:=New collection
$c.resize(10; 0)
out(JSON Stringify($c))
$c[3]:=7
$c[2]:="x"
out(JSON Stringify($c)+" "+String($c.length))

$b:=New collection
$b.resize(4; True)
$b[1]:=False
$flag:=$b[0]
out(JSON Stringify($b)+" "+String($flag)+" "+String($b[1]))
// Read whole, then changed: the second reading sees the change.
out(JSON Stringify($b))
$b[0]:=False
out(JSON Stringify($b)+" "+String($b.indexOf(True)))
// Past the end: the elements between are null (dt_collection.md).
$b[6]:=False
out(JSON Stringify($b))
$b.resize(2)
$b.resize(4; True)
out(JSON Stringify($b))
$b.resize(5)
out(JSON Stringify($b))

// A collection is a reference: both names see one change.
$d:=New collection
$d.resize(3; False)
$b:=$d
$b[1]:=True
out(JSON Stringify($d))
// A copy is not.
$b:=$d.copy()
$b[0]:=True
out(JSON Stringify($d)+" "+JSON Stringify($b))

// Numbers: an Integer stored in a collection is a number like the others.
$r:=New collection
$r.resize(3; 1.5)
$r[0]:=$r[0]+$r[1]
$i:=2
$r[2]:=$i
out(JSON Stringify($r)+" "+String($r.sum()))
$sum:=0
For each ($v; $r)
	$sum:=$sum+$v
End for each
out(String($sum))
$r.push(10)
$r.resize(5; 0)
out(JSON Stringify($r)+" "+String($r.max()))
$r:=New collection
$r.resize(3; 0)
$r[1]:=New object("a"; 1)
$r[1].a:=2
out(JSON Stringify($r))
