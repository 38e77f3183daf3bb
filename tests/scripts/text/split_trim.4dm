// Split string and Trim: the docs' examples.
var $vt : Text
$vt:="John;Doe;120 jefferson st.;Riverside;; NJ; 08075"
out(join(Split string($vt; ";")))
out(join(Split string($vt; ";"; sk ignore empty strings)))
out(join(Split string($vt; ";"; sk ignore empty strings+sk trim spaces)))
out(join(Split string($vt; ";"; sk trim spaces)))
// A separator of several characters, none found, the empty separator.
out(join(Split string("Name||Smith||age||40"; "||")))
out(join(Split string("abc"; ",")))
out(join(Split string("abc"; "")))
// An empty text has no parts (CollectionClass.md, .flatMap() example 2).
out(join(Split string(""; ",")))
out(join(Split string(""; ","; sk ignore empty strings)))
out(join(Split string("a, ,b"; ","; sk ignore empty strings+sk trim spaces)))
// Trim, Trim start, Trim end.
var $input : Text
$input:="     Hello World!    "
out("["+Trim($input)+"]")
out("["+Trim start($input)+"]")
out("["+Trim end($input)+"]")
out("["+Trim(Char(Tab)+Char(Line feed)+" x "+Char(Carriage return))+"]")
out("["+Trim("")+"]")
out("["+Trim("a b")+"]")
