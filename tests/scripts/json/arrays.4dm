// JSON Stringify array (json-stringify-array.md)
var $jsonString : Text
ARRAY TEXT($ArrayFirstname;2)
$ArrayFirstname{1}:="John"
$ArrayFirstname{2}:="Jim"
$jsonString:=JSON Stringify array($ArrayFirstname)
out($jsonString)  // example 1: ["John","Jim"]

// example 3: an object array, compact and pretty
var $ref_john; $ref_jim : Object
ARRAY OBJECT($myArray;2)
OB SET($ref_john;"name";"John";"age";35)
OB SET($ref_jim;"name";"Jim";"age";40)
$myArray{1}:=$ref_john
$myArray{2}:=$ref_jim
out(JSON Stringify array($myArray))
out(JSON Stringify array($myArray;*))

// a scalar gives [value]; pointers are evaluated
out(JSON Stringify array("alone"))
var $v : Real
$v:=7
ARRAY POINTER($ptrs;1)
$ptrs{1}:=->$v
out(JSON Stringify array($ptrs))
ARRAY BOOLEAN($bools;2)
$bools{2}:=True
out(JSON Stringify array($bools))

// JSON PARSE ARRAY (json-parse-array.md): the opposite
ARRAY OBJECT($sel2;0)
JSON PARSE ARRAY(JSON Stringify array($myArray);$sel2)
out(String(Size of array($sel2))+" "+OB Get($sel2{2};"name"))  // 2 Jim
ARRAY REAL($reals;0)
JSON PARSE ARRAY("[1.5,2,3]";$reals)
out(String(Size of array($reals))+" "+String($reals{1}+$reals{3}))  // 3 4.5
ARRAY TEXT($texts;0)
JSON PARSE ARRAY("[\"a\",\"b\"]";$texts)
out($texts{1}+$texts{2})
