// Number display formats: the table of the "Number format" docs, each
// format applied to 1234.50, -1234.50 and 0 (brackets show the spaces
// that ^ placeholders display).
var $formats : Collection
$formats:=New collection("###"; "####"; "#######"; "#####.##"; "####0.00"; "#####0"; "+#####0;-#####0;0"; "#####0DB;#####0CR;0"; "#####0;(#####0)"; "###,##0"; "##,##0.00"; "^^^^^^^"; "^^^^^^0"; "^^^,^^0"; "^^,^^0.00"; "*******"; "******0"; "***,**0"; "**,**0.00"; "$*,**0.00;-$*,**0.00"; "$^^^^0"; "$^^^0;-$^^^0"; "$^^^0 ;($^^^0)"; "$^,^^0.00 ;($^,^^0.00)"; "&2"; "&xml")
var $i : Integer
For ($i; 0; $formats.length-1)
	out($formats[$i]+" ["+String(1234.5; $formats[$i])+"] ["+String(-1234.5; $formats[$i])+"] ["+String(0; $formats[$i])+"]")
End for
// Scientific notation rounds: 759.62 with &3.
out(String(759.62; "&3"))
// A number as a time: &/5 is the 5th time format (HH MM AM PM).
out(String(25000; "&/5"))
// ##0: -26 fits, -260 does not (the minus sign takes a placeholder).
out(String(-26; "##0"))
out(String(-260; "##0"))
// Positive;negative;zero: a second semicolon with nothing after it shows
// nothing for zero; without it zero uses the positive part.
out("["+String(0; "$###,##0.00;($###,##0.00);")+"]")
out(String(0; "$###,##0.00;($###,##0.00)"))
out(String(-1234.5; "$###,##0.00;($###,##0.00)"))
// The zero part is shown as typed.
out(String(0; "###;###;#"))
// Characters before placeholders always appear.
out(String(5; "$##0"))
