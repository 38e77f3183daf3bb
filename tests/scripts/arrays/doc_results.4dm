// sum.md, average.md, min.md, max.md: the array forms (1D and 2D); an
// empty array gives 0.
ARRAY REAL($grades; 3)
$grades{1}:=10
$grades{2}:=15.5
$grades{3}:=4.5
out(String(Sum($grades))+" "+String(Average($grades))+" "+String(Min($grades))+" "+String(Max($grades)))
ARRAY DATE($d; 2)
$d{1}:=!2024-03-01!
$d{2}:=!2023-01-05!
out(String(Min($d); ISO date)+" "+String(Max($d); ISO date))
ARRAY LONGINT($e; 0)
out(String(Sum($e))+" "+String(Max($e))+" "+String(Average($e)))
ARRAY LONGINT($t; 2; 2)
$t{1}{1}:=1
$t{2}{2}:=7
out(String(Sum($t))+" "+String(Max($t)))
// array-text.md, example 3: elements of an interprocess array.
ARRAY TEXT(<>atValues; 50)
For ($vlElem; 1; 50)
	<>atValues{$vlElem}:="Element #"+String($vlElem)
End for
out(<>atValues{50}+" "+String(Size of array(<>atValues)))
// type.md: the declared type of process variables that hold Null.
C_OBJECT(vO)
var vC : Collection
out(String(Type(vO))+" "+String(Type(vC)))
// path-to-object.md, example 3: walking up to the root ends.
var $o : Object
$o:=Path to object("/home/user/docs/")
Repeat
	$o:=Path to object($o.parentFolder)
Until ($o.parentFolder="")
out($o.name+" "+String($o.isFolder))
// append-to-array.md: a value of another type is error 54.
ARRAY TEXT($at; 0)
Try
	APPEND TO ARRAY($at; 5)
Catch
	out(String(Last errors[0].errCode))
End try
