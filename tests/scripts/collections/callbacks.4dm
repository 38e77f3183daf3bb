// Callback functions of CollectionClass.md, with formulas and method names.
var $c; $c2; $c3; $col; $colNew; $result : Collection
var $b : Boolean
var $f : 4D.Function
var $value : Variant
var $obj : Object

// .every()
$f:=Formula($1.value>0)
$c:=New collection
$c.push(5; 3; 1; 4; 6; 2)
out(String($c.every($f)))  // True
$c.push(-1)
out(String($c.every($f)))  // False
$f:=Formula(Value type($1.value)=$2)
$c:=New collection
$c.push(5; 3; 1; 4; 6; 2)
out(String($c.every($f; Is real)))  // True
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
out(String($c.every($f; Is real)))  // False
out(String($c.every(6; Formula(Value type($1.value)=Is object))))  // True: from element 6
out(String($c.every(-1; Formula(Value type($1.value)=Is object))))  // True
out(String($c.every(10; $f; Is real)))  // False: not tested
out(String(New collection(1; 2).every("isPositive")))  // True: the method sets $1.result

// .filter()
$col:=New collection("hello"; "world"; "red horse"; 66; "tim"; "san jose"; "miami")
$colNew:=$col.filter(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 6)
out(js($colNew))  // ["hello","world","tim","miami"]
$f:=Formula(Value type($1.value)=$2)
$c:=New collection(5; 3; 1; 4; 6; 2)
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c2:=$c.filter($f; Is real)
out(js($c2))  // [5,3,1,4,6,2]
$c3:=$c.filter($f; Is object)
out(js($c3))  // [{"name":"Cleveland","zc":35049},{"name":"Blountsville","zc":35031}]
$c3[0].zc:=1
out(String($c[6].zc))  // 1: a shallow copy
out(js(New collection(-1; 5; 0; 3).filter("isPositive")))  // [5,3]: the method sets $1.result

// .find() / .findIndex()
$col:=New collection("hello"; "world"; 4; "red horse"; "tim"; "san jose")
$value:=$col.find(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 5)
out($value)  // tim
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
$obj:=$c.find(Formula($1.value.name=$2); "Clanton")
out(js($obj))  // {"name":"Clanton","zc":35046}
var $val2; $val3 : Integer
$val2:=$c.findIndex(Formula($1.value.name=$2); "Clanton")
out(String($val2))  // 3
$val3:=$c.findIndex($val2+1; Formula($1.value.name=$2); "Clanton")
out(String($val3))  // 4
out(String($c.findIndex(Formula($1.value.name=$2); "Paris")))  // -1
out(js($c.find(Formula($1.value.name=$2); "Paris")))  // undefined
out(String($c.findIndex(5; Formula(True))))  // -1: not searched
out(String($c.findIndex(-2; Formula(True))))  // 3: left to right from length-2

// .map()
$c:=New collection(1; 4; 9; 10; 20)
$c2:=$c.map(Formula($1.value*$2); 10)
out(js($c2))  // [10,40,90,100,200]
$col:=New collection(1; 2; 3; 4)
$result:=$col.map(Formula(New collection($1.value*2)))
out(js($result))  // [[2],[4],[6],[8]]
out(js($col.map("double")))  // [2,4,6,8]: the method sets $1.result

// .flatMap()
$result:=$col.flatMap(Formula(New collection($1.value*2)))
out(js($result))  // [2,4,6,8]
$c:=New collection(1; 4; 9)
$c2:=$c.flatMap(Formula(New collection($1.value; $1.value*$2)); 10)
out(js($c2))  // [1,10,4,40,9,90]

// .reduce() / .reduceRight()
$c:=New collection(5; 3; 5; 1; 3; 4; 4; 6; 2; 2)
out(String($c.reduce(Formula($1.accumulator:=$1.accumulator*$1.value); 1)))  // 86400
out(String($c.reduceRight(Formula($1.accumulator:=$1.accumulator*$1.value); 1)))  // 86400
$c:=New collection
$c.push(New collection(0; 1))
$c.push(New collection(2; 3))
$c.push(New collection(4; 5))
$c.push(New collection(6; 7))
out(js($c.reduce(Formula(Flatten))))  // [0,1,2,3,4,5,6,7]
out(js($c.reduceRight(Formula(Flatten))))  // [6,7,4,5,2,3,0,1]
out(js($c.reduce("Flatten")))  // [0,1,2,3,4,5,6,7]
out(js(New collection.reduce(Formula($1.accumulator:=1))))  // undefined: no element, no initValue
out(String(New collection(1; 2; 3).reduce(Formula($1.accumulator:=$1.accumulator+($1.value*$2)); 0; 10)))  // 60

// .some()
$c:=New collection
$c.push(-5; -3; -1; -4; -6; -2)
out(String($c.some(Formula($1.value>0))))  // False
$c.push(1)
out(String($c.some(Formula($1.value>0))))  // True
$c:=New collection
$c.push(1; -5; -3; -1; -4; -6; -2)
out(String($c.some(Formula($1.value>0))))  // True
out(String($c.some(1; Formula($1.value>0))))  // False

// $1.stop ends the loop: the last calculated value is returned
$c:=New collection(1; 2; 3; 4; 5)
out(js($c.map("mapUntil3")))  // [10,20,30]
out(js($c.filter("keepUntil3")))  // [1,2,3]
out(String($c.reduce("sumUntil3"; 0)))  // 6
