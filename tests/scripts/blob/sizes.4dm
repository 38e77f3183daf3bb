// BLOB size, SET BLOB SIZE, COPY BLOB, INSERT IN BLOB, DELETE FROM BLOB
var $vBlobA; $vBlobB : Blob
out(String(BLOB size($vBlobA)))  // 0: a new BLOB is empty

// dt_blob.md: set the size of the first BLOB to 10K, assign it to another
SET BLOB SIZE($vBlobA; 10*1024)
$vBlobB:=$vBlobA
out(String(BLOB size($vBlobB)))  // 10240
SET BLOB SIZE($vBlobA; 0)  // assigning copies: $vBlobB keeps its bytes
out(String(BLOB size($vBlobA))+" "+String(BLOB size($vBlobB)))  // 0 10240

// blob-size.md: adds 100 bytes to the BLOB
SET BLOB SIZE(myBlob; 0)
SET BLOB SIZE(myBlob; BLOB size(myBlob)+100)
out(String(BLOB size(myBlob)))  // 100

// set-blob-size.md example 2: 16K filled with 0xFF
var vxData : Blob
SET BLOB SIZE(vxData; 16*1024; 0xFF)
out(String(BLOB size(vxData))+" "+hex(vxData)[[1]]+hex(vxData)[[2]])  // 16384 FF
SET BLOB SIZE(vxData; 2)
SET BLOB SIZE(vxData; 4; 0x41)  // only the new bytes get the filler
out(hex(vxData))  // FF FF 41 41
SET BLOB SIZE(vxData; 0)  // frees the memory
out(String(BLOB size(vxData)))  // 0

// COPY BLOB: the destination grows as needed
var $src; $dst : Blob
TEXT TO BLOB("ABCDEF"; $src; UTF8 text without length)
COPY BLOB($src; $dst; 2; 0; 3)
out(hex($dst))  // 43 44 45
COPY BLOB($src; $dst; 0; 5; 2)  // past the end: bytes 3 and 4 are zeros
out(hex($dst))  // 43 44 45 00 00 41 42

// INSERT IN BLOB: the BLOB becomes len bytes larger, filler 0x00 by default
INSERT IN BLOB($src; 1; 2)
out(hex($src))  // 41 00 00 42 43 44 45 46
INSERT IN BLOB($src; 0; 1; 0x2A)
out(hex($src))  // 2A 41 00 00 42 43 44 45 46
INSERT IN BLOB($src; 9; 2; 256+0x21)  // filler modulo 256, at the end
out(hex($src))  // 2A 41 00 00 42 43 44 45 46 21 21

// DELETE FROM BLOB: the BLOB becomes len bytes smaller
DELETE FROM BLOB($src; 2; 2)
out(hex($src))  // 2A 41 42 43 44 45 46 21 21
DELETE FROM BLOB($src; 0; 1)
out(hex($src)+" ("+String(BLOB size($src))+")")  // 41 42 43 44 45 46 21 21 (8)

// through a pointer (dt_blob.md: pass a pointer to avoid duplicating a BLOB)
var $ptr : Pointer
$ptr:=->$dst
SET BLOB SIZE($ptr->; 1)
out(hex($ptr->)+" "+String(BLOB size($dst)))  // 43 1

// a BLOB holds 2147483647 bytes at most (dt_blob.md): error -108
// (set-blob-size.md: the BLOB cannot be resized for lack of memory)
Try
	SET BLOB SIZE($src; 3000000000)
Catch
	out("SET BLOB SIZE: "+String(Last errors[0].errCode)+" "+String(BLOB size($src)))  // -108 8
End try

// each byte is addressable with {i} (dt_blob.md), from 0 to BLOB size-1
var $bytes : Blob
SET BLOB SIZE($bytes; 2)
$bytes{0}:=65
$bytes{1}:=66
out(BLOB to text($bytes; UTF8 text without length)+" "+String($bytes{1}))  // AB 66
Try
	$bytes{2}:=1
Catch
	out("byte 2: out of range")
End try
