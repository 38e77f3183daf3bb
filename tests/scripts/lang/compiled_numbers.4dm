// Arithmetic and comparisons of locals, computed in place (operators.md,
// dt_number.md, variables.md): the results and the errors are those of the
// general way, whatever the locals hold.
var $i; $j; $k; $n : Integer
var $r : Real
var $v : Variant
var $a; $b : Text
var $o : Object
var $c : Collection

$i:=7
$j:=2
$k:=0
out(String(($i*7)+3)+" "+String($i/$j)+" "+String($i\$j)+" "+String($i%$j))
// `%` works on whole numbers: 10.5 % 2 is 0 (operators.md).
$r:=10.5
out(String($r%2)+" "+String($r%$j)+" "+String(($r*2)%$i))
// A Real assigned to an Integer variable: 3.1416 gives 3 (dt_number.md).
$r:=3.1416
$n:=$r*1
out(String($n))
// Operators apply left to right, with no precedence: 3+4*2 is 14.
$n:=3
out(String($n+4*2)+" "+String($n+(4*2)))
// Real equality within the comparison level (1e-6); order is exact.
$r:=0.1+0.2
out(String($r=0.3)+" "+String($r#0.3)+" "+String($r>0.3)+" "+String($r<=0.3))
If ($r=0.3)
	out("equal within epsilon")
End if
// A Variant local holding a text: concatenated and compared as texts.
$v:="ab"
out($v+$v)
out(($v+$v)+$v)
out(String($v=$v)+" "+String($v<$v))
If ($v=$v)
	out("texts compared")
End if
// Text locals added into a Text local.
$a:="x"
$b:="y"
$a:=$a+$b
out($a)
// Numbers read from an object and a collection, mixed with locals.
$o:=New object("n"; 5)
$c:=New collection(10; 20; 30)
out(String(($i*2)+$o.n)+" "+String($c[$j]-$i)+" "+String(($c[1]+$o.n)*$j))
// The Variant local changes type between two runs of the same expression.
For ($n; 1; 2)
	If ($n=1)
		$v:=4
	Else
		$v:="4"
	End if
	out(String($v+$v))
End for
// Copies of locals into numeric locals: converted to the target's type.
$r:=3.1416
$n:=$r
$v:=5
$i:=$v
$r:=$j
out(String($n)+" "+String($i)+" "+String($r)+" "+String(Value type($r)=Is real))
$i:=7
// Integer division and modulo by zero are errors; `/` by zero is INF.
out(String($i/$k))
Try
	$n:=$i%$k
Catch
	out("modulo: "+String(Last errors[0].errCode))
End try
Try
	$n:=$i\$k
Catch
	out("integer division: "+String(Last errors[0].errCode))
End try
Try
	$n:=($i*2)%0
Catch
	out("modulo by literal: "+String(Last errors[0].errCode))
End try
// An error in a condition stops the statement.
Try
	If ($i%$k=0)
		out("not reached")
	End if
Catch
	out("condition: "+String(Last errors[0].errCode))
End try
