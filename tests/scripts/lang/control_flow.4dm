// If/Case of/For/For each/While/Repeat, break, continue (cf_looping.md, cf_branching.md).
var $i; $n : Integer
var $t : Text
For ($i; 1; 3)
	$t:=$t+String($i)
End for
out("for: "+$t+" counter after="+String($i))
$t:=""
For ($i; 10; 1; -3)
	$t:=$t+String($i)+" "
End for
out("down: "+$t)
$t:=""
For ($i; 5; 1)
	$t:="ran"
End for
out("empty range: ["+$t+"]")
// start, end and step are evaluated once
$n:=3
For ($i; 1; $n)
	$n:=10
End for
out("bounds once: "+String($i))
var $v : Variant
$t:=""
For each ($v; [10; 20; 30; 40; 50]; 1; -1)
	$t:=$t+String($v)+" "
End for each
out("begin/end: "+$t)
// cf_looping.md examples: While is tested at the beginning, Until at the end.
var $colNum : Collection:=New collection(1; 2; 3; 4; 5; 6; 7; 8; 9; 10)
var $num; $total : Real
$total:=0
For each ($num; $colNum) While ($total<30)
	$total:=$total+$num
End for each
out("while: "+String($total))
$total:=1000
For each ($num; $colNum) Until ($total>30)
	$total:=$total+$num
End for each
out("until: "+String($total))
var $col; $col2 : Collection
$col:=New collection("a"; "b"; "c"; "d"; "e")
$col2:=New collection(1; 2; 3)
var $item : Text
For each ($item; $col; 0; 3)
	$col2.push($item)
End for each
For each ($item; $col; -2; -1)
	$col2.push($item)
End for each
out("bounds: "+String($col2.length)+" "+$col2[5]+$col2[6])
$t:=""
For each ($v; {a: 1; b: 2; c: 3})
	$t:=$t+$v
End for each
out("keys: "+$t)
Case of 
	: (1=2)
		out("no")
	: (2=2)
		out("first true branch only")
	: (3=3)
		out("not this one")
	Else 
		out("else")
End case 
Case of 
	: (False)
		out("no")
	Else 
		out("case else")
End case 
$n:=0
Repeat
	$n:=$n+1
	If ($n=2)
		continue
	End if
	If ($n=4)
		break
	End if
	out("repeat "+String($n))
Until ($n>10)
$n:=0
While ($n<5)
	$n:=$n+2
End while
out("while: "+String($n))
// Undefined conditions are False.
var $o : Object:={}
If ($o.missing)
	out("never")
Else 
	out("undefined is False")
End if
