// Examples of CollectionClass.md for the functions without callbacks.
var $col; $c; $c2; $fruits; $stack; $nc : Collection
var $vAvg; $vSum : Real

// .at()
$col:=New collection(10; 20; 30; 40; 50)
out(String($col.at(0)))  // 10
out(String($col.at(1)))  // 20
out(String($col.at(-1)))  // 50
out(String($col.at(-2)))  // 40
out(js($col.at(10)))  // undefined

// .average()
$col:=New collection(10; 20; "Monday"; True; 6)
out(String($col.average()))  // 12
$col:=New collection
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500))
out(String($col.average("salary")))  // 23500
out(js(New collection.average()))  // undefined
out(js($col.average("nothing")))  // undefined

// .clear()
$col:=New collection(1; 2; 5)
$col.clear()
out(String($col.length))  // 0

// .combine()
$c:=New collection(1; 2; 3; 4; 5; 6)
$fruits:=New collection("Orange"; "Banana"; "Apple"; "Grape")
$c.combine($fruits; 3)
out(js($c))  // [1,2,3,"Orange","Banana","Apple","Grape",4,5,6]
$c:=New collection(1; 2)
$c.combine(New collection(3; 4))
out(js($c))  // [1,2,3,4]
$c.combine(New collection(0); -10)
out(js($c))  // [0,1,2,3,4]

// .concat()
$c:=New collection(1; 2; 3; 4; 5)
$fruits:=New collection("Orange"; "Banana"; "Apple"; "Grape")
$fruits.push(New object("Intruder"; "Tomato"))
$c2:=$c.concat($fruits)
out(js($c2))  // [1,2,3,4,5,"Orange","Banana","Apple","Grape",{"Intruder":"Tomato"}]
$c2:=$c.concat(6; 7; 8)
out(js($c2))  // [1,2,3,4,5,6,7,8]
out(js($c))  // [1,2,3,4,5]

// .count()
$col:=New collection(20; 30; Null; 40)
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500))
$col.push(New object("lastName"; "Henry"; "salary"; 12000))
out(String($col.count()))  // 7
out(String($col.count("name")))  // 3

// .countValues()
$col:=New collection(1; 2; 5; 5; 5; 3; 6; 4)
out(String($col.countValues(5)))  // 3
$col:=New collection
$col.push(New object("name"; "Smith"; "age"; 5))
$col.push(New object("name"; "Wesson"; "age"; 2))
$col.push(New object("name"; "Jones"; "age"; 3))
$col.push(New object("name"; "Henry"; "age"; 4))
$col.push(New object("name"; "Gross"; "age"; 5))
out(String($col.countValues(5; "age")))  // 2
var $numbers; $letters : Collection
$letters:=New collection("a"; "b"; "c")
$numbers:=New collection(1; 2; $letters; 3; 4; 5)
out(String($numbers.countValues($letters)))  // 1

// .fill()
$c:=New collection(1; 2; 3; "Lemon"; Null; ""; 4; 5)
$c.fill("2")
out(js($c))  // ["2","2","2","2","2","2","2","2"]
$c.fill("Hello"; 5)
out(js($c))  // ["2","2","2","2","2","Hello","Hello","Hello"]
$c.fill(0; 1; 5)
out(js($c))  // ["2",0,0,0,0,"Hello","Hello","Hello"]
$c.fill("world"; 1; -5)
out(js($c))  // ["2","world","world",0,0,"Hello","Hello","Hello"]
$c.fill("x"; 4; 2)
out(js($c))  // unchanged: end < startFrom

// .first() / .last()
$col:=New collection(10; 20; 30; "hello"; 50)
out(String($col.first()))  // 10
out(String($col.last()))  // 50
out(js(New collection.first()))  // undefined
out(js(New collection.last()))  // undefined

// .flat()
$col:=New collection(1; 2; New collection(3; 4))
out(js($col.flat()))  // [1,2,3,4]
$col:=New collection(1; 2; New collection(3; 4; New collection(5; 6)))
out(js($col.flat()))  // [1,2,3,4,[5,6]]
out(js($col.flat(2)))  // [1,2,3,4,5,6]
$col:=New collection(1; 2; New collection(3; 4; 5; 6; New collection(7; 8; New collection(9; 10))))
out(js($col.flat(MAXLONG)))  // [1,2,3,4,5,6,7,8,9,10]

// .includes()
var $obj : Object
$obj:=New object("value"; 10)
$col:=New collection(1; 2; "Henry"; 5; 3; "Albert"; 6; 4; "Alan"; 5; $obj)
out(String($col.includes(3)))  // True
out(String($col.includes(5; 6)))  // True
out(String($col.includes("al@")))  // True
out(String($col.includes("Hello")))  // False
out(String($col.includes($obj)))  // True
out(String($col.includes(New object("value"; 10))))  // False
out(String($col.includes(1; 20)))  // False: startFrom >= length

// .indexOf()
$col:=New collection(1; 2; "Henry"; 5; 3; "Albert"; 6; 4; "Alan"; 5)
out(String($col.indexOf(3)))  // 4
out(String($col.indexOf(5; 5)))  // 9
out(String($col.indexOf("al@")))  // 5
out(String($col.indexOf("Hello")))  // -1
out(String($col.indexOf(5; -1)))  // 9
out(String($col.indexOf(Null)))  // -1

// .insert()
$col:=New collection("a"; "b"; "c"; "d")
$col.insert(2; "X")
out(js($col))  // ["a","b","X","c","d"]
$col.insert(-2; "Y")
out(js($col))  // ["a","b","X","Y","c","d"]
$col.insert(-10; "Hi")
out(js($col))  // ["Hi","a","b","X","Y","c","d"]
$col.insert(100; "end")
out(js($col))  // [...,"end"]

// .join()
$c:=New collection(1; 2; 3; "Paris"; Null; ""; 4; 5)
out($c.join("|"))  // 1|2|3|Paris|null||4|5
out($c.join("|"; ck ignore null or empty))  // 1|2|3|Paris|4|5

// .lastIndexOf()
$col:=New collection("a"; "b"; "c"; "d"; "e"; "f"; "g"; "h"; "i"; "j"; "e"; "k"; "e")
out(String($col.length))  // 13
out(String($col.lastIndexOf("e")))  // 12
out(String($col.lastIndexOf("e"; 6)))  // 4
out(String($col.lastIndexOf("e"; 15)))  // 12
out(String($col.lastIndexOf("e"; -2)))  // 10
out(String($col.lastIndexOf("x")))  // -1
out(String($col.lastIndexOf("a"; 0)))  // -1: startFrom = 0

// .length
$col:=New collection("one"; "two"; "three")
out(String($col.length))  // 3
$col[4]:="five"
out(String($col.length))  // 5
out(String($col.remove(0; 3).length))  // 2

// .max() / .min()
$col:=New collection(200; 150; 55)
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Alabama"; "salary"; 10500))
out(js($col.max()))  // {"name":"Alabama","salary":10500}
out(String($col.max("salary")))  // 50000
out($col.max("name"))  // Wesson
out(String($col.min()))  // 55
out(String($col.min("salary")))  // 10000
out($col.min("name"))  // Alabama
out(js(New collection.max()))  // undefined

// .pop() / .push()
$stack:=New collection
$stack.push(1; 2)
out(js($stack))  // [1,2]
out(String($stack.pop()))  // 2
$stack.push(New collection(4; 5))
out(js($stack))  // [1,[4,5]]
out(js($stack.pop()))  // [4,5]
out(String($stack.pop()))  // 1
out(js($stack.pop()))  // undefined
$col:=New collection(1; 2)
$col.push(3)
$col.push(6; New object("firstname"; "John"; "lastname"; "Smith"))
out(js($col))  // [1,2,3,6,{"firstname":"John","lastname":"Smith"}]
var $sortedCol : Collection
$col:=New collection(5; 3; 9)
$sortedCol:=$col.push(7; 50).sort()  // $col is sorted too: .sort() modifies and returns the original
out(js($col))  // [3,5,7,9,50]: sort modifies the original
out(js($sortedCol))  // [3,5,7,9,50]

// .remove()
$col:=New collection("a"; "b"; "c"; "d"; "e"; "f"; "g"; "h")
$col.remove(3)
out(js($col))  // ["a","b","c","e","f","g","h"]
$col.remove(3; 2)
out(js($col))  // ["a","b","c","g","h"]
$col.remove(-8; 1)
out(js($col))  // ["b","c","g","h"]
$col.remove(-3; 1)
out(js($col))  // ["b","g","h"]
$col:=New collection
$col.remove(0)
out(js($col))  // []

// .resize()
$c:=New collection
$c.resize(10)
out(js($c))  // [null,null,null,null,null,null,null,null,null,null]
$c:=New collection
$c.resize(10; 0)
out(js($c))  // [0,0,0,0,0,0,0,0,0,0]
$c:=New collection(1; 2; 3; 4; 5)
$c.resize(10; New object("name"; "X"))
out(js($c))  // [1,2,3,4,5,{"name":"X"},{"name":"X"},{"name":"X"},{"name":"X"},{"name":"X"}]
$c:=New collection(1; 2; 3; 4; 5)
$c.resize(2)
out(js($c))  // [1,2]

// .reverse(): a deep copy
$c:=New collection(1; 3; 5; 2; 4; 6)
$c2:=$c.reverse()
out(js($c2))  // [6,4,2,5,3,1]
$c:=New collection(New object("a"; 1))
$c2:=$c.reverse()
$c2[0].a:=2
out(String($c[0].a))  // 1

// .shift()
var $val : Variant
$c:=New collection(1; 2; 4; 5; 6; 7; 8)
$val:=$c.shift()
out(String($val))  // 1
out(js($c))  // [2,4,5,6,7,8]
out(js(New collection.shift()))  // undefined

// .slice()
$c:=New collection(1; 2; 3; 4; 5)
out(js($c.slice(0; 3)))  // [1,2,3]
out(js($c.slice(3)))  // [4,5]
out(js($c.slice(1; -1)))  // [2,3,4]
out(js($c.slice(-3; -2)))  // [3]
out(js($c.slice(3; 1)))  // []

// .sum()
$col:=New collection(10; 20; "Monday"; True; 2)
out(String($col.sum()))  // 32
$col:=New collection
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500.5))
out(String($col.sum("salary")))  // 70500.5
out(String(New collection.sum()))  // 0

// .unshift()
$c:=New collection(1; 2)
$c.unshift(4)
out(js($c))  // [4,1,2]
$c.unshift(5)
out(js($c))  // [5,4,1,2]
$c.unshift(6; 7)
out(js($c))  // [6,7,5,4,1,2]
