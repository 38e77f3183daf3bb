// fourd run examples/collections/main.4dm
// Collections, objects and formulas: the everyday data code of 4D.
var $people:=[]
$people.push({name: "Ann"; city: "Paris"; age: 34})
$people.push({name: "Bob"; city: "Lyon"; age: 27})
$people.push({name: "Cleo"; city: "Paris"; age: 41})
$people.push({name: "Dan"; city: "Nice"; age: 19})

Out("people: "+String($people.length))
Out("in Paris: "+$people.query("city = :1"; "Paris").extract("name").join(", "))
Out("adults over 30: "+$people.filter(Formula($1.result:=$1.value.age>30)).extract("name").join(", "))
Out("youngest first: "+$people.orderBy("age asc").extract("name").join(", "))
Out("average age: "+String($people.average("age")))
Out("ages: "+JSON Stringify($people.map(Formula($1.result:=$1.value.age))))

// objects are references: changing $p changes the element
var $p : Object:=$people[0]
$p.age+=1
Out("Ann is now "+String($people[0].age))

// group by city with an object of collections
var $byCity:={}
var $person : Object
For each ($person; $people)
	If ($byCity[$person.city]=Null)
		$byCity[$person.city]:=[]
	End if
	$byCity[$person.city].push($person.name)
End for each
Out(JSON Stringify($byCity))

// a formula kept in a variable, called with parameters
var $greet:=Formula("Hello "+$1+", you are "+String($2))
Out($greet.call(Null; "Bob"; 27))
