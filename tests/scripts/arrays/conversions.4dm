// ARRAY TO COLLECTION and COLLECTION TO ARRAY.
var $colFruits; $col; $c : Collection
var $i : Integer

// ARRAY TO COLLECTION, example 1
$colFruits:=New collection
ARRAY TEXT($artFruits; 4)
$artFruits{1}:="Orange"
$artFruits{2}:="Banana"
$artFruits{3}:="Apple"
$artFruits{4}:="Grape"
ARRAY TO COLLECTION($colFruits; $artFruits)
out(js($colFruits))  // ["Orange","Banana","Apple","Grape"]
// existing elements are replaced; the length becomes the array's size
$c:=New collection(1; 2; 3; 4; 5; 6)
ARRAY TO COLLECTION($c; $artFruits)
out(js($c))  // ["Orange","Banana","Apple","Grape"]

// with property names (example 2)
$col:=New collection
ARRAY TEXT($artCity; 2)
ARRAY LONGINT($arLZipCode; 2)
$artCity{1}:="Cleveland"
$artCity{2}:="Blountsville"
$arLZipCode{1}:=35049
$arLZipCode{2}:=35031
ARRAY TO COLLECTION($col; $artCity; "cityName"; $arLZipCode; "Zip")
out(js($col))  // [{"cityName":"Cleveland","Zip":35049},{"cityName":"Blountsville","Zip":35031}]
out(String(Value type($col[0].Zip)))  // 1: numbers are Reals in collections

// a shared collection (example 3)
ARRAY TEXT($at; 1)
APPEND TO ARRAY($at; "Apple")
APPEND TO ARRAY($at; "Orange")
APPEND TO ARRAY($at; "Grape")
var $sharedCol : Collection
$sharedCol:=New shared collection
Use ($sharedCol)
	ARRAY TO COLLECTION($sharedCol; $at)
End use
out(js($sharedCol))  // ["","Apple","Orange","Grape"]
// the command runs its own Use…End use
ARRAY TO COLLECTION($sharedCol; $artFruits)
out(js($sharedCol))  // ["Orange","Banana","Apple","Grape"]

// COLLECTION TO ARRAY, example 1
var $fruits : Collection
$fruits:=New collection("Orange"; "Banana"; "Apple"; "Grape")
ARRAY TEXT($tf; 0)
COLLECTION TO ARRAY($fruits; $tf)
out(String(Size of array($tf))+" "+$tf{1}+" "+$tf{2}+" "+$tf{4})  // 4 Orange Banana Grape

// example 2
$col:=New collection
ARRAY TEXT($city; 0)
ARRAY LONGINT($zipCode; 0)
$col.push(New object("name"; "Cleveland"; "zc"; 35049))
$col.push(New object("name"; "Blountsville"; "zc"; 35031))
$col.push(New object("name"; "Adger"; "zc"; 35006))
$col.push(New object("name"; "Clanton"; "zc"; 35046))
$col.push(New object("name"; "Shelby"; "zc"; 35143))
COLLECTION TO ARRAY($col; $city; "name"; $zipCode; "zc")
out($city{1}+" "+String($zipCode{1})+", "+$city{2}+" "+String($zipCode{2}))  // Cleveland 35049, Blountsville 35031
out(String(Size of array($city))+" "+String(Size of array($zipCode)))  // 5 5

// values are converted to the array's type; non-objects and missing properties give empty values
$col:=New collection(New object("v"; "12"); 3; New object; New object("v"; True))
ARRAY REAL($rv; 10)
COLLECTION TO ARRAY($col; $rv; "v")
out(String(Size of array($rv))+": "+String($rv{1})+" "+String($rv{2})+" "+String($rv{3})+" "+String($rv{4}))  // 4: 12 0 0 1
ARRAY TEXT($tv; 0)
COLLECTION TO ARRAY(New collection(1; Null; "x"; 2.5); $tv)
out($tv{1}+"|"+$tv{2}+"|"+$tv{3}+"|"+$tv{4})  // 1||x|2.5
ARRAY OBJECT($ov; 0)
var $o : Object
$o:=New object("a"; 1)
COLLECTION TO ARRAY(New collection($o; "no"); $ov)
out(String($ov{1}=$o)+" "+String($ov{2}=Null))  // True True
