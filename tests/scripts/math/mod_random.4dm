// Mod and Random: the docs' examples.
out(String(Mod(3; 2)))
out(String(Mod(4; 2)))
out(String(Mod(3.5; 2)))
out(String(Mod(-7; 3)))
out(String(Mod(7; -3)))
out(String(Mod(2^40+5; 8)))
Try
	out(String(Mod(5; 0)))
Catch
	out("modulo by zero is an error")
End try
// Random: 0 to 32,767; (Random%21)+10 is between 10 and 30.
var $i; $r; $min; $max : Integer
$min:=32767
For ($i; 1; 2000)
	$r:=Random
	If ($r<$min)
		$min:=$r
	End if
	If ($r>$max)
		$max:=$r
	End if
End for
out(String(($min>=0) & ($max<=32767) & ($max>$min)))
var $ok : Boolean
$ok:=True
For ($i; 1; 500)
	$r:=(Random%21)+10
	$ok:=$ok & ($r>=10) & ($r<=30)
End for
out(String($ok))
