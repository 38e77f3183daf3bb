// DOCUMENT TO BLOB and BLOB TO DOCUMENT, in a temporary folder
var $dir : Text
var $b : Blob
$dir:=Temporary folder+"fourd-blobdocs-"+Generate UUID+"/"
CREATE FOLDER($dir)

// BLOB TO DOCUMENT creates the document; DOCUMENT TO BLOB reads it whole
TEXT TO BLOB("Café"; $b; UTF8 text without length)
BLOB TO DOCUMENT($dir+"cafe.txt"; $b)
out("OK="+String(OK)+" "+String(Get document size($dir+"cafe.txt")))  // OK=1 5
out(Document to text($dir+"cafe.txt"))  // Café
SET BLOB SIZE($b; 0)
DOCUMENT TO BLOB($dir+"cafe.txt"; $b)
out("OK="+String(OK)+" "+hex($b))  // OK=1 43 61 66 C3 A9
// an existing document is rewritten whole
SET BLOB SIZE($b; 0)
SET BLOB SIZE($b; 2; 0x21)
BLOB TO DOCUMENT($dir+"cafe.txt"; $b)
out(Document to text($dir+"cafe.txt"))  // !!

// variable-to-blob.md example 2: SAVE ARRAY / LOAD ARRAY
ARRAY TEXT(asAnyArray; 300)
asAnyArray{1}:="first"
asAnyArray{300}:="last"
saveArray($dir+"array.data"; ->asAnyArray)
ARRAY TEXT(asAnyArray; 0)
loadArray($dir+"array.data"; ->asAnyArray)
out(String(Size of array(asAnyArray))+" "+asAnyArray{1}+" "+asAnyArray{300})  // 300 first last

// errors: OK = 0 and the file manager's error
Try
	DOCUMENT TO BLOB($dir+"missing.txt"; $b)
Catch
	out("DOCUMENT TO BLOB: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // -43
End try
Try
	BLOB TO DOCUMENT($dir+"nofolder/x.txt"; $b)
Catch
	out("BLOB TO DOCUMENT: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // -120
End try
// a document open in this process cannot be rewritten
var $ref : Time
$ref:=Open document($dir+"cafe.txt")
Try
	BLOB TO DOCUMENT($dir+"cafe.txt"; $b)
Catch
	out("BLOB TO DOCUMENT: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // -43
End try
CLOSE DOCUMENT($ref)
BLOB TO DOCUMENT($dir+"cafe.txt"; $b)
out("OK="+String(OK))  // OK=1 once closed

DELETE FOLDER($dir; Delete with contents)
out(String(Test path name($dir)))  // -43
