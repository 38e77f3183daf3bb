// VARIABLE TO BLOB / BLOB TO VARIABLE: every kind of value comes back as
// it was stored (the format is fourd's own)
var $b : Blob
var $t : Text
var $r : Real
var $l : Integer
var $d : Date
var $h : Time
var $f : Boolean
var $o : Object
var $c : Collection
var $in : Blob

// variable-to-blob.md example 1, through pointers
ARRAY TEXT(asAnArray; 3)
asAnArray{1}:="one"
asAnArray{2}:="two"
asAnArray{3}:="three"
ARRAY LONGINT(alAnotherArray; 2)
alAnotherArray{1}:=10
alAnotherArray{2}:=-20
vtName:="Smith"
storeVars(->vxBLOB; ->vtName; ->asAnArray; ->alAnotherArray)
out("OK="+String(OK))  // 1
vtName:=""
ARRAY TEXT(asAnArray; 0)
ARRAY LONGINT(alAnotherArray; 0)
retrieveVars(->vxBLOB; ->vtName; ->asAnArray; ->alAnotherArray)
out(vtName+" "+String(Size of array(asAnArray))+" "+asAnArray{1}+","+asAnArray{2}+","+asAnArray{3}+" "+String(alAnotherArray{1}+alAnotherArray{2}))  // Smith 3 one,two,three -10

// scalars, one after the other with *
$t:="Crème"
$r:=-1.5
$l:=123456
$d:=!2024-02-29!
$h:=?12:34:56?
$f:=True
SET BLOB SIZE($in; 3; 0x55)
VARIABLE TO BLOB($t; $b)
VARIABLE TO BLOB($r; $b; *)
VARIABLE TO BLOB($l; $b; *)
VARIABLE TO BLOB($d; $b; *)
VARIABLE TO BLOB($h; $b; *)
VARIABLE TO BLOB($f; $b; *)
VARIABLE TO BLOB($in; $b; *)
$t:=""
$r:=0
$l:=0
$d:=!00-00-00!
$h:=?00:00:00?
$f:=False
SET BLOB SIZE($in; 0)
var $off : Integer
BLOB TO VARIABLE($b; $t; $off)
BLOB TO VARIABLE($b; $r; $off)
BLOB TO VARIABLE($b; $l; $off)
BLOB TO VARIABLE($b; $d; $off)
BLOB TO VARIABLE($b; $h; $off)
BLOB TO VARIABLE($b; $f; $off)
BLOB TO VARIABLE($b; $in; $off)
out($t+" "+String($r)+" "+String($l)+" "+String($d; ISO date)+" "+String($h)+" "+String($f)+" "+hex($in))
out(String($off=BLOB size($b)))  // True: the offset is after the last variable

// objects and collections are stored as copies
$o:=New object("name"; "Ann"; "age"; 42; "tags"; New collection("a"; "b"); "sub"; New object("x"; Null))
VARIABLE TO BLOB($o; $b)
$o.name:="changed"
var $o2 : Object
BLOB TO VARIABLE($b; $o2)
out(JSON Stringify($o2))  // the object as stored
$c:=New shared collection(1; "two"; New shared object("three"; 3))
VARIABLE TO BLOB($c; $b)
var $c2 : Collection
BLOB TO VARIABLE($b; $c2)
$c2.push(4)  // a regular (not shared) collection
out(JSON Stringify($c2))

// pointers inside an object are stored as the values they point to
var $target : Text
$target:="pointed"
$o:=New object("p"; ->$target)
VARIABLE TO BLOB($o; $b)
BLOB TO VARIABLE($b; $o2)
out(String(Value type($o2.p)=Is text)+" "+$o2.p)  // True pointed

// arrays keep their type and elements; element 0 too
ARRAY DATE($dates; 2)
$dates{0}:=!2000-01-01!
$dates{2}:=!2021-12-31!
VARIABLE TO BLOB($dates; $b)
ARRAY DATE($dates2; 0)
BLOB TO VARIABLE($b; $dates2)
out(String(Size of array($dates2))+" "+String($dates2{0}; ISO date)+" "+String($dates2{2}; ISO date)+" "+String(Type($dates2)=Date array))

// a variable holding no array becomes one
ARRAY BOOLEAN($flags; 2)
$flags{2}:=True
VARIABLE TO BLOB($flags; $b)
BLOB TO VARIABLE($b; vFlags)
out(String(Type(vFlags)=Boolean array)+" "+String(vFlags{2}))  // True True

// a BLOB holding no stored variable: OK = 0, the variable is unchanged
$t:="kept"
TEXT TO BLOB("not a variable"; $b)
BLOB TO VARIABLE($b; $t)
out("OK="+String(OK)+" "+$t)  // OK=0 kept
VARIABLE TO BLOB($l; $b)
$off:=1
BLOB TO VARIABLE($b; $l; $off)
out("OK="+String(OK)+" "+String($off))  // OK=0 1: not at the start of a variable

// pointers cannot be stored
var $p : Pointer
$p:=->$t
Try
	VARIABLE TO BLOB($p; $b)
Catch
	out("VARIABLE TO BLOB: OK="+String(OK)+" error "+String(Last errors[0].errCode))
End try
