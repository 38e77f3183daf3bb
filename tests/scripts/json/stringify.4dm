// JSON Stringify (commands/json-stringify.md)
// example 1: scalar values (a text is quoted, as JSON requires)
out(JSON Stringify("Eureka!"))
out(JSON Stringify(120))
out(JSON Stringify(?20:00:00?))  // 72000: seconds since midnight
out(JSON Stringify(!2013-08-28!))  // date type setting: "yyyy-mm-dd"
out(JSON Stringify(True))
out(JSON Stringify(Null))

// example 2: special characters are escaped
var $s : Text
$s:=JSON Stringify("{\"name\":\"john\"}")
out($s)
out(JSON Stringify(JSON Parse($s)))

// example 3: compact and pretty forms
var $Contact; $Children : Object
OB SET($Contact;"lastname";"Monroe";"firstname";"Alan")
OB SET($Children;"firstname";"Jim";"age";"12")
OB SET($Contact;"children";$Children)
out(JSON Stringify($Contact))
out(JSON Stringify($Contact;*))

// example 4: a pointer is evaluated when stringified
var $MyTestVar : Object
var $name : Text
OB SET($MyTestVar;"name";->$name)
out(JSON Stringify($MyTestVar))
$name:="Smith"
out(JSON Stringify($MyTestVar))

// example 5: definition order is kept
var $c2 : Object
OB SET($c2;"firstname";"Alan")
OB SET($c2;"lastname";"Monroe")
OB SET($c2;"age";40)
OB SET($c2;"phone";"[555-0100,555-0120]")
out(JSON Stringify($c2))

// examples 6-7: dates in objects and collections (date type setting)
var $c3 : Object
OB SET($c3;"name";"Smith";"birthday";!1975-10-22!)
out(JSON Stringify($c3))
out(JSON Stringify(New collection(33;"mike";!2017-08-28!;False)))

// pictures, control characters, empty containers, pretty collections
var $pict : Picture
out(JSON Stringify(New object("photo";$pict)))
out(JSON Stringify("tab\there"+Char(1)+"\\"))
out(JSON Stringify(New object("o";New object;"c";New collection)))
out(JSON Stringify(New collection(1;New collection(2;3));*))
// numbers: reals with up to 15 significant digits
out(JSON Stringify(New collection(0.5;-3;1/3;1e+21;0.000001;1234567.125)))
// undefined properties are left out
var $u : Object
$u:=New object("a";1)
$u.b:=$u.missing
out(JSON Stringify($u))
