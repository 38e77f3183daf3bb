// .copy() (options, groupWith), .equal(), .extract() (CollectionClass.md).
var $col; $col2; $col3; $c; $c2 : Collection
var $p : Pointer
var $what : Text
var $b : Boolean

// .copy() is a deep copy
$col:=New collection(New object("a"; 1); New collection(1; 2))
$col2:=$col.copy()
$col2[0].a:=2
$col2[1].push(3)
out(js($col))  // [{"a":1},[1,2]]
out(js($col2))  // [{"a":2},[1,2,3]]

// ck resolve pointers (example 4)
$p:=->$what
$col:=New collection
$col.push(New object("alpha"; "Hello"; "num"; 1))
$col.push(New object("beta"; "You"; "what"; $p))
$col2:=$col.copy()
$col2[1].beta:="World!"
out($col[0].alpha+" "+$col2[1].beta)  // Hello World!
$what:="You!"
$col3:=$col2.copy(ck resolve pointers)
out($col3[0].alpha+" "+$col3[1].what)  // Hello You!

// ck shared
var $lastnames; $sharedLastnames : Collection
$lastnames:=New collection("Smith"; "Brown"; New object("first"; "Jim"))
$sharedLastnames:=$lastnames.copy(ck shared)
out(String(OB Is shared($sharedLastnames)))  // True
out(String(OB Is shared($sharedLastnames[2])))  // True
out(String(OB Is shared($lastnames)))  // False
$lastnames:=New collection("Smith"; "Brown")
$sharedLastnames:=$lastnames.copy(ck shared)
var $sharedObject : Object
$sharedObject:=New shared object
Use ($sharedObject)
	$sharedObject.lastnames:=$sharedLastnames
End use
out(js($sharedObject.lastnames))  // ["Smith","Brown"]
out(String(OB Is shared($sharedLastnames.copy())))  // False: a regular copy of a shared collection

// groupWith (example 2)
var $sharedColl1; $sharedColl2; $copyColl : Collection
$sharedColl1:=New shared collection(New shared object("lastname"; "Smith"))
$sharedColl2:=New shared collection(New shared object("lastname"; "Brown"))
$copyColl:=$sharedColl1.copy(ck shared; $sharedColl2)
Use ($sharedColl2)
	$sharedColl2.combine($copyColl)
End use
out(js($sharedColl2))  // [{"lastname":"Brown"},{"lastname":"Smith"}]

// .equal()
$c:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "orange"); 2; 3; 4)
out(String($c.equal($c2)))  // False
$c:=New collection(New object("1"; "a"; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
out(String($c.equal($c2)))  // False
$c:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "ORange"); 2; 3)
out(String($c.equal($c2)))  // True
out(String($c.equal($c2; ck diacritical)))  // False
$c:=New collection(New object("a"; Null))
$c2:=New collection(New object)
out(String($c.equal($c2)))  // False: null is not undefined

// .extract()
$c:=New collection
$c.push(New object("name"; "Cleveland"))
$c.push(New object("zip"; 5321))
$c.push(New object("name"; "Blountsville"))
$c.push(42)
out(js($c.extract("name")))  // ["Cleveland","Blountsville"]
out(js($c.extract("name"; ck keep null)))  // ["Cleveland",null,"Blountsville",null]
$c:=New collection
$c.push(New object("zc"; 35060))
$c.push(New object("name"; Null; "zc"; 35049))
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
out(js($c.extract("name"; "City")))
// [{"City":null},{"City":"Cleveland"},{"City":"Blountsville"},{"City":"Adger"},{"City":"Clanton"},{"City":"Clanton"}]
out(js($c.extract("name"; "City"; "zc"; "Zip")))
// [{"Zip":35060},{"City":null,"Zip":35049},{"City":"Cleveland","Zip":35049},{"City":"Blountsville","Zip":35031},{"City":"Adger","Zip":35006},{"City":"Clanton","Zip":35046},{"City":"Clanton","Zip":35045}]
$c:=New collection(New object("a"; New object("b"; 1)))
out(js($c.extract("a.b"; "x.y")))  // [{"x":{"y":1}}]
