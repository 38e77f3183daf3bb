// Generate UUID (commands/generate-uuid.md): 32 hexadecimal characters,
// version 4 by default, 7 on request
var $id; $other : Text
var $i; $code : Integer
var $hex : Boolean
$id:=Generate UUID
$other:=Generate UUID
out(String(Length($id)))  // 32
$hex:=True
For ($i; 1; Length($id))
	$code:=Character code(Substring($id; $i; 1))
	If (Not((($code>=48) & ($code<=57)) | (($code>=65) & ($code<=70))))
		$hex:=False
	End if
End for
out(String($hex))  // True: upper-case hexadecimal
out(String($id#$other))  // True
out(Substring($id;13;1))  // 4: the version digit
out(Substring(Generate UUID(4);13;1))
out(Substring(Generate UUID(7);13;1))  // 7
out(String(Length(Generate UUID(7))))
