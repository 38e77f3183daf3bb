// `$t:=$t+a+b` is evaluated left to right (operators.md: no precedence);
// every piece reads the value the variable had before the assignment.
var $t : Text
$t:="ab"
$t:=$t+"-"+$t
out($t)  // ab-ab
$t:=$t+String(1)+"x"
out($t)  // ab-ab1x
// a Variant holding a number adds
var $v
$v:=1
$v:=$v+2+3
out(String($v))  // 6
// a long text built piece by piece
$t:=""
var $i : Integer
For ($i; 1; 20000)
	$t:=$t+"a"+"b"
End for
out(String(Length($t)))  // 40000
// the text repeat operator applies to what precedes it: ($t+"x")*2
$t:="ab"
$t:=$t+"x"*2
out($t)  // abxabx
