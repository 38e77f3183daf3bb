// COMPRESS BLOB, EXPAND BLOB, BLOB PROPERTIES
var vxMyBlob : Blob
var $vlCompressed; $vlExpandedSize; $vlCurrentSize : Integer
SET BLOB SIZE(vxMyBlob; 1000; 0x41)

// compress-blob.md example 1: compress the BLOB if it is not compressed
BLOB PROPERTIES(vxMyBlob; $vlCompressed; $vlExpandedSize; $vlCurrentSize)
out(String($vlCompressed)+" "+String($vlExpandedSize)+" "+String($vlCurrentSize))  // 0 1000 1000
If ($vlCompressed=Is not compressed)
	COMPRESS BLOB(vxMyBlob)
End if
out("OK="+String(OK))  // 1
BLOB PROPERTIES(vxMyBlob; $vlCompressed; $vlExpandedSize; $vlCurrentSize)
out(String($vlCompressed=Compact compression mode)+" "+String($vlExpandedSize)+" "+String($vlCurrentSize<$vlExpandedSize))  // True 1000 True

// applied to a compressed BLOB, COMPRESS BLOB does nothing
var $size : Integer
$size:=BLOB size(vxMyBlob)
COMPRESS BLOB(vxMyBlob; Fast compression mode)
out(String(BLOB size(vxMyBlob)=$size))  // True

// expand-blob.md example 1: expand the BLOB if it is compressed
If ($vlCompressed#Is not compressed)
	EXPAND BLOB(vxMyBlob)
End if
out("OK="+String(OK)+" "+String(BLOB size(vxMyBlob))+" "+Substring(hex(vxMyBlob); 1; 5))  // OK=1 1000 41 41

// every mode
ARRAY LONGINT($modes; 4)
$modes{1}:=Compact compression mode
$modes{2}:=Fast compression mode
$modes{3}:=GZIP best compression mode
$modes{4}:=GZIP fast compression mode
var $i : Integer
var $b : Blob
For ($i; 1; 4)
	TEXT TO BLOB("Hello, World! "*30; $b; UTF8 text without length)
	COMPRESS BLOB($b; $modes{$i})
	BLOB PROPERTIES($b; $vlCompressed; $vlExpandedSize)
	EXPAND BLOB($b)
	out(String($vlCompressed)+" "+String($vlExpandedSize)+" "+String(BLOB to text($b; UTF8 text without length)=("Hello, World! "*30)))
End for

// BLOB properties of a GZIP BLOB: a standard gzip stream ($1F $8B)
TEXT TO BLOB("x"*300; $b; UTF8 text without length)
COMPRESS BLOB($b; GZIP best compression mode)
out(Substring(hex($b); 1; 5))  // 1F 8B

// an unknown mode is compact compression
TEXT TO BLOB("y"*300; $b; UTF8 text without length)
COMPRESS BLOB($b; 99)
BLOB PROPERTIES($b; $vlCompressed)
out(String($vlCompressed))  // 1

// BLOBs under 255 bytes are not compressed: OK = 0, no error
SET BLOB SIZE($b; 0)
SET BLOB SIZE($b; 254)
COMPRESS BLOB($b)
BLOB PROPERTIES($b; $vlCompressed)
out("OK="+String(OK)+" "+String($vlCompressed)+" "+String(BLOB size($b)))  // OK=0 0 254

// expanding a BLOB that is not compressed: error -10600
Try
	EXPAND BLOB($b)
Catch
	out("EXPAND BLOB: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // OK=0 error -10600
End try

// a damaged compressed BLOB: error -10600
TEXT TO BLOB("z"*300; $b; UTF8 text without length)
COMPRESS BLOB($b)
SET BLOB SIZE($b; BLOB size($b)-2)
Try
	EXPAND BLOB($b)
Catch
	out("EXPAND BLOB: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // OK=0 error -10600
End try
