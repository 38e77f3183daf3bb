// OB Get (commands/ob-get.md examples 1-7)
var $ref : Object
var $FirstName : Text
OB SET($ref;"FirstName";"Harry")
$FirstName:=OB Get($ref;"FirstName")
out($FirstName)  // example 1: Harry

OB SET($ref;"age";42)
out(String(Value type(OB Get($ref;"age"))=Is real))  // example 2: a real
out(String(OB Get($ref;"age";Is longint)))  // converted to a longint: 42

// example 3 / 6: nested objects
var $ref1; $children; $child : Object
OB SET($ref1;"firstname";"John";"lastname";"Monroe")
OB SET($children;"children";$ref1)
$child:=OB Get($children;"children")
out(OB Get($child;"lastname"))  // Monroe
out(OB Get(OB Get($children;"children");"lastname"))  // Monroe

// example 5: dates are stored with the date type
var $object : Object
var $birthday : Date
OB SET($object;"Birthday";!2010-01-30!)
$birthday:=OB Get($object;"Birthday")
out(JSON Stringify($birthday))  // "2010-01-30"
out(String(OB Get type($object;"Birthday")=Is date))  // True
$birthday:=OB Get($object;"Birthday";Is date)
out(JSON Stringify($birthday))  // "2010-01-30"

// example 7: a time read back with Is time
var $obj_o : Object
var $set_h; $get_h : Time
$set_h:=?01:00:00?+1
OB SET($obj_o;"myHour";$set_h)
$get_h:=OB Get($obj_o;"myHour";Is time)
out(String($get_h))  // 01:00:01

// a null property gives Null; a missing one undefined
OB SET NULL($ref;"nothing")
out(String(OB Get($ref;"nothing")=Null))  // True
out(String(Value type(OB Get($ref;"nothing"))=Is null))  // True
out(String(Value type(OB Get($ref;"missing"))=Is undefined))  // True
// Is null forces Null
out(String(OB Get($ref;"FirstName";Is null)=Null))  // True
