// OB SET ARRAY (ob-set-array.md examples 1-3)
var $Children : Object
ARRAY TEXT($arrChildren;3)
$arrChildren{1}:="Richard"
$arrChildren{2}:="Susan"
$arrChildren{3}:="James"
OB SET ARRAY($Children;"Children";$arrChildren)
out(JSON Stringify($Children))  // {"Children":["Richard","Susan","James"]}

ARRAY TEXT($arrText;2)
$arrText{1}:="Smith"
$arrText{2}:="White"
var $Employees : Object
OB SET ARRAY($Employees;"Employees";$arrText)
ARRAY TEXT($arrText;3)
$arrText{3}:="Brown"
out(JSON Stringify($Employees))  // the property holds a copy: ["Smith","White"]
OB SET ARRAY($Employees;"Employees";$arrText)
out(JSON Stringify($Employees))  // ["Smith","White","Brown"]
OB SET ARRAY($Employees;"Manager";$arrText{1})
out(JSON Stringify($Employees))  // a simple variable gives a one-element array

// example 4: an object array
var $ref_richard; $ref_susan : Object
ARRAY OBJECT($arrObjects;2)
OB SET($ref_richard;"name";"Richard";"age";7)
OB SET($ref_susan;"name";"Susan";"age";4)
$arrObjects{1}:=$ref_richard
$arrObjects{2}:=$ref_susan
OB SET ARRAY($Children;"Children";$arrObjects)
out(JSON Stringify($Children))

// OB GET ARRAY (ob-get-array.md example 1)
ARRAY OBJECT($result;0)
OB GET ARRAY($Children;"Children";$result)
out(String(Size of array($result))+" "+OB Get($result{2};"name"))  // 2 Susan
ARRAY REAL($reals;0)
OB SET($Children;"numbers";New collection(1;2.5;3))
OB GET ARRAY($Children;"numbers";$reals)
out(String(Size of array($reals))+" "+String($reals{2}))  // 3 2.5
ARRAY TEXT($texts;0)
OB GET ARRAY($Employees;"Employees";$texts)
out($texts{1}+","+$texts{2}+","+$texts{3})
