// hex($blob) -> the bytes of a BLOB in hexadecimal ("02 06"), read one by
// one with COPY BLOB and BLOB to integer (fourd has no $blob{i} yet)
#DECLARE($blob : Blob) : Text
var $one : Blob
var $i; $byte : Integer
var $t : Text
For ($i; 0; BLOB size($blob)-1)
	SET BLOB SIZE($one; 0)
	COPY BLOB($blob; $one; $i; 1; 1)  // $one: 00 then the byte
	$byte:=BLOB to integer($one; Macintosh byte ordering)
	$t:=$t+Substring("0123456789ABCDEF"; ($byte\16)+1; 1)+Substring("0123456789ABCDEF"; ($byte%16)+1; 1)+" "
End for
return Substring($t; 1; Length($t)-1)
