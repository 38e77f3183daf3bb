// dt_null_undefined.md examples.
var $vEmp : Object
var $result : Boolean
$vEmp:=New object
$vEmp.name:="Smith"
$vEmp.children:=Null
out(String(Undefined($vEmp.name)))
out(String($vEmp.name=Null))
out(String(Undefined($vEmp.children)))
out(String($vEmp.children=Null))
out(String(Undefined($vEmp.parent)))
out(String($vEmp.parent=Null))
var $vObj : Object
var $vVar : Variant
$vObj:=New object
$vObj.null:=Null
out(String($vObj.undefined=42))
out(String($vObj.undefined=$vObj.null))
out(String($vObj.undefined=$vVar))
out(String($vObj.undefined#$vObj.null))
out(String($vObj.undefined#42))
out(String($vObj.undefined#$vVar))
out(String($vObj.undefined>"hello"))
out(String($vVar<42))
// Assigning undefined to a typed variable clears it.
var $o : Object
var $val : Integer
$val:=10
$val:=$o.a
out(String($val))
// String of undefined is "", of Null is "null".
out("["+String($vObj.undefined)+"]"+String(Null))
