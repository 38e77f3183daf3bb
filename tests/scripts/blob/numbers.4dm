// INTEGER/LONGINT/REAL TO BLOB and BLOB to integer/longint/real, with the
// examples of their pages; fourd runs on Intel/ARM: native order is PC order
var vlOffset : Integer

// integer-to-blob.md example 1: written at offset 50 of a 100-byte BLOB
SET BLOB SIZE(vxBlob; 100)
vlOffset:=50
INTEGER TO BLOB(518; vxBlob; Macintosh byte ordering; vlOffset)
out(String(BLOB size(vxBlob))+" "+Substring(hex(vxBlob); 151; 5)+" "+String(vlOffset))  // 100 02 06 52
// example 2: PC order; the BLOB becomes the 2 bytes
INTEGER TO BLOB(0x0206; vxBlob; PC byte ordering)
out(hex(vxBlob))  // 06 02
// example 3: appended with *
SET BLOB SIZE(vxBlob; 100)
INTEGER TO BLOB(0x0206; vxBlob; PC byte ordering; *)
out(String(BLOB size(vxBlob))+" "+Substring(hex(vxBlob); 301; 5))  // 102 06 02
// example 4: native order (Intel platform)
INTEGER TO BLOB(0x0206; vxBlob; Native byte ordering)
out(hex(vxBlob))  // 06 02
// example 5: Macintosh order
INTEGER TO BLOB(0x0206; vxBlob; Macintosh byte ordering)
out(hex(vxBlob))  // 02 06

// longint-to-blob.md examples 1 to 5
LONGINT TO BLOB(0x01020304; vxBlob; Native byte ordering)
out(hex(vxBlob))  // 04 03 02 01 (Intel)
LONGINT TO BLOB(0x01020304; vxBlob; Macintosh byte ordering)
out(hex(vxBlob))  // 01 02 03 04
LONGINT TO BLOB(0x01020304; vxBlob; PC byte ordering)
out(hex(vxBlob))  // 04 03 02 01
SET BLOB SIZE(vxBlob; 100)
LONGINT TO BLOB(0x01020304; vxBlob; PC byte ordering; *)
out(String(BLOB size(vxBlob))+" "+Substring(hex(vxBlob); 301; 11))  // 104 04 03 02 01
SET BLOB SIZE(vxBlob; 100)
vlOffset:=50
LONGINT TO BLOB(0x01020304; vxBlob; Macintosh byte ordering; vlOffset)
out(String(BLOB size(vxBlob))+" "+Substring(hex(vxBlob); 151; 11)+" "+String(vlOffset))  // 100 01 02 03 04 54

// writing past the end grows the BLOB with zeros
var $b : Blob
var $o : Integer
$o:=3
INTEGER TO BLOB(-2; $b; Macintosh byte ordering; $o)
out(hex($b)+" / "+String($o))  // 00 00 00 FF FE / 5

// BLOB to integer / longint: read at an offset that advances
LONGINT TO BLOB(-5; $b; PC byte ordering)
INTEGER TO BLOB(300; $b; PC byte ordering; *)
INTEGER TO BLOB(-300; $b; Macintosh byte ordering; *)
$o:=0
out(String(BLOB to longint($b; PC byte ordering; $o))+" "+String($o))  // -5 4
out(String(BLOB to integer($b; PC byte ordering; $o))+" "+String($o))  // 300 6
out(String(BLOB to integer($b; Macintosh byte ordering; $o))+" "+String($o))  // -300 8
out(String(BLOB to longint($b; Macintosh byte ordering)))  // first 4 bytes FB FF FF FF: -67108865
out(String(BLOB to integer($b; Native byte ordering)))  // FB FF: -5
// a value too large for 2 bytes keeps its low 16 bits
INTEGER TO BLOB(70000; $b; PC byte ordering)
out(String(BLOB to integer($b; PC byte ordering)))  // 70000-65536 = 4464

// blob-to-integer.md: reading 20 values from offset 0x200
SET BLOB SIZE(vxSomeBlob; 0x200)
var $i : Integer
For ($i; 1; 20)
	INTEGER TO BLOB($i*10; vxSomeBlob; PC byte ordering; *)
End for
var $vlOffset; $viLoop; $sum : Integer
$vlOffset:=0x200
For ($viLoop; 0; 19)
	$sum:=$sum+BLOB to integer(vxSomeBlob; PC byte ordering; $vlOffset)
End for
out(String($sum)+" "+String($vlOffset))  // 2100 552

// reading outside the BLOB: error -111
Try
	$o:=3
	$i:=BLOB to longint($b; PC byte ordering; $o)
Catch
	out("BLOB to longint: "+String(Last errors[0].errCode)+" offset "+String($o))  // -111 offset 3
End try
Try
	$o:=-1
	$i:=BLOB to integer($b; PC byte ordering; $o)
Catch
	out("BLOB to integer: "+String(Last errors[0].errCode))  // -111
End try

// REAL TO BLOB: sizes of real-to-blob.md's examples
var vrValue : Real
vrValue:=-1234.5678
REAL TO BLOB(vrValue; vxBlob; Extended real format)
out(String(BLOB size(vxBlob)))  // 10: extended
REAL TO BLOB(vrValue; vxBlob; Native real format)
out(String(BLOB size(vxBlob)))  // 8: native
SET BLOB SIZE(vxBlob; 100)
vlOffset:=50
REAL TO BLOB(vrValue; vxBlob; PC double real format; vlOffset)
out(String(BLOB size(vxBlob))+" "+String(vlOffset))  // 100 58
REAL TO BLOB(vrValue; vxBlob; Macintosh double real format)
out(String(BLOB size(vxBlob)))  // 8: Macintosh double
SET BLOB SIZE(vxBlob; 100)
REAL TO BLOB(vrValue; vxBlob; Extended real format; *)
out(String(BLOB size(vxBlob)))  // 110: appended in extended format
// byte layouts of 1.0: IEEE double, both orders
REAL TO BLOB(1; $b; Macintosh double real format)
out(hex($b))  // 3F F0 00 00 00 00 00 00
REAL TO BLOB(1; $b; PC double real format)
out(hex($b))  // 00 00 00 00 00 00 F0 3F
// and the value read back in every format (0 to 3, real-to-blob.md)
var $r : Real
For ($i; 0; 3)
	REAL TO BLOB(vrValue; $b; $i)
	INTEGER TO BLOB(7; $b; PC byte ordering; *)
	$o:=0
	$r:=BLOB to real($b; $i; $o)
	out(String($i)+": "+String($r)+" "+String($o))
End for
Try
	$r:=BLOB to real($b; 1; $o)
Catch
	out("BLOB to real: "+String(Last errors[0].errCode))  // -111
End try
