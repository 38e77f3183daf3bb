// Results of a method declared `-> $r : Integer` used in expressions and
// assigned (operators.md, parameters.md): computed as numbers.
var $i : Integer
var $r : Real
out(String(half(9)+half(7))+" "+String(half(9)*half(7))+" "+String(half(9)/half(8)))
out(String(half(9)=half(8))+" "+String(half(9)#half(7))+" "+String(half(9)<half(7)))
$i:=half(9)
$r:=half(7)
out(String($i)+" "+String($r)+" "+String(Value type($i)=Is longint)+" "+String(Value type($r)=Is real))
// Recursion: each call's result is used by the call above it.
out(String(half(half(half(100)))))
