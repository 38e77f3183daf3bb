// .query() and .indices() (CollectionClass.md, query strings of DataClassClass.md).
var $c; $c2; $c3; $icol; $col : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
$c2:=$c.query("name = :1"; "Cleveland")
out(js($c2))  // [{"name":"Cleveland","zc":35049}]
$c3:=$c.query("zc > 35040")
out(js($c3))  // [{"name":"Cleveland","zc":35049},{"name":"Clanton","zc":35046},{"name":"Clanton","zc":35045}]
$icol:=$c.indices("name = :1"; "Cleveland")
out(js($icol))  // [0]
$icol:=$c.indices("zc > 35040")
out(js($icol))  // [0,3,4]
out(js($c.query("name = :1"; "Paris")))  // []
out(js($c.query(":1=:2"; "name"; "Adger").extract("zc")))  // [35006]
out(js($c.query("name == 'clanton' and zc < 35046").extract("zc")))  // [35045]
out(js($c.query("name = C@ & zc >= 35046").extract("zc")))  // [35049,35046]
out(js($c.query("name = Adger || name = Blountsville").extract("zc")))  // [35031,35006]
out(js($c.query("not(name = C@)").extract("name")))  // ["Blountsville","Adger"]
out(js($c.query("name in :1"; New collection("Adger"; "Clanton")).extract("zc")))  // [35006,35046,35045]
out(js($c.query("name in ['adger', 'Bl@']").extract("zc")))  // [35031,35006]
out(js($c.query("not (name in :1)"; New collection("Adger"; "Clanton")).extract("zc")))  // [35049,35031]
out(js($c.query("zc = 35031 or (name = 'Clanton' and zc = 35045)").extract("zc")))  // [35031,35045]
out(js($c.query("zc > :1 order by zc desc"; 35040).extract("zc")))  // [35049,35046,35045]
out(js($c.query("zc <= :1 order by name, zc"; 35046).extract("zc")))  // [35006,35031,35045,35046]
out(js($c.query("name === :1"; "C@")))  // []: @ is a plain character with ===
out(js($c.query("name IS NOT :1"; "Clanton").extract("name")))  // ["Cleveland","Blountsville","Adger"]
out(js($c.query("zc = :1"; "v35006").extract("name")))  // ["Adger"]: "v35006" converted to 35006

var $d : Collection
$d:=New collection
$d.push(New object("name"; "Smith"; "dateHired"; !2002-05-22!; "age"; 45))
$d.push(New object("name"; "Wesson"; "dateHired"; !2017-11-30!))
$d.push(New object("name"; "Winch"; "dateHired"; !2018-05-16!; "age"; 36))
$d.push(New object("name"; "Sterling"; "dateHired"; !1999-05-10!; "age"; Null))
$d.push(New object("name"; "Mark"; "dateHired"; !2002-01-01!))
out(js($d.query("name = :1"; "@in@").extract("name")))  // ["Winch","Sterling"]
var $aString : Text
$aString:="W"
out(js($d.query("name # :1"; $aString+"@").extract("name")))  // ["Smith","Sterling","Mark"]
out(js($d.query("age=null").extract("name")))  // ["Wesson","Sterling","Mark"]
out(js($d.query("age # null").extract("name")))  // ["Smith","Winch"]
out(js($d.query("dateHired < :1"; !2010-01-01!).extract("name")))  // ["Smith","Sterling","Mark"]
out(js($d.query("dateHired > 2002-01-01").extract("name")))  // ["Smith","Wesson","Winch"]
out(js($d.query("dateHired = :1"; "2002-01-01").extract("name")))  // ["Mark"]

// Named placeholders (querySettings)
var $o : Object
$o:=New object
$o.attributes:=New object("att"; "name")
$o.parameters:=New object("v"; "Winch"; "extra"; New object("age"; 45))
out(js($d.query(":att=:v"; $o).extract("age")))  // [36]
out(js($d.query("age = :extra.age"; $o).extract("name")))  // ["Smith"]
out(js($d.query("age = :extra.age or name = :1"; "Mark"; $o).extract("name")))  // ["Smith","Mark"]
$o.attributes:=New object("att"; New collection("name"))
out(js($d.query(":att = 'Mark'"; $o).extract("name")))  // ["Mark"]

// Object and collection references
var $o1; $o2; $o3 : Object
$o1:={a: 1}
$o2:={a: 1}
$o3:=$o1
$col:=[{o: $o1}; {o: $o2}; {o: $o3}]
$c2:=$col.query("o = :v"; {parameters: {v: $o3}})
out(String($c2.length))  // 2
out(String($c2[0].o=$o1))  // True
out(String($c2[1].o=$o1))  // True
var $k1; $k2; $k3 : Collection
$k1:=[1; 2; 3]
$k2:=[1; 2; 3]
$k3:=$k1
$col:=[{c: $k1}; {c: $k2}; {c: $k3}]
out(String($col.query("c = :v"; {parameters: {v: $k3}}).length))  // 2

// Collections inside objects: [] reaches every element
$col:=New collection
$col.push(New object("name"; "A"; "info"; New object("coll"; New collection(New object("val"; 1); New object("val"; 1)))))
$col.push(New object("name"; "B"; "info"; New object("coll"; New collection(New object("val"; 1); New object("val"; 0)))))
$col.push(New object("name"; "C"; "info"; New object("coll"; New collection(New object("val"; 0); New object("val"; 0)))))
out(js($col.query("info.coll[].val = :1"; 0).extract("name")))  // ["B","C"]
out(js($col.query("info.coll[].val != :1"; 0).extract("name")))  // ["A"]
out(js($col.query("info.coll[a].val != :1"; 0).extract("name")))  // ["A","B"]

// Only objects can match; keywords; booleans
$col:=New collection(1; "x"; Null; New object("t"; "Alpha Bravo"; "b"; True); New object("t"; "Charlie"; "b"; False))
out(String($col.query("t # 'x'").length))  // 2
out(js($col.query("t % Bravo").extract("t")))  // ["Alpha Bravo"]
out(js($col.query("b = true").extract("t")))  // ["Alpha Bravo"]
out(js($col.query("b = false").extract("t")))  // ["Charlie"]
