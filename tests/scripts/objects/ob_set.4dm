// OB SET (commands/ob-set.md examples 1-7)
var $Object : Object
OB SET($Object;"FirstName";"John";"LastName";"Smith")
out(JSON Stringify($Object))  // example 1: {"FirstName":"John","LastName":"Smith"}

var $o2 : Object
OB SET($o2;"LastName";"smith";"age";42;"client";True)
out(JSON Stringify($o2))  // example 2: {"LastName":"smith","age":42,"client":true}

OB SET($Object;"FirstName";"Paul")
out(JSON Stringify($Object))  // example 3: {"FirstName":"Paul","LastName":"Smith"}

OB SET($Object;"department";"Accounting")
out(JSON Stringify($Object))  // example 4: the property is added at the end

var $o5 : Object
OB SET($o5;"LastName";"James";"age";35)
OB SET($o5;"FirstName";OB Get($o5;"LastName"))
OB REMOVE($o5;"LastName")
out(JSON Stringify($o5))  // example 5: {"age":35,"FirstName":"James"}

// example 6: a pointer is kept and evaluated by JSON Stringify
var $o6 : Object
var $LastName : Text
OB SET($o6;"FirstName";"Paul")
OB SET($o6;"LastName";->$LastName)
out(JSON Stringify($o6))  // {"FirstName":"Paul","LastName":""}
$LastName:="Wesson"
out(JSON Stringify($o6))  // {"FirstName":"Paul","LastName":"Wesson"}

// example 7: objects are stored by reference
var $ref_smith; $ref_emp : Object
OB SET($ref_smith;"name";"Smith")
OB SET($ref_emp;"employee";$ref_smith)
out(JSON Stringify($ref_emp))  // {"employee":{"name":"Smith"}}
OB SET($ref_smith;"name";"Smyth")
out(JSON Stringify($ref_emp))  // {"employee":{"name":"Smyth"}}

// example 11: a collection as a value
var $person : Object
OB SET($person;"Name";"Jones";"Children";New collection("Mike";25;True))
out(JSON Stringify($person))

// property names are case sensitive
var $c : Object
OB SET($c;"a";1;"A";2)
out(JSON Stringify($c))
