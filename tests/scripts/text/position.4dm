// Position: the examples of the Position docs.
out(String(Position("ll"; "Willow")))
out(String(Position("day"; "Today is the first day"; 1)))
out(String(Position("day"; "Today is the first day"; 4)))
out(String(Position("DAY"; "Today is the first day"; 1; *)))
var $length : Integer
out(String(Position("œ"; "Bœuf"; 1; $length))+" "+String($length))
// lengthFound: "aegis" however it is written (example 2).
var $text : Text
var $start; $lengthfound; $p : Integer
$text:="Ægis, aegis, AEGIS"
$start:=1
Repeat
	$p:=Position("aegis"; $text; $start; $lengthfound)
	If ($p>0)
		out(String($p)+" "+String($lengthfound)+" "+Substring($text; $p; $lengthfound))
	End if
	$start:=$p+$lengthfound
Until ($p=0)
// Replacing every occurrence with the options syntax (example 3).
var $string; $find; $replace : Text
var $option : Integer
$string:="Hello Joelle et joel!"
$find:="joel"
$replace:="Joël"
$option:=sk case insensitive+sk diacritic insensitive
$p:=0
Repeat
	$p:=Position($find; $string; $p+1; $lengthfound; $option)
	If ($p>0)
		$string:=Substring($string; 1; $p-1)+$replace+Substring($string; $p+$lengthfound)
	End if
Until ($p<=0)
out($string)
// Accents and case by default; * compares character codes.
out(String(Position("ETE"; "Un été")))
out(String(Position("ETE"; "Un été"; 1; *)))
out(String(Position("été"; "Un été"; 1; *)))
// Options alone.
out(String(Position("JOEL"; "joël"; 1; $length; sk case insensitive)))
out(String(Position("joel"; "joël"; 1; $length; sk diacritic insensitive)))
out(String(Position("Joel"; "joël"; 1; $length; sk diacritic insensitive)))
out(String(Position("DAY"; "Today"; 1; $length; sk char codes)))
out(String(Position("DAY"; "Today"; 1; $length; sk char codes+sk case insensitive)))
out(String(Position("where"; "somewhere, where"; 1; $length; sk whole word)))
// No @ wildcard; empty texts; start past the end.
out(String(Position("abc@"; "xabc@")))
out(String(Position("b@"; "abc")))
out(String(Position(""; "")))
out(String(Position(""; "abc")))
out(String(Position("a"; "abc"; 10)))
// Positions count UTF-16 units.
out(String(Position("b"; "😀b")))
