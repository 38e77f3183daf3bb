// Results stated in the docs (classes.md, resolve-pointer.md, type.md,
// get-pointer.md, execute-method.md).
// A shared class's initialized object or collection property is shared.
var $sp : cs.SharedProp
$sp:=cs.SharedProp.new()
out(String(OB Is shared($sp.myCollection))+" "+$sp.myCollection[0]+" "+$sp.label)
cs.ItemInventory.me.addItem(New shared object("name"; "pen"))
out(String(cs.ItemInventory.me.itemList.length)+" "+cs.ItemInventory.me.itemList[0].name)
// The error of a singleton's constructor reaches the code reading `.me`.
var $m : Variant
$m:=Try(cs.BadSingle.me)
out(String(Last errors.length>0)+" "+String(Last errors[0].errCode))
// The class stores list their classes.
out(String(OB Keys(cs).indexOf("SharedProp")>=0)+" "+String(OB Keys(4D).indexOf("File")>=0))
// RESOLVE POINTER: variable, array, element, 2D element, nil.
var $var : Text
var $t; $f : Integer
ARRAY TEXT(atCities; 100; 50)
atCities{1}{5}:="Paris"
vX:=5
RESOLVE POINTER(->vX; $var; $t; $f)
out($var+" "+String($t)+" "+String($f))
RESOLVE POINTER(->atCities; $var; $t; $f)
out($var+" "+String($t)+" "+String($f))
ARRAY TEXT(at1; 5)
RESOLVE POINTER(->at1{3}; $var; $t; $f)
out($var+" "+String($t)+" "+String($f))
RESOLVE POINTER(->atCities{1}{5}; $var; $t; $f)
out($var+" "+String($t)+" "+String($f))
var $nil : Pointer
RESOLVE POINTER($nil; $var; $t; $f)
out("["+$var+"] "+String($t)+" "+String($f))
// Get pointer to a 2D element; Type of a 2D array is Array 2D (13).
var $pt2 : Pointer
$pt2:=Get pointer("atCities"+"{1}{5}")
out($pt2->+" "+String(Type($pt2->))+" "+String(Type(atCities)))
// EXECUTE METHOD sets OK to 1 when the method ran.
OK:=5
EXECUTE METHOD("out"; *; "ran")
out(String(OK))
// FunctionClass.md / classes.md: a class function is a 4D.Function value.
var $pp : cs.Person
$pp:=cs.Person.new("Ann"; "Lee")
out($pp.greet.call($pp; "Hi")+" / "+$pp.greet.apply(cs.Person.new("Bob"; "Ray"); ["Hey"]))
out(String(OB Instance of($pp.greet; 4D.Function))+" "+$pp["greet"]("Yo"))
