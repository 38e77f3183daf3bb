// JSON Parse (commands-legacy/json-parse.md)
// example 1: simple conversions
var $r : Real
$r:=JSON Parse("42.17")
out(String($r))
var $el : Integer
$el:=JSON Parse("120.13";Is longint)
out(String($el))  // 120
var $t : Text
$t:=JSON Parse("\"Year 42\"";Is text)
out($t)
var $o : Object
$o:=JSON Parse("{\"name\":\"john\"}")
out($o.name)
var $b : Boolean
$b:=JSON Parse("{\"manager\":true}";Is Boolean)
out(String($b))  // True
var $h : Time
$h:=JSON Parse("5120";Is time)
out(String($h))  // 01:25:20

// example 2: a date-time string stays a text unless Is date is passed
var $test : Variant
$test:=JSON Parse("\"1990-12-25T12:00:00Z\"")
out(String(Value type($test)=Is text)+" "+$test)
var $date : Date
$date:=JSON Parse("\"2008-01-01T12:00:00Z\"";Is date)
out(JSON Stringify($date))  // "2008-01-01"

// example 3: with the date type setting, "YYYY-MM-DD" strings are dates
var $birthday : Date
$o:=JSON Parse("{\"name\":\"Marcus\",\"birthday\":\"2017-10-16\"}")
$birthday:=$o.birthday
out(String(Value type($o.birthday)=Is date)+" "+JSON Stringify($birthday))

// example 4: round trip
var $Contact; $Contact2 : Object
$Contact:=New object("name";"Monroe";"firstname";"Alan")
$Contact2:=JSON Parse(JSON Stringify($Contact))
out($Contact2.firstname+" "+$Contact2.name)

// example 5: a JSON array gives a collection
var $myCol : Collection
$myCol:=JSON Parse("[\"Monday\",10,\"Tuesday\",11,\"Wednesday\",12,false]")
out(String($myCol.length)+" "+JSON Stringify($myCol))

// example 6: * adds __symbols (line and offset of each property)
var $json : Text
$json:="{\n    \"alpha\": 4552,\n    \"beta\": [\n        {\n            \"echo\": 45,\n            \"delta\": \"text1\"\n        },\n        {\n            \"echo\": 52,\n            \"golf\": \"text2\"\n        }\n    ]\n}"
var $obInfo : Object
$obInfo:=JSON Parse($json;Is object;*)
out(JSON Stringify($obInfo.__symbols))
out(String($obInfo.alpha))

// escapes, unicode, nesting, null
$o:=JSON Parse("{\"s\":\"a\\u00e9\\n\\/b\",\"n\":null,\"deep\":{\"list\":[1,[2]]}}")
out($o.s)
out(String($o.n=Null)+" "+String($o.deep.list[1][0]))
out(String(JSON Parse("-1.5e3")))
out(String(Value type(JSON Parse("null"))=Is null))
// Is collection / Is object of the wrong kind give Null
out(String(JSON Parse("[1]";Is object)=Null))
out(String(JSON Parse("[1,2]";Is collection).length))

// a badly formed text is an error
var $bad : Variant
For each ($json; New collection("{\"a\":1,}"; "[1 2]"; "{a:1}"; ""; "\"unterminated"; "01"; "[1] x"))
	Try
		$bad:=JSON Parse($json)
		out("parsed: "+$json)
	Catch
		out("error: "+$json)
	End try
End for each
