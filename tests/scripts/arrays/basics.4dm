// APPEND TO ARRAY, INSERT IN ARRAY, DELETE FROM ARRAY, Size of array,
// Find in array, Count in array (commands of the Arrays theme).
var $i : Integer
ARRAY TEXT($t; 0)
APPEND TO ARRAY($t; "a")
APPEND TO ARRAY($t; "b")
APPEND TO ARRAY($t; "c")
out(String(Size of array($t)))  // 3
out($t{3})  // c

// INSERT IN ARRAY: before `where`, empty elements; past the end: appended
INSERT IN ARRAY($t; 2)
out(String(Size of array($t))+" ["+$t{2}+"] "+$t{3})  // 4 [] b
INSERT IN ARRAY($t; 10; 2)
out(String(Size of array($t)))  // 6
$t{6}:="z"
out($t{1}+$t{2}+$t{3}+$t{4}+$t{5}+$t{6})  // abcz

// DELETE FROM ARRAY
DELETE FROM ARRAY($t; 2)
out(String(Size of array($t))+" "+$t{2})  // 5 b
DELETE FROM ARRAY($t; 4; 2)
out(String(Size of array($t)))  // 3
DELETE FROM ARRAY($t; Size of array($t))
out(String(Size of array($t))+" "+$t{1}+$t{2})  // 2 ab

// The example of APPEND TO ARRAY: equivalent to INSERT IN ARRAY + assignment
ARRAY LONGINT($l; 0)
INSERT IN ARRAY($l; Size of array($l)+1)
$l{Size of array($l)}:=10
APPEND TO ARRAY($l; 20)
APPEND TO ARRAY($l; 30.4)  // a number array accepts any number
APPEND TO ARRAY($l; ?00:01:00?)  // and times
out(String($l{1})+" "+String($l{2})+" "+String($l{3})+" "+String($l{4}))  // 10 20 30 60

// An array that does not exist is created from the value's type
APPEND TO ARRAY($new; "x")
out(String(Value type($new))+" "+String(Size of array($new)))  // 18 1
Try
	APPEND TO ARRAY($t; 5)
Catch
	out("incompatible")  // a text array accepts only texts
End try

// Find in array
ARRAY TEXT($names; 5)
$names{1}:="Smith"
$names{2}:=""
$names{3}:="Jones"
$names{4}:=""
$names{5}:="smith"
out(String(Find in array($names; "smith")))  // 1
out(String(Find in array($names; "smith"; 2)))  // 5
out(String(Find in array($names; "J@")))  // 3
out(String(Find in array($names; "Brown")))  // -1
// CLEAN UP ARRAY (example 1): delete every empty element
var $vlElem : Integer
Repeat
	$vlElem:=Find in array($names; "")
	If ($vlElem>0)
		DELETE FROM ARRAY($names; $vlElem)
	End if
Until ($vlElem<0)
out(String(Size of array($names))+" "+$names{1}+" "+$names{2}+" "+$names{3})  // 3 Smith Jones smith

// Object arrays: only references match (example 3)
ARRAY OBJECT($objects; 100)
var $o1; $o2 : Object
$o1:={a: 10; b: "xyz"}
$o2:={a: 10; b: "xyz"}
$objects{20}:=$o1
out(String(Find in array($objects; $o1)))  // 20
out(String(Find in array($objects; $o2)))  // -1
out(String(Find in array($objects; {a: 10; b: "xyz"})))  // -1
// Count in array (example 2)
$objects{21}:=$o1
$objects{22}:=$o1
out(String(Count in array($objects; $o1)))  // 3
out(String(Count in array($objects; $o2)))  // 0

ARRAY BOOLEAN($bools; 4)
$bools{2}:=True
$bools{4}:=True
out(String(Count in array($bools; True)))  // 2
out(String(Count in array($bools; False)))  // 2
ARRAY REAL($r; 3)
$r{1}:=1.5
$r{2}:=2
$r{3}:=1.5
out(String(Count in array($r; 1.5)))  // 2
out(String(Find in array($r; 2)))  // 2

// Pointer arrays
var $x; $y : Text
ARRAY POINTER($ptrs; 2)
$ptrs{1}:=->$x
$ptrs{2}:=->$y
out(String(Find in array($ptrs; ->$y)))  // 2

// Through a pointer
var $pt : Pointer
$pt:=->$l
APPEND TO ARRAY($pt->; 99)
out(String(Size of array($l))+" "+String($l{5}))  // 5 99
out(String(Find in array($pt->; 99)))  // 5
