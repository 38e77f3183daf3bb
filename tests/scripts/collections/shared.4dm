// Collection functions on shared collections: modifying functions lock the
// collection themselves; filter, orderBy, orderByMethod, query, slice and
// reverse return shared collections (CollectionClass.md).
var $s; $r : Collection
$s:=New shared collection(3; 1; 2)
$s.push(5)
$s.sort()
out(js($s))  // [1,2,3,5]
$s.unshift(0)
$s.remove(4)
$s.insert(1; 9)
out(js($s))  // [0,9,1,2,3]
out(String(OB Is shared($s.filter(Formula($1.value>1)))))  // True
out(String(OB Is shared($s.orderBy(ck descending))))  // True
out(js($s.orderBy(ck descending)))  // [9,3,2,1,0]
out(String(OB Is shared($s.orderByMethod(Formula($1.value>$1.value2)))))  // True
out(String(OB Is shared($s.slice(1))))  // True
out(String(OB Is shared($s.reverse())))  // True
out(js($s.reverse()))  // [3,2,1,9,0]
out(String(OB Is shared($s.map(Formula($1.value)))))  // False
out(String(OB Is shared($s.copy())))  // False
out(String(OB Is shared($s.concat(1))))  // False
out(String($s.indexOf(9)))  // 1
out(String($s.sum()))  // 15

// Shared objects in a shared collection
var $people : Collection
$people:=New shared collection
Use ($people)
	$people.push(New shared object("name"; "Ann"; "age"; 30))
	$people.push(New shared object("name"; "Bob"; "age"; 20))
End use
$r:=$people.query("age > 25")
out(String(OB Is shared($r)))  // True
out($r[0].name)  // Ann
out(js($people.orderBy("age").extract("name")))  // ["Bob","Ann"]
$r:=$people.reverse()
out(String(OB Is shared($r[0])))  // True
out(js($r))  // [{"name":"Bob","age":20},{"name":"Ann","age":30}]

// Non-shareable values cannot be put in a shared collection
$s:=New shared collection
$s.push(1)
Try
	$s.push(New object("a"; 1))
Catch
	out("error "+String(Last errors[0].errCode))  // error -10721
End try
Try
	$s.resize(3; New object)
Catch
	out("error "+String(Last errors[0].errCode))  // error -10721
End try
out(js($s))  // [1]
