// Texts read in place (locals, literals): same results as the general path.
var $t; $date; $word; $piece; $all : Text
var $i; $n : Integer

// substring.md: Substring("08/04/62";4;2) is "04", Substring("Emergency";1;6) is "Emerge".
$date:="08/04/62"
$word:="Emergency"
$i:=4
$n:=2
out(Substring($date; $i; $n)+" "+Substring($word; 1; 6)+" "+Substring($word; 1+1))

// Text comparisons ignore case, and @ is a wildcard (dt_string.md).
$t:="abcd"
out(String($t="ABCD")+" "+String($t="abc@")+" "+String($t#"ABCD")+" "+String(Substring($t; 1; 1)="A"))

// $t:=$t+$piece with a local piece, and a text appended to itself.
$all:=""
For ($i; 1; 3)
	$piece:=Char(96+$i)+String($i%7)
	$all:=$all+$piece
End for
$all:=$all+$all
out($all)

// String of numbers computed in place.
$i:=-7
out(String($i%3)+" "+String($i*2)+" "+String($i/2)+" "+String(1/4))

// Length of a local, a property and an element (length.md: Length("Topaz") is 5).
var $o : Object
var $c : Collection
$t:="Topaz"
$o:=New object("name"; "Citizen"; "n"; 12)
$c:=New collection("a"; "bc")
out(String(Length($t))+" "+String(Length($o.name))+" "+String(Length($c[1]))+" "+String(Length(""))+" "+String(Length($o.missing)))

// $t:=a+b into a Text local: written over its characters only when they
// are not shared.
var $u; $keep : Text
$u:="first"
$keep:=$u
$u:="x"+"y"
out($u+" "+$keep)
$u:="p"+$u
out($u)
$u:=$u+$u
out($u)
$u:=Char(97)+String(1)
$u:=Char(98)+String(2)
out($u+" "+String(Length($u)))
