// document references: Create/Open/Append document, CLOSE DOCUMENT,
// SEND PACKET, RECEIVE PACKET, positions and sizes, in a temporary folder
var $dir; $t; $line : Text
var vhDoc : Time
var $ref; $ref2 : Time
$dir:=Temporary folder+"fourd-docref-"+Generate UUID+"/"
CREATE FOLDER($dir)

// create-document.md example 1
vhDoc:=Create document($dir+"Note.txt")  // Create new document called Note
If (OK=1)
	SEND PACKET(vhDoc; "Hello")  // Write one word in the document
	CLOSE DOCUMENT(vhDoc)  // Close the document
End if
out(String(Document=($dir+"Note.txt"))+" "+Document to text($dir+"Note.txt"))  // True Hello

// open-document.md example 1: writes from the beginning
vhDoc:=Open document($dir+"Note.txt"; Read and Write)
If (OK=1)
	SEND PACKET(vhDoc; "Good-bye")
	CLOSE DOCUMENT(vhDoc)
End if
out(Document to text($dir+"Note.txt"))  // Good-bye

// append-document.md: writes at the end
var vhDocRef : Time
vhDocRef:=Append document($dir+"Note.txt")
SEND PACKET(vhDocRef; " and so long"+Char(13))
CLOSE DOCUMENT(vhDocRef)
out(Replace string(Document to text($dir+"Note.txt"; "UTF-8"; Document unchanged); Char(13); "<CR>"))  // Good-bye and so long<CR>

// open-document.md example 2: a document open for writing can be read
$ref:=Open document($dir+"Note.txt"; "TEXT")
$ref2:=Open document($dir+"Note.txt"; "TEXT"; Read mode)
out("OK="+String(OK))  // 1
RECEIVE PACKET($ref2; $t; 8)
out($t)  // Good-bye
Try
	$ref2:=Open document($dir+"Note.txt"; Write mode)
Catch
	out("Open document: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // -43: already open for writing
End try
CLOSE DOCUMENT($ref)

// Get pathname: no document opened, ?00:00:00?, OK and Document set
Document:=""
$ref:=Open document($dir+"Note.txt"; Get pathname)
out(String($ref)+" OK="+String(OK)+" "+String(Document=($dir+"Note.txt")))  // 00:00:00 OK=1 True

// RECEIVE PACKET up to a delimiter, until OK = 0 (receive-packet.md example 2)
$ref:=Create document($dir+"lines.txt")
SEND PACKET($ref; "id"+Char(Tab)+"name"+Char(Carriage return)+"1"+Char(Tab)+"Ann"+Char(Carriage return)+"2"+Char(Tab)+"Bob")
SET DOCUMENT POSITION($ref; 0)
Repeat
	RECEIVE PACKET($ref; $line; Char(Carriage return))
	out("["+Replace string($line; Char(Tab); " ")+"] OK="+String(OK))
Until (OK=0)
CLOSE DOCUMENT($ref)

// RECEIVE PACKET by length: fixed-length fields (receive-packet.md example 4)
$ref:=Create document($dir+"fixed.txt")
SEND PACKET($ref; Change string(Char(Space)*15; "John"; 1))
SEND PACKET($ref; Change string(Char(Space)*15; "Smith"; 1))
CLOSE DOCUMENT($ref)
var $Var1; $Var2 : Text
$ref:=Open document($dir+"fixed.txt")
RECEIVE PACKET($ref; $Var1; 15)
RECEIVE PACKET($ref; $Var2; 15)
out("["+$Var1+"]["+$Var2+"] "+String(Get document position($ref)))  // [John           ][Smith          ] 30
// at the end: the data read so far with OK = 1, then "" with OK = 0
SET DOCUMENT POSITION($ref; -11; 2)
RECEIVE PACKET($ref; $Var1; 100)
out("["+$Var1+"] OK="+String(OK))  // [h          ] OK=1
RECEIVE PACKET($ref; $Var1; 100)
out("["+$Var1+"] OK="+String(OK))  // [] OK=0
CLOSE DOCUMENT($ref)

// texts are UTF-8 by default; lengths count characters
$ref:=Create document($dir+"utf8.txt")
SEND PACKET($ref; "éa€b")
out(String(Get document size($ref))+" "+String(Get document position($ref)))  // 7 7
SET DOCUMENT POSITION($ref; 0)
RECEIVE PACKET($ref; $t; 3)
out($t+" "+String(Get document position($ref)))  // éa€ 6
// positions: from the start (default), the end (2), the current position (3)
SET DOCUMENT POSITION($ref; -1; 3)
out(String(Get document position($ref)))  // 5
SET DOCUMENT POSITION($ref; -1; 2)
RECEIVE PACKET($ref; $t; 1)
out($t)  // b
Try
	SET DOCUMENT POSITION($ref; -1)
Catch
	out("SET DOCUMENT POSITION: "+String(Last errors[0].errCode))  // -40
End try
// SET DOCUMENT SIZE cuts (or extends) the document
SET DOCUMENT SIZE($ref; 3)
out(String(Get document size($ref)))  // 3
CLOSE DOCUMENT($ref)
out(Document to text($dir+"utf8.txt"))  // éa

// send-packet.md example 2: a BLOB is written and read as it is
var $send_blob : Blob
var $receive_blob : Blob
TEXT TO BLOB("âzértÿ"; $send_blob; UTF8 text without length)
SET BLOB SIZE($send_blob; 16; 255)
var $vlDocRef : Time
$vlDocRef:=Create document($dir+"blob.test")
If (OK=1)
	SEND PACKET($vlDocRef; $send_blob)
	CLOSE DOCUMENT($vlDocRef)
End if
$vlDocRef:=Open document(Document)
If (OK=1)
	RECEIVE PACKET($vlDocRef; $receive_blob; 65536)
	CLOSE DOCUMENT($vlDocRef)
End if
out(String(BLOB size($receive_blob))+" "+hex($receive_blob))  // 16 C3 A2 7A C3 A9 72 74 C3 BF FF FF FF FF FF FF FF

// USE CHARACTER SET: the output and input maps of texts (not of BLOBs)
USE CHARACTER SET("ISO-8859-1"; 0)
out("OK="+String(OK))  // 1
$ref:=Create document($dir+"latin.txt")
SEND PACKET($ref; "é")
SEND PACKET($ref; $send_blob)
out(String(Get document size($ref)))  // 1+16
CLOSE DOCUMENT($ref)
USE CHARACTER SET(*; 0)  // back to UTF-8
USE CHARACTER SET("latin1"; 1)
$ref:=Open document($dir+"latin.txt")
RECEIVE PACKET($ref; $t; 1)
out($t)  // é
CLOSE DOCUMENT($ref)
USE CHARACTER SET(*; 1)
USE CHARACTER SET("klingon"; 0)
out("OK="+String(OK))  // 0: unknown character set
// a BOM at the start of a Unicode document is filtered out
TEXT TO DOCUMENT($dir+"bom.txt"; "hi"; "UTF-8")  // written with a BOM
out(String(Get document size($dir+"bom.txt")))  // 5
$ref:=Open document($dir+"bom.txt")
RECEIVE PACKET($ref; $t; 2)
out($t)  // hi
CLOSE DOCUMENT($ref)

// a fileType extension completes a name without extension
$ref:=Create document($dir+"Doc"; ".txt")
CLOSE DOCUMENT($ref)
out(String(Test path name($dir+"Doc.txt")))  // 1

// errors
Try
	$ref:=Open document($dir+"missing.txt")
Catch
	out("Open document: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // -43
End try
Try
	$ref:=Create document($dir+"nofolder/new.txt")
Catch
	out("Create document: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // -120
End try
Try
	CLOSE DOCUMENT($ref)
Catch
	out("CLOSE DOCUMENT: "+String(Last errors[0].errCode))  // -51: closed already
End try
Try
	RECEIVE PACKET($t; 10)
Catch
	out("RECEIVE PACKET: "+String(Last errors[0].errCode))  // no SET CHANNEL in fourd
End try

DELETE FOLDER($dir; Delete with contents)
out(String(Test path name($dir)))  // -43
