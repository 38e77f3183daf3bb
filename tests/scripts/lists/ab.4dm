// The list of list-item-parent.md: a (100) with a - 1 (101) and a - 2
// (102); b (200) with b - 1, b - 2, b - 3 (201…203); both expanded.
#DECLARE() : Integer
var $list; $a; $b : Integer
$a:=New list
APPEND TO LIST($a; "a - 1"; 101)
APPEND TO LIST($a; "a - 2"; 102)
$b:=New list
APPEND TO LIST($b; "b - 1"; 201)
APPEND TO LIST($b; "b - 2"; 202)
APPEND TO LIST($b; "b - 3"; 203)
$list:=New list
APPEND TO LIST($list; "a"; 100; $a; True)
APPEND TO LIST($list; "b"; 200; $b; True)
return $list
