// 4D.Blob objects passed to BLOB commands and file functions (dt_blob.md
// "Passing blobs and blob objects to 4D commands", FileClass.md), in a
// temporary folder removed at the end
var $root : 4D.Folder
$root:=Folder(Temporary folder; fk platform path).folder("fourd-blobs-"+Generate UUID)
$root.create()

// FileClass.md .getContent(): "returns a 4D.Blob object containing the
// entire content of a file" (since 19 R2)
var $f : 4D.File
$f:=$root.file("data.txt")
$f.setText("Hello"; "UTF-8-no-bom")
var $content : 4D.Blob
$content:=$f.getContent()
out(String(OB Instance of($content; 4D.Blob)))  // True
out(String(Value type($f.getContent())=Is object))  // True
out(String($content.size)+" "+Convert to text($content; "UTF-8"))  // 5 Hello
// FileClass.md example: the content stored in a Blob (field) is a scalar blob
// (dt_blob.md: a 4D.Blob assigned to a Blob becomes a scalar blob)
var $aBlobField : Blob
$aBlobField:=$f.getContent()
out(String(Value type($aBlobField)=Is BLOB)+" "+String(BLOB size($aBlobField)))  // True 5

// FileClass.md .setContent(content : Blob): a scalar blob or a 4D.Blob
// (dt_blob.md: either can be passed where a blob is expected)
$f.setContent($content.slice(1; 4))
out($f.getText())  // ell
var $scalar : Blob
TEXT TO BLOB("World"; $scalar; UTF8 text without length)
$f.setContent($scalar)
out($f.getText())  // World

// commands that read a blob accept a 4D.Blob
var $blob : 4D.Blob
$blob:=4D.Blob.new($scalar)
out(String(BLOB size($blob)))  // 5
var $vlOffset : Integer
out(String(BLOB to longint($blob; Macintosh byte ordering; $vlOffset)))  // 1466921580: 0x576F726C ("Worl")
out(String($vlOffset))  // 4: advanced past what was read
var $b64 : Text
BASE64 ENCODE($blob; $b64)
out($b64)  // V29ybGQ=
out(String(Generate digest($blob; SHA1 digest)=Generate digest($scalar; SHA1 digest)))  // True: the same bytes
var $doc : Text
$doc:=$root.platformPath+"doc.bin"
BLOB TO DOCUMENT($doc; $blob.slice(0; 3))
out(String(OK)+" "+File($doc; fk platform path).getText())  // 1 Wor
var $dst : Blob
COPY BLOB($blob; $dst; 1; 0; 3)
out(hex($dst))  // 6F 72 6C ("orl")

// commands that alter a blob "do not support the 4D.Blob type" (dt_blob.md list)
Try
	INSERT IN BLOB($blob; 0; 2)
	out("inserted")
Catch
	out("error: INSERT IN BLOB")  // expected
End try
Try
	DELETE FROM BLOB($blob; 0; 2)
	out("deleted")
Catch
	out("error: DELETE FROM BLOB")  // expected
End try
Try
	LONGINT TO BLOB(1; $blob; PC byte ordering)
	out("written")
Catch
	out("error: LONGINT TO BLOB")  // expected
End try
Try
	VARIABLE TO BLOB($doc; $blob)
	out("stored")
Catch
	out("error: VARIABLE TO BLOB")  // expected
End try
out(String($blob.size)+" "+Convert to text($blob; "UTF-8"))  // 5 World: unchanged

// dt_blob.md: `var $myBlob: 4D.Blob` then CONVERT FROM TEXT(…; $myBlob):
// the variable receives a 4D.Blob
var $myBlob : 4D.Blob
var $kept : 4D.Blob
$kept:=$blob
CONVERT FROM TEXT("Hello, World!"; "UTF-8"; $myBlob)
out(String(OB Instance of($myBlob; 4D.Blob))+" "+BLOB to text($myBlob; UTF8 text without length))  // True Hello, World!
// DOCUMENT TO BLOB is not in the list either
DOCUMENT TO BLOB($doc; $blob)
out(String(OK)+" "+String(OB Instance of($blob; 4D.Blob))+" "+Convert to text($blob; "UTF-8"))  // 1 True Wor
// a 4D.Blob is not altered: the one still referenced by $kept is unchanged
out(Convert to text($kept; "UTF-8"))  // World

// a blob object kept in an object survives VARIABLE TO BLOB / BLOB TO VARIABLE
var $o; $o2 : Object
var $stored : Blob
$o:=New object("blob"; $kept)
VARIABLE TO BLOB($o; $stored)
BLOB TO VARIABLE($stored; $o2)
out(String(OK)+" "+String(OB Instance of($o2.blob; 4D.Blob))+" "+Convert to text($o2.blob; "UTF-8"))  // 1 True World

$root.delete(Delete with contents)
out(String($root.exists))  // False
