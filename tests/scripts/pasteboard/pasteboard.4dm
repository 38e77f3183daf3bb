// The in-memory pasteboard (docs/commands-legacy/*pasteboard*.md).
var $blob; $data : Blob
var $t : Text
// Empty at start: "If the pasteboard is empty or does not contain any data
// of the specified type, the command returns an error -102."
out("empty size: "+String(Pasteboard data size("TEXT")))
$t:=Get text from pasteboard
out("empty text: ["+$t+"] OK="+String(OK))

// set-text-to-pasteboard.md: clears, then puts the text; OK = 1.
SET TEXT TO PASTEBOARD("Hello pasteboard")
out("OK after set: "+String(OK))
out("text: "+Get text from pasteboard+" OK="+String(OK))
out("TEXT size > 0: "+String(Pasteboard data size("TEXT")>0))
// "you can retrieve it using […] GET PASTEBOARD DATA("com.4d.private.text.native";...)"
GET PASTEBOARD DATA("com.4d.private.text.native"; $data)
out("native data as text: "+BLOB to text($data; UTF8 text without length))

// clear-pasteboard.md: empty afterwards.
CLEAR PASTEBOARD
out("size after clear: "+String(Pasteboard data size("TEXT")))

// get-pasteboard-data.md example: an array through a private data type.
ARRAY TEXT(asOptions; 3)
asOptions{1}:="red"
asOptions{2}:="green"
asOptions{3}:="blue"
VARIABLE TO BLOB(asOptions; $blob)
CLEAR PASTEBOARD
APPEND DATA TO PASTEBOARD("artx"; $blob)
out("OK after append: "+String(OK))
ARRAY TEXT(asOptions; 0)
If (Pasteboard data size("artx")>0)
	GET PASTEBOARD DATA("artx"; $data)
	BLOB TO VARIABLE($data; asOptions)
End if
out("array back: "+String(Size of array(asOptions))+" "+asOptions{1}+" "+asOptions{3})
out("artx size is the BLOB size: "+String(Pasteboard data size("artx")=BLOB size($blob)))

// clear-pasteboard.md: CLEAR once, then APPEND several formats of one datum.
CLEAR PASTEBOARD
TEXT TO BLOB("plain words"; $blob; UTF8 text without length)
APPEND DATA TO PASTEBOARD("com.4d.private.text.native"; $blob)
APPEND DATA TO PASTEBOARD("4Drc"; $blob)
out("both kept: "+String(Pasteboard data size("4Drc")>0)+" "+Get text from pasteboard)
ARRAY TEXT($sigs; 0)
ARRAY TEXT($natives; 0)
GET PASTEBOARD DATA TYPE($sigs; $natives)
out("types: "+String(Size of array($natives))+" "+$natives{1}+" "+$natives{2})
// SET TEXT TO PASTEBOARD clears the other data.
SET TEXT TO PASTEBOARD("only text")
out("4Drc after set text: "+String(Pasteboard data size("4Drc")))

// get-pasteboard-data.md: "otherwise OK is set to 0 and an error is generated".
var $raised : Boolean
Try
	GET PASTEBOARD DATA("none"; $data)
Catch
	$raised:=True
End try
out("missing type: error "+String($raised)+", OK="+String(OK))
