// Apple (1), Pear (2), Plum (3) with Plum Red (31) and Plum Yellow (32)
// expanded, Peach (4).
#DECLARE() : Integer
var $list; $plums : Integer
$plums:=New list
APPEND TO LIST($plums; "Plum Red"; 31)
APPEND TO LIST($plums; "Plum Yellow"; 32)
$list:=New list
APPEND TO LIST($list; "Apple"; 1)
APPEND TO LIST($list; "Pear"; 2)
APPEND TO LIST($list; "Plum"; 3; $plums; True)
APPEND TO LIST($list; "Peach"; 4)
return $list
