// an empty document name shows a file dialog: headless, fourd answers
// Cancel (create-document.md: "no document is created; returns a null
// DocRef and sets the OK variable to 0")
var $ref : Time
OK:=1
$ref:=Create document("")
out(String($ref)+" OK="+String(OK))  // 00:00:00 OK=0
OK:=1
$ref:=Open document(""; "TEXT")
out(String($ref)+" OK="+String(OK))
OK:=1
$ref:=Append document("")
out(String($ref)+" OK="+String(OK))
