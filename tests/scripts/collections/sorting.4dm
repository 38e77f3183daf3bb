// sort, orderBy, orderByMethod, multiSort and distinct (CollectionClass.md).
var $col; $col2; $col3; $c; $c2; $c3; $crit : Collection

// .sort(): grouped by type (null, booleans, strings, numbers, objects,
// collections, dates), then by value
$col:=New collection("Tom"; 5; "Mary"; 3; "Henry"; 1; "Jane"; 4; "Artie"; 6; "Chip"; 2)
$col2:=$col.sort()
out(js($col2))  // ["Artie","Chip","Henry","Jane","Mary","Tom",1,2,3,4,5,6]
out(js($col))  // the same: the original is sorted
$col:=New collection(10; 20)
$col2:=$col.push(5; 3; 1; 4; 6; 2).sort()
out(js($col2))  // [1,2,3,4,5,6,10,20]
$col:=New collection(33; 4; 66; 1111; 222)
$col2:=$col.sort()
out(js($col2))  // [4,33,66,222,1111]
$col3:=$col.sort(Formula(String($1.value)<String($1.value2)))
out(js($col3))  // [1111,222,33,4,66]
$col:=New collection(New collection(1); 3; New object("a"; 1); True; "b"; Null; False; "A")
out(js($col.sort()))  // [null,false,true,"A","b",3,{"a":1},[1]]
$col:=New collection(3; 1; 2)
out(js($col.sort("descending")))  // [3,2,1]: a method setting $1.result

// .orderBy()
$c:=New collection(5; 1; 4; 2; 3)
out(js($c.orderBy()))  // [1,2,3,4,5]
out(js($c.orderBy(ck ascending)))  // [1,2,3,4,5]
out(js($c.orderBy(ck descending)))  // [5,4,3,2,1]
out(js($c))  // [5,1,4,2,3]: not modified
$c:=New collection
$c.push(New object("id"; 1; "value"; 30))
$c.push(New object("id"; 2; "value"; 10))
$c.push(New object("id"; 3; "value"; 30))
$c.push(New object("id"; 4; "value"; 20))
out(js($c.orderBy("value desc").extract("id")))  // [1,3,4,2]
out(js($c.orderBy("value desc, id").extract("id")))  // [1,3,4,2]
out(js($c.orderBy("value desc, id desc").extract("id")))  // [3,1,4,2]
out(js($c.orderBy("value asc, id desc").extract("id")))  // [2,4,3,1]
$crit:=New collection
$crit.push(New object("propertyPath"; "value"; "descending"; True))
$crit.push(New object("propertyPath"; "id"; "descending"; True))
out(js($c.orderBy($crit).extract("id")))  // [3,1,4,2]
$c:=New collection
$c.push(New object("name"; "Cleveland"; "phones"; New object("p1"; "01"; "p2"; "02")))
$c.push(New object("name"; "Blountsville"; "phones"; New object("p1"; "00"; "p2"; "03")))
out(js($c.orderBy("phones.p1 asc").extract("name")))  // ["Blountsville","Cleveland"]
$crit:=New collection(New object("propertyPath"; "phones.p2"; "descending"; True))
out(js($c.orderBy($crit).extract("name")))  // ["Blountsville","Cleveland"]
$c2:=$c.orderBy("name")
$c2[0].name:="changed"
out($c[1].name)  // changed: a shallow copy

// .orderByMethod()
$c:=New collection
$c.push("33"; "4"; "1111"; "222")
out(js($c.orderBy()))  // ["1111","222","33","4"]
out(js($c.orderByMethod(Formula(Length($1.value)<Length($1.value2)))))  // ["4","33","222","1111"]
var $fruits : Collection
$fruits:=New collection("Orange"; "Apple"; "Grape"; "pear"; "Banana"; "fig"; "Blackberry"; "Passion fruit")
$c2:=$fruits.orderByMethod(Formula(Length(String($1.value))>Length(String($1.value2))))
out(js($c2))  // ["Passion fruit","Blackberry","Orange","Banana","Apple","Grape","pear","fig"]

// .multiSort()
$col:=["A"; "C"; "B"]
$col2:=[1; 2; 3]
$col3:=[["Jim"; "Philip"; "Maria"]; ["blue"; "green"]; ["11"; 22; "33"]]
$col.multiSort([$col2; $col3])
out(js($col))  // ["A","B","C"]
out(js($col2))  // [1,3,2]
out(js($col3))  // [["Jim","Philip","Maria"],["11",22,"33"],["blue","green"]]
var $city; $country; $continent : Collection
$city:=["Paris"; "Lyon"; "Rabat"; "Eching"; "San Diego"]
$country:=["France"; "France"; "Morocco"; "Germany"; "US"]
$continent:=["Europe"; "Europe"; "Africa"; "Europe"; "America"]
$continent.multiSort([$country; {collection: $city; order: ck ascending}])
out(js($continent))  // ["Africa","America","Europe","Europe","Europe"]
out(js($country))  // ["Morocco","US","France","France","Germany"]
out(js($city))  // ["Rabat","San Diego","Lyon","Paris","Eching"]
var $name; $address : Collection
$name:=[]
$name.push({firstname: "John"; lastname: "Smith"})
$name.push({firstname: "Alain"; lastname: "Martin"})
$name.push({firstname: "Jane"; lastname: "Doe"})
$name.push({firstname: "John"; lastname: "Doe"})
$address:=[]
$address.push({city: "Paris"; country: "France"})
$address.push({city: "Lyon"; country: "France"})
$address.push({city: "Eching"; country: "Germany"})
$address.push({city: "Berlin"; country: "Germany"})
$name.multiSort(Formula($1.value.firstname<$1.value2.firstname); [$address])
out(js($name.extract("lastname")))  // ["Martin","Doe","Smith","Doe"]
out(js($address.extract("city")))  // ["Lyon","Eching","Paris","Berlin"]
$col:=[3; 1; 2]
$col2:=["c"; "a"; "b"]
$col.multiSort([{collection: $col2; order: ck descending}])
out(js($col))  // [1,2,3]
$col:=[2; 1; 2; 1]
$col2:=["a"; "b"; "c"; "d"]
$col.multiSort([{collection: $col2; order: ck descending}])
out(js($col2))  // ["d","b","c","a"]
$col:=[3; 1; 2]
out(js($col.multiSort()))  // [1,2,3]

// .distinct()
$c:=New collection
$c.push("a"; "b"; "c"; "A"; "B"; "c"; "b"; "b")
$c.push(New object("size"; 1))
$c.push(New object("size"; 3))
$c.push(New object("size"; 1))
out(js($c.distinct()))  // ["a","b","c",{"size":1},{"size":3},{"size":1}]
out(js($c.distinct(ck diacritical)))  // ["a","A","b","B","c",{"size":1},{"size":3},{"size":1}]
out(js($c.distinct("size")))  // [1,3]
out(js($c.distinct("size"; ck count values)))  // [{"value":1,"count":2},{"value":3,"count":1}]
out(js(New collection(3; Null; 1; 3; 2).distinct()))  // [1,2,3]
