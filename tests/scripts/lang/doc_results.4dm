// Results stated in the 4D docs.
// dt_collection.md "Undefined": the length of an undefined collection is 0.
var $c : Collection
var $size : Integer
$size:=$c.length
out(String($size))
out(String($c.length))
// CollectionClass.md, .flatMap() example 2: an empty text splits into no part.
var $col : Collection
$col:=New collection("Hello how"; ""; "are you ?")
out(JSON Stringify($col.map(Formula(Split string($1.value; " ")))))
out(JSON Stringify($col.flatMap(Formula(Split string($1.value; " ")))))
// formula.md, example 6: a formula property is stringified as "[object Formula]".
var $calc : 4D.Function
var $feta : Object
$feta:=New object("name"; "Feta"; "price"; 12.5; "quantity"; 5)
$calc:=Formula(This.total:=This.price*This.quantity)
$calc.apply($feta)
$feta.calc:=$calc
out(JSON Stringify($feta))
// choose.md: values are numbered from 0; no value for the criterion gives
// the empty value of the values' type; a Boolean picks value1 when True.
out(Choose(1; "Single"; "Married"; "Widowed"; "Divorced"))
out("["+Choose(7; "Single"; "Married")+"]")
out("["+Choose(-1; "Single"; "Married")+"]")
out(String(Choose(7; 1; 2)))
out(Choose(False; "Mr"; "Ms"))
// formula.md history: `New formula` is the name `Formula` had before 17 R6.
var $f : Object
$f:=New object("message"; New formula(out("Hello world!")))
$f.message()
out(String(New formula from string("1+2").call()))
// cf_looping.md, "Loop through object properties" (a variable named property).
var vObject : Object
vObject:=New object("firstname"; "gregory"; "lastname"; "badikora"; "age"; 20)
For each (property; vObject)
	If (Value type(vObject[property])=Is text)
		vObject[property]:=Uppercase(vObject[property])
	End if
End for each
out(JSON Stringify(vObject))
// FunctionClass.md: `$f["message"](…)` calls the member with This = $f.
var $fo : Object
$fo:=New object("m"; Formula($1+"|"+$2+"|"+String(Count parameters)+"|"+This.tag); "tag"; "T")
out($fo["m"]("x"; "y"))
var $key : Text
$key:="m"
out($fo[$key]("a"; "b"))
var $fc : Collection
$fc:=New collection(Formula($1*2))
out(String($fc[0](21)))
// count-parameters.md, example 2: Max_of(3;5;4;2) is 5.
out(String(Max_of(3; 5; 4; 2)))
// get-call-chain.md: each level gives its type, name, line and (20 R9) the
// line's code as written.
var $chain : Collection
$chain:=Get call chain
out($chain[0].type+" "+$chain[0].name+" "+String($chain[0].line>0)+" ["+$chain[0].formula+"]")
