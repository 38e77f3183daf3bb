// Num: the examples of the Num docs.
out(String(Num("ABCD")))
out(String(Num("A1B2C3")))
out(String(Num("123")))
out(String(Num("123.4")))
out(String(Num("-123")))
out(String(Num("-123e2")))
out(String(Num("123-456")))
out(String(Num("-9")))
out(String(Num("123e-2")))
out(String(Num("")))
// Booleans, numbers, undefined.
out(String(Num(True)))
out(String(Num(False)))
out(String(Num(42.5)))
var $o : Object
$o:=New object
out(String(Num($o.missing)))
// Multiplying a text by 1 or 0 (example 2).
var $debt : Real
$debt:=500
out(("Good"*Num($debt<1000))+("Bad"*Num($debt>=1000)))
// The decimal separator parameter (example 3): one or more characters.
out(String(Num("33,333.33"; ".")))
out(String(Num("33 333,33"; ",")))
out(String(Num("12dec5"; "dec")))
