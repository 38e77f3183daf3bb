// Names are read case-insensitively (identifiers.md: only object property
// names are case sensitive): locals in any case, accented ones too,
// commands, constants and keywords, and C_ declarations.
var $MyVar : Integer
$MyVar:=1
$myvar:=$myvar+1
var $Été : Text
$été:="x"
out(String($MYVAR)+$ÉTÉ)
var $o : Object
$o:=New object("Name"; "a"; "name"; "b")
out($o.Name+$o.name)
LOG EVENT(into system standard outputs; STRING(True)+Char(Line feed))
C_LONGINT($k)
$K:=5
if ($k=5)
	out(string($K))
END IF
