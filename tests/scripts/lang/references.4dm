// Objects and collections are references; scalars are copies (dt_object.md).
var $a; $b : Object
$a:={name: "Ann"}
$b:=$a
$b.name:="Bob"
out($a.name)
var $c; $d : Collection
$c:=[1; 2]
$d:=$c
$d.push(3)
out(String($c.length))
// Writing past the end grows the collection with null.
var $e : Collection:=[]
$e[2]:="x"
out(String($e.length)+" "+String($e[0]=Null)+" "+$e[2])
// Reading past the end gives undefined.
out(String(Undefined($e[10])))
// Property names are case-sensitive.
var $o : Object:={}
$o.Name:=1
$o.name:=2
out(String($o.Name)+String($o.name))
$o["a b"]:="spaced"
out($o["a b"])
// Numbers stored in objects and collections are Reals.
var $i : Integer:=5
$o.n:=$i
out(String(Value type($o.n))+" "+String(Value type($i)))
// Identity comparison (20 R6).
out(String({a: 1}={a: 1})+String($a=$b))
// An object passed to a method is the same object.
setName($a; "Cid")
out($a.name)
// Assigning undefined to an existing property resets it by type.
var $p : Object:=New object("a"; 2; "t"; "x")
$p.a:=$p.missing
$p.t:=$p.missing
out(String($p.a)+"["+$p.t+"]")
