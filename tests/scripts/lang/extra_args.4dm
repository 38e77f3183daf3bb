// `$1` declared; the arguments after it are read and written through
// `${n}` (parameters.md, "Parameter indirection"). They are copies.
C_TEXT($0; $1)
C_LONGINT($i)
$0:=$1
For ($i; 2; Count parameters)
	${$i}:=String(${$i})+"!"
	$0:=$0+","+${$i}
End for
