// SORT ARRAY, MULTI SORT ARRAY, Find in sorted array, COPY ARRAY.
var $i : Integer
var $s : Text
ARRAY TEXT($names; 5)
ARRAY LONGINT($ids; 5)
$names{1}:="Carol"
$names{2}:="alice"
$names{3}:="Bob"
$names{4}:="Alice"
$names{5}:="dave"
For ($i; 1; 5)
	$ids{$i}:=$i
End for
SORT ARRAY($names; $ids; >)
out(js_array(->$names)+" "+js_array(->$ids))  // alice,Alice,Bob,Carol,dave 2,4,3,1,5
SORT ARRAY($names; $ids; <)
out(js_array(->$names)+" "+js_array(->$ids))  // dave,Carol,Bob,alice,Alice 5,1,3,2,4
SORT ARRAY($ids)
out(js_array(->$ids))  // 1,2,3,4,5

ARRAY REAL($r; 4)
$r{1}:=3.5
$r{2}:=-1
$r{3}:=10
$r{4}:=0
SORT ARRAY($r; <)
out(js_array(->$r))  // 10,3.5,0,-1
ARRAY DATE($d; 3)
$d{1}:=!2020-05-01!
$d{2}:=!2019-01-01!
$d{3}:=!2021-12-31!
SORT ARRAY($d)
out(String($d{1}=!2019-01-01!)+" "+String($d{3}=!2021-12-31!))  // True True
ARRAY BOOLEAN($b; 3)
$b{1}:=True
SORT ARRAY($b)
out(String($b{1})+" "+String($b{3}))  // False True
ARRAY OBJECT($objs; 3)
$objs{2}:={n: 1}
$objs{3}:={n: 2}
SORT ARRAY($objs; >)
out(String($objs{1}=Null)+" "+String($objs{2}.n)+" "+String($objs{3}.n))  // True 1 2: nulls grouped
ARRAY POINTER($ptrs; 1)
Try
	SORT ARRAY($ptrs)
Catch
	out("pointer arrays cannot be sorted")
End try

// MULTI SORT ARRAY, first syntax (example 1)
ARRAY TEXT($cities; 5)
ARRAY LONGINT($salaries; 5)
ARRAY TEXT($emp; 5)
ARRAY TEXT($tel; 5)
$cities{1}:="Paris"
$salaries{1}:=3000
$emp{1}:="A"
$cities{2}:="Lyon"
$salaries{2}:=2000
$emp{2}:="B"
$cities{3}:="Paris"
$salaries{3}:=4000
$emp{3}:="C"
$cities{4}:="Lyon"
$salaries{4}:=2500
$emp{4}:="D"
$cities{5}:="Nice"
$salaries{5}:=1000
$emp{5}:="E"
For ($i; 1; 5)
	$tel{$i}:="0"+String($i)
End for
MULTI SORT ARRAY($cities; >; $salaries; <; $emp; $tel)
out(js_array(->$cities))  // Lyon,Lyon,Nice,Paris,Paris
out(js_array(->$salaries))  // 2500,2000,1000,4000,3000
out(js_array(->$emp)+" "+js_array(->$tel))  // D,B,E,C,A 04,02,05,03,01
// MULTI SORT ARRAY(cities;>;salaries;names;telNums) is SORT ARRAY(cities;salaries;names;telNums;>)
MULTI SORT ARRAY($emp; >; $cities; $salaries; $tel)
out(js_array(->$emp)+" "+js_array(->$cities))  // A,B,C,D,E Paris,Lyon,Paris,Lyon,Nice
Try
	MULTI SORT ARRAY($emp; $cities)
Catch
	out("no sort criterion")
End try

// MULTI SORT ARRAY, second syntax (example 2)
ARRAY POINTER($pointers; 4)
ARRAY LONGINT($sorts; 4)
$pointers{1}:=->$cities
$sorts{1}:=1
$pointers{2}:=->$salaries
$sorts{2}:=-1
$pointers{3}:=->$emp
$sorts{3}:=0
$pointers{4}:=->$tel
$sorts{4}:=0
MULTI SORT ARRAY($pointers; $sorts)
out(js_array(->$cities))  // Lyon,Lyon,Nice,Paris,Paris
out(js_array(->$salaries))  // 2500,2000,1000,4000,3000
out(js_array(->$emp)+" "+js_array(->$tel))  // D,B,E,C,A 04,02,05,03,01

// Find in sorted array
ARRAY LONGINT($sorted; 6)
$sorted{1}:=1
$sorted{2}:=3
$sorted{3}:=3
$sorted{4}:=3
$sorted{5}:=7
$sorted{6}:=9
var $first; $last : Integer
out(String(Find in sorted array($sorted; 3; >; $first; $last))+" "+String($first)+" "+String($last))  // True 2 4
out(String(Find in sorted array($sorted; 5; >; $first; $last))+" "+String($first)+" "+String($last))  // False 5 5
out(String(Find in sorted array($sorted; 10; >; $first))+" "+String($first))  // False 7
out(String(Find in sorted array($sorted; 0; >; $first))+" "+String($first))  // False 1
// Example 1: insert a value while keeping the array sorted
var $pos : Integer
If (Find in sorted array($sorted; 5; >; $pos))
	out("found")
Else
	INSERT IN ARRAY($sorted; $pos)
	$sorted{$pos}:=5
End if
out(js_array(->$sorted))  // 1,3,3,3,5,7,9
SORT ARRAY($sorted; <)
out(String(Find in sorted array($sorted; 3; <; $first; $last))+" "+String($first)+" "+String($last))  // True 4 6 (9,7,5,3,3,3,1)
out(String(Find in sorted array($sorted; 4; <; $first; $last))+" "+String($first)+" "+String($last))  // False 4 4
// Example 2: texts starting with "test"
ARRAY TEXT($words; 0)
APPEND TO ARRAY($words; "alpha")
APPEND TO ARRAY($words; "test1")
APPEND TO ARRAY($words; "Test2")
APPEND TO ARRAY($words; "testing")
APPEND TO ARRAY($words; "zeta")
var $posFirst; $posLast : Integer
var $output : Text
If (Find in sorted array($words; "test@"; >; $posFirst; $posLast))
	$output:="Found "+String($posLast-$posFirst+1)+" results: "
End if
For ($i; $posFirst; $posLast)
	$output:=$output+$words{$i}+" "
End for
out($output)  // Found 3 results: test1 Test2 testing
// A wildcard before the end: a sequential search
out(String(Find in sorted array($words; "@ta"; >; $posFirst; $posLast))+" "+String($posFirst)+" "+String($posLast))  // True 5 5
out(String(Find in sorted array($words; "@x@"; >; $posFirst; $posLast))+" "+String($posFirst)+" "+String($posLast))  // False -1 -1

// COPY ARRAY
ARRAY TEXT($src; 2)
$src{1}:="x"
$src{2}:="y"
COPY ARRAY($src; $dst)
out(String(Value type($dst))+" "+js_array(->$dst))  // 18 x,y
$dst{1}:="changed"
out($src{1})  // x
ARRAY LONGINT($ints; 0)
ARRAY REAL($reals; 2)
$reals{1}:=1.7
$reals{2}:=2.2
COPY ARRAY($reals; $ints)
out(String(Value type($ints))+" "+js_array(->$ints))  // 16 2,2: the destination keeps its numeric type
ARRAY TEXT($other; 5)
COPY ARRAY($reals; $other)
out(String(Value type($other))+" "+String(Size of array($other)))  // 14 2
ARRAY OBJECT($oa; 1)
$oa{1}:={v: 1}
COPY ARRAY($oa; $ob)
$ob{1}.v:=2
out(String($oa{1}.v))  // 2: object arrays copy references
