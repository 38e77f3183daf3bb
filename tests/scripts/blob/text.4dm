// TEXT TO BLOB and BLOB to text in the formats of text-to-blob.md
var vtValue : Text
vtValue:="Café"  // Length of vtValue is 4
SET BLOB SIZE(vxBlob; 0)
TEXT TO BLOB(vtValue; vxBlob; Mac C string)
out(String(BLOB size(vxBlob))+": "+hex(vxBlob))  // 5: 43 61 66 8E 00
TEXT TO BLOB(vtValue; vxBlob; Mac Pascal string)
out(String(BLOB size(vxBlob))+": "+hex(vxBlob))  // 5: 04 43 61 66 8E
TEXT TO BLOB(vtValue; vxBlob; Mac text with length)
out(String(BLOB size(vxBlob))+": "+hex(vxBlob))  // 6: 00 04 43 61 66 8E
TEXT TO BLOB(vtValue; vxBlob; Mac text without length)
out(String(BLOB size(vxBlob))+": "+hex(vxBlob))  // 4: 43 61 66 8E
TEXT TO BLOB(vtValue; vxBlob; UTF8 C string)
out(String(BLOB size(vxBlob))+": "+hex(vxBlob))  // 6: 43 61 66 C3 A9 00
TEXT TO BLOB(vtValue; vxBlob; UTF8 text with length)
out(String(BLOB size(vxBlob))+": "+hex(vxBlob))  // 9: 00 00 00 05 43 61 66 C3 A9
TEXT TO BLOB(vtValue; vxBlob; UTF8 text without length)
out(String(BLOB size(vxBlob))+": "+hex(vxBlob))  // 5: 43 61 66 C3 A9

// the empty text
TEXT TO BLOB(""; vxBlob; UTF8 C string)
out(hex(vxBlob))  // 00
TEXT TO BLOB(""; vxBlob; Mac Pascal string)
out(hex(vxBlob))  // 00
TEXT TO BLOB(""; vxBlob; UTF8 text with length)
out(hex(vxBlob))  // 00 00 00 00
TEXT TO BLOB(""; vxBlob; Mac text with length)
out(hex(vxBlob))  // 00 00
TEXT TO BLOB(""; vxBlob; UTF8 text without length)
out(String(BLOB size(vxBlob)))  // 0: no data

// without textFormat: Mac C string
TEXT TO BLOB("Café"; vxBlob)
out(hex(vxBlob))  // 43 61 66 8E 00

// several texts in one BLOB, then read back with an offset
var $b : Blob
var $o : Integer
TEXT TO BLOB("Hello"; $b; UTF8 C string; *)
TEXT TO BLOB("Crème brûlée"; $b; UTF8 text with length; *)
TEXT TO BLOB("Noël"; $b; Mac Pascal string; *)
TEXT TO BLOB("Zoë"; $b; Mac text with length; *)
TEXT TO BLOB("ÀB€"; $b; UTF8 text without length; *)
TEXT TO BLOB("ÿ!"; $b; Mac text without length; *)
TEXT TO BLOB("end"; $b; Mac C string; *)
$o:=0
out(BLOB to text($b; UTF8 C string; $o)+" "+String($o))  // Hello 6
out(BLOB to text($b; UTF8 text with length; $o)+" "+String($o))  // Crème brûlée 6+4+15=25
out(BLOB to text($b; Mac Pascal string; $o)+" "+String($o))  // Noël 30
out(BLOB to text($b; Mac text with length; $o)+" "+String($o))  // Zoë 35
out(BLOB to text($b; UTF8 text without length; $o; 3)+" "+String($o))  // ÀB€: 2+1+3 bytes, 41
out(BLOB to text($b; Mac text without length; $o; 2)+" "+String($o))  // ÿ! 43
out(BLOB to text($b; Mac C string; $o)+" "+String($o))  // end 47
out(String(BLOB size($b)))  // 47

// without offset, the beginning of the BLOB is read
out(BLOB to text($b; UTF8 C string))  // Hello

// writing at an offset
SET BLOB SIZE($b; 0)
$o:=2
TEXT TO BLOB("AB"; $b; UTF8 C string; $o)
out(hex($b)+" / "+String($o))  // 00 00 41 42 00 / 5

// a C string without its NUL is read to the end of the BLOB
TEXT TO BLOB("abc"; $b; UTF8 text without length)
out(BLOB to text($b; UTF8 C string))  // abc

// characters Mac Roman lacks become "?"
TEXT TO BLOB("€→"; $b; Mac text without length)
out(hex($b))  // DB 3F (€ is $DB in Mac Roman)

// errors
Try
	$o:=10
	out(BLOB to text($b; UTF8 C string; $o))
Catch
	out("BLOB to text: "+String(Last errors[0].errCode))  // -111: outside the BLOB
End try
Try
	TEXT TO BLOB("x"; $b; 7)
Catch
	out("TEXT TO BLOB: "+String(Last errors[0].errCode))  // unknown format
End try
