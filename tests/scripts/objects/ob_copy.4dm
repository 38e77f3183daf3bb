// OB Copy (commands/ob-copy.md)
var $ref; $copy; $copy2 : Object
var $name; $country : Text
$name:="4D SAS"
$country:="France"
OB SET($ref;"name";->$name)
OB SET($ref;"country";->$country)
$copy:=OB Copy($ref)  // example 2: pointers are copied
$copy2:=OB Copy($ref;True)  // evaluated
$name:="4D, Inc"
$country:="USA"
out(JSON Stringify($copy))  // {"name":"4D, Inc","country":"USA"}: still pointers
out(JSON Stringify($copy2))  // {"name":"4D SAS","country":"France"}
out(String(Value type($copy2.name)))  // 2: a text now

// a deep copy: sub-objects and collections are new
var $o; $c : Object
$o:=New object("a";New object("b";1);"list";New collection(1;2))
$c:=OB Copy($o)
$c.a.b:=2
$c.list[0]:=10
out(JSON Stringify($o))  // {"a":{"b":1},"list":[1,2]}
out(JSON Stringify($c))  // {"a":{"b":2},"list":[10,2]}

// example 3: a shared copy of a standard object
var $person; $sharedCopy; $sharedObject : Object
$person:=JSON Parse("{\"name\":\"Smith\",\"address\":{\"city\":\"Paris\"}}")
$sharedCopy:=OB Copy($person;ck shared)
out(String(OB Is shared($sharedCopy)))  // True
out(String(OB Is shared($sharedCopy.address)))  // True: a deep shared copy
$person:=JSON Parse("{\"name\":\"Smith\"}")
$sharedObject:=New shared object()
$sharedCopy:=OB Copy($person;ck shared)
Use($sharedObject)
	$sharedObject.person:=$sharedCopy
End use
out(JSON Stringify($sharedObject))

// a copy of a shared object is a standard object
var $plain : Object
$plain:=OB Copy($sharedObject)
out(String(OB Is shared($plain)))  // False
out(String(OB Is shared($plain.person)))  // False
$plain.person.name:="Jones"  // no Use needed
out($plain.person.name+" "+$sharedObject.person.name)  // Jones Smith

// example 4: ck resolve pointers + ck shared
var $withPtr; $sharedWithPtr : Object
$withPtr:=New object
OB SET($withPtr;"name";->$name)
$sharedWithPtr:=OB Copy($withPtr;ck resolve pointers+ck shared)
out(String(OB Is shared($sharedWithPtr))+" "+$sharedWithPtr.name)  // True 4D, Inc

// example 5: groupWith
var $sharedObj; $objCopy : Object
var $sharedColl : Collection
$sharedObj:=New shared object("lastname";"Smith";"address";New shared object("city";"New York"))
$sharedColl:=New shared collection(New shared object("lastname";"Brown"))
$objCopy:=OB Copy($sharedObj;ck shared;$sharedColl)
Use($sharedColl)
	$sharedColl[1]:=$objCopy
End use
out(JSON Stringify($sharedColl))
// without groupWith, $sharedObj cannot join the collection's group
Try
	Use($sharedColl)
		$sharedColl[2]:=$sharedObj
	End use
	out("no error")
Catch
	out("error: another shared group")
End try

// a shared copy cannot hold a pointer
Try
	$sharedCopy:=OB Copy($withPtr;ck shared)
Catch
	out(String(Last errors[0].errCode))  // -10721
End try
