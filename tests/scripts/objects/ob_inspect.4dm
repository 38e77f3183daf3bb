// OB Is defined / OB Is empty (ob-is-defined.md, ob-is-empty.md)
var $ref : Object
out(String(OB Is empty($ref)))  // True
out(String(OB Is defined($ref)))  // False
OB SET($ref;"name";"Susie";"age";4)
out(String(OB Is empty($ref)))  // False
out(String(OB Is defined($ref)))  // True
out(String(OB Is defined($ref;"age")))  // True
out(String(OB Is defined($ref;"Age")))  // False: case sensitive
OB REMOVE($ref;"name")
OB REMOVE($ref;"age")
out(String(OB Is empty($ref)))  // True
out(String(OB Is defined($ref)))  // True

// OB Keys / OB Values / OB Entries (definition order)
var $person : Object
$person:=New object
$person.lastName:="Smith"
$person.firstName:="Jenny"
$person.children:=New object("Mary";12;"Mark";8)
out(JSON Stringify(OB Keys($person)))
out(JSON Stringify(OB Values($person)))
var $persons : Object
$persons:=New object
$persons["John"]:=42
$persons["Andy"]:=24
out(JSON Stringify(OB Entries($persons)))

// OB Get type (ob-get-type.md)
OB SET($ref;"name";"smith";"age";42)
out(String(OB Get type($ref;"name")))  // 2
out(String(OB Get type($ref;"age")))  // 1
OB SET($ref;"ok";True;"sub";New object;"list";New collection;"none";Null)
out(String(OB Get type($ref;"ok")))  // 6
out(String(OB Get type($ref;"sub")))  // 38
out(String(OB Get type($ref;"list")))  // 42
out(String(OB Get type($ref;"none")))  // 255
out(String(OB Get type($ref;"missing")))  // 5

// OB SET NULL (ob-set-null.md)
var $lea : Object
OB SET($lea;"name";"Lea";"age";4)
OB SET NULL($lea;"age")
out(JSON Stringify($lea))  // {"name":"Lea","age":null}

// OB GET PROPERTY NAMES (ob-get-property-names.md)
ARRAY TEXT(arrNames;0)
ARRAY LONGINT(arrTypes;0)
var $ref_richard : Object
OB SET($ref_richard;"name";"Richard";"age";7)
OB GET PROPERTY NAMES($ref_richard;arrNames;arrTypes)
out(String(Size of array(arrNames))+" "+arrNames{1}+" "+arrNames{2})  // 2 name age
out(String(arrTypes{1})+" "+String(arrTypes{2}))  // 2 1
var $ref_james : Object
OB SET($ref_james;"name";"James")
OB SET NULL($ref_james;"age")
OB GET PROPERTY NAMES($ref_james;$arrNames;$arrTypes)
out($arrNames{1}+" "+$arrNames{2}+" "+String($arrTypes{1})+" "+String($arrTypes{2}))  // name age 2 255
