// Match regex: the examples of the Match regex docs.
// Complete equality (two parameters).
out(String(Match regex(".*smith.*"; "john smith jr")))
out(String(Match regex("smith"; "john smith jr")))
out(String(Match regex("a|b"; "b")))
// Search by position: every tag of a text (example 2).
var $text : Text
var $start; $pos_found; $length_found : Integer
var $vfound : Boolean
$text:="<p>Hello <b>you</b></p>"
$start:=1
Repeat
	$vfound:=Match regex("<[^>]*>"; $text; $start; $pos_found; $length_found)
	If ($vfound)
		out(String($pos_found)+" "+String($length_found)+" "+Substring($text; $pos_found; $length_found))
		$start:=$pos_found+$length_found
	End if
Until (Not($vfound))
// Capture groups into arrays (example 3).
ARRAY LONGINT($pos_found_array; 0)
ARRAY LONGINT($length_found_array; 0)
$text:="some stuff here"
$vfound:=Match regex("(.*)stuff(.*)"; $text; 1; $pos_found_array; $length_found_array)
out(String($vfound)+" "+String(Size of array($pos_found_array)))
out(String($pos_found_array{0})+" "+String($length_found_array{0}))
out("["+Substring($text; $pos_found_array{1}; $length_found_array{1})+"]")
out("["+Substring($text; $pos_found_array{2}; $length_found_array{2})+"]")
// * : only at the start position (example 4).
out(String(Match regex("a.b"; "---a-b---"; 1; $pos_found; $length_found)))
out(String($pos_found)+" "+String($length_found))
out(String(Match regex("a.b"; "---a-b---"; 1; $pos_found; $length_found; *)))
out(String(Match regex("a.b"; "---a-b---"; 4; $pos_found; $length_found; *)))
// Start only, positions in UTF-16 units, case-insensitive flag, look-ahead.
out(String(Match regex("b"; "abc"; 3)))
out(String(Match regex("b"; "😀éb"; 1; $pos_found; $length_found))+" "+String($pos_found))
out(String(Match regex("(?i)HELLO"; "say hello")))
out(String(Match regex("(?i)HELLO"; "say hello"; 1)))
out(String(Match regex("\\w+(?=!)"; "so fancy!"; 1; $pos_found; $length_found))+" "+String($pos_found)+" "+String($length_found))
// A bad pattern is an error.
Try
	$vfound:=Match regex("("; "x")
	out("no error")
Catch
	out("error")
End try
