// document commands (theme System Documents), in a temporary folder
var $dir : Text
$dir:=Temporary folder+"fourd-docs-"+Generate UUID+"/"
out(String(Test path name($dir)))  // -43: not found
CREATE FOLDER($dir)
out(String(Test path name($dir)=Is a folder))  // True

// TEXT TO DOCUMENT / Document to text
TEXT TO DOCUMENT($dir+"myTest.txt";"This is a test")
out(Document to text($dir+"myTest.txt"))
out(String(Test path name($dir+"myTest.txt")=Is a document))  // True
out(String(Get document size($dir+"myTest.txt")))  // 14: UTF-8 without BOM
TEXT TO DOCUMENT($dir+"lines.txt";"id\tname\r3\tthé";"UTF-8";Document with CRLF)
out(String(Get document size($dir+"lines.txt")))  // 18: BOM (3) + 15 bytes
out(String(Length(Document to text($dir+"lines.txt";"UTF-8";Document unchanged))))  // 14: CRLF kept
out(String(Length(Document to text($dir+"lines.txt"))))  // 13: native LF
TEXT TO DOCUMENT($dir+"latin.txt";"thé";"ISO-8859-1")
out(String(Get document size($dir+"latin.txt")))  // 3
out(Document to text($dir+"latin.txt";"ISO-8859-1"))
out(Document to text($dir+"latin.txt";4))  // by MIBEnum number
Try
	out(Document to text($dir+"missing.txt"))
Catch
	out("Document to text: "+String(Last errors[0].errCode))  // -43
End try

// CREATE FOLDER with * creates the hierarchy; a final document name is ignored
CREATE FOLDER($dir+"Archives/2011/January/Doc.txt";*)
out(String(Test path name($dir+"Archives/2011/January")))  // 0
out(String(Test path name($dir+"Archives/2011/January/Doc.txt")))  // -43
Try
	CREATE FOLDER($dir+"Other/Sub")
Catch
	out("CREATE FOLDER: "+String(Last errors[0].errCode))  // -120: Other does not exist
End try

// COPY DOCUMENT / MOVE DOCUMENT
COPY DOCUMENT($dir+"myTest.txt";$dir+"Archives/")
COPY DOCUMENT($dir+"myTest.txt";$dir+"Archives/";"new.txt")
COPY DOCUMENT($dir+"myTest.txt";$dir+"copy.txt")
Try
	COPY DOCUMENT($dir+"myTest.txt";$dir+"copy.txt")
Catch
	out("COPY DOCUMENT: "+String(Last errors[0].errCode))  // -48: already exists
End try
COPY DOCUMENT($dir+"myTest.txt";$dir+"copy.txt";*)
Try
	COPY DOCUMENT($dir+"Archives/";$dir+"Other/")
Catch
	out("COPY DOCUMENT: "+String(Last errors[0].errCode))  // -120: the destination folder must exist
End try
CREATE FOLDER($dir+"Other")
COPY DOCUMENT($dir+"Archives/";$dir+"Other/")  // creates Other/Archives/
out(String(Test path name($dir+"Other/Archives/new.txt"))+" "+String(Test path name($dir+"Other/Archives/2011/January")))  // 1 0
MOVE DOCUMENT($dir+"copy.txt";$dir+"Archives/moved.txt")
out(String(Test path name($dir+"copy.txt"))+" "+String(Test path name($dir+"Archives/moved.txt")))  // -43 1

// DOCUMENT LIST / FOLDER LIST
ARRAY TEXT($docs;0)
DOCUMENT LIST($dir+"Archives/";$docs)
out(String(Size of array($docs))+" "+$docs{1}+" "+$docs{2}+" "+$docs{3})
DOCUMENT LIST($dir;$docs;Recursive parsing+Posix path)
var $i : Integer
var $all : Text
For ($i; 1; Size of array($docs))
	$all:=$all+$docs{$i}+" "
End for
out($all)
DOCUMENT LIST($dir;$docs;Absolute path)
out(String($docs{1}=($dir+"latin.txt")))
ARRAY TEXT($folders;0)
FOLDER LIST($dir;$folders)
out(String(Size of array($folders))+" "+$folders{1})

// DELETE DOCUMENT sets OK
DELETE DOCUMENT($dir+"myTest.txt")
out("OK="+String(OK)+" "+String(Test path name($dir+"myTest.txt")))
Try
	DELETE DOCUMENT($dir+"myTest.txt")
Catch
	out("DELETE DOCUMENT: "+String(Last errors[0].errCode)+" OK="+String(OK))  // -43 OK=0
End try

// DELETE FOLDER
Try
	DELETE FOLDER($dir+"Archives/")
Catch
	out("DELETE FOLDER: "+String(Last errors[0].errCode))  // -47: not empty
End try
DELETE FOLDER($dir;Delete with contents)
out(String(Test path name($dir)))  // -43
