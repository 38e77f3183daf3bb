// fourd run examples/hello/main.4dm
// Text goes to standard output with LOG EVENT (Into system standard outputs).
var $name : Text:="world"
var $when : Text:=String(Current date; ISO date)
LOG EVENT(Into system standard outputs; "Hello, "+$name+"!\n")
// 4D evaluates operators strictly left to right: 2+3*4 is 20, not 14.
LOG EVENT(Into system standard outputs; "2+3*4 = "+String(2+3*4)+"\n")
// Text comparison ignores case (and accents unless asked otherwise).
LOG EVENT(Into system standard outputs; "\"ABC\"=\"abc\" is "+String("ABC"="abc")+"\n")
// Collections are 0-based, objects are passed by reference.
var $c:=["a"; "b"; "c"]
var $o:={count: $c.length}
LOG EVENT(Into system standard outputs; "first: "+$c[0]+", count: "+String($o.count)+"\n")
LOG EVENT(Into system standard outputs; "today is "+String(Length($when)>0)+"\n")
