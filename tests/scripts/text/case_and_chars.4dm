// Uppercase, Lowercase, Char, Character code, Length, Substring.
out(Lowercase("DÉJÀ VU"))
out(Lowercase("DÉJÀ VU"; *))
out(Uppercase("hélène"))
out(Uppercase("hélène"; *))
// Caps: the Lowercase docs' example.
var $t : Text
$t:=Lowercase("jOHN")
If (Length($t)>0)
	$t[[1]]:=Uppercase($t[[1]])
End if
out($t)
// Character code and Char.
out(String("A"="a"))
out(String(Character code("A")=Character code("a")))
out(String(Character code("ABC")))
out(String(Character code(Char(Carriage return))))
out(String(Character code("é")))
out(String(Character code("😀")))
out(String(Character code("")))
out(Char(72)+Char(105))
out(Char(233))
// Length counts UTF-16 units; ignorable characters count.
out(String(Length("Topaz")))
out(String(Length("Citizen")))
out(String(Length("")))
out(String(Length(Char(1))))
out(String(Length("😀")))
// Substring.
out(Substring("08/04/62"; 4; 2))
out(Substring("Emergency"; 1; 6))
out(Substring("Emergency"; 2))
out(Substring("abc"; 2; 100))
out("["+Substring("abc"; 4)+"]")
out("["+Substring("abc"; 2; 0)+"]")
out(Substring("été"; 2; 1))
