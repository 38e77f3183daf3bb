// hex($blob) -> the bytes of a BLOB in hexadecimal ("02 06"), read with
// $blob{i} (dt_blob.md: each byte of a BLOB is addressable with {i})
#DECLARE($blob : Blob) : Text
var $i; $byte : Integer
var $t : Text
For ($i; 0; BLOB size($blob)-1)
	$byte:=$blob{$i}
	$t:=$t+Substring("0123456789ABCDEF"; ($byte\16)+1; 1)+Substring("0123456789ABCDEF"; ($byte%16)+1; 1)+" "
End for
return Substring($t; 1; Length($t)-1)
