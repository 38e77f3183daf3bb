// Two-dimensional arrays, interprocess arrays and arrays through pointers.
ARRAY TEXT($t2; 2; 3)
out(String(Size of array($t2))+" "+String(Size of array($t2{1})))  // 2 3
$t2{1}{1}:="c"
$t2{1}{2}:="a"
$t2{1}{3}:="b"
SORT ARRAY($t2{1})
out($t2{1}{1}+$t2{1}{2}+$t2{1}{3})  // abc
APPEND TO ARRAY($t2{2}; "z")
out(String(Size of array($t2{2}))+" "+$t2{2}{4})  // 4 z
Try
	SORT ARRAY($t2)
Catch
	out("a two-dimensional array cannot be sorted")
End try
COPY ARRAY($t2; $copy)
$copy{1}{1}:="x"
out($t2{1}{1}+" "+$copy{1}{1})  // a x

ARRAY LONGINT(<>shared; 0)
APPEND TO ARRAY(<>shared; 3)
APPEND TO ARRAY(<>shared; 1)
APPEND TO ARRAY(<>shared; 2)
SORT ARRAY(<>shared)
out(String(Size of array(<>shared))+": "+String(<>shared{1})+String(<>shared{2})+String(<>shared{3}))  // 3: 123
DELETE FROM ARRAY(<>shared; 1)
INSERT IN ARRAY(<>shared; 1)
out(String(Size of array(<>shared))+": "+String(<>shared{1})+String(<>shared{2})+String(<>shared{3}))  // 3: 023

var $p : Pointer
ARRAY REAL(arr; 0)
$p:=->arr
APPEND TO ARRAY($p->; 2.5)
APPEND TO ARRAY($p->; 1.5)
SORT ARRAY($p->; <)
out(String(arr{1})+" "+String(arr{2}))  // 2.5 1.5
out(String(Count in array($p->; 1.5)))  // 1
