// Errors (XML DOM overview, "Error Handling"): OK = 0, an error, and the
// reference of 32 zeros; XML GET ERROR describes a malformed source.
var $root; $ref; $text; $value : Text
var $line; $column : Integer

// a malformed source (the end tag does not match)
Try
	$root:=DOM Parse XML variable("<a>\n  <b></c>\n</a>")
Catch
	out("parse: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // parse: OK=0 error -9911 (4D: XML parser error)
End try
XML GET ERROR($root; $text; $line; $column)
out("line "+String($line)+", error text given: "+String($text#""))  // line 2, error text given: True
// no root element, two root elements
Try
	$root:=DOM Parse XML variable("")
Catch
	out("empty: OK="+String(OK))  // empty: OK=0
End try
Try
	$root:=DOM Parse XML variable("<a/><b/>")
Catch
	out("two roots: OK="+String(OK))  // two roots: OK=0
End try

// an invalid reference
Try
	DOM GET XML ELEMENT VALUE("not a reference"; $value)
Catch
	out("bad ref: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // bad ref: OK=0 error -9915 (4D: the reference is invalid)
End try
// a closed document's references are invalid
$root:=DOM Create XML Ref("r")
$ref:=DOM Create XML element($root; "e")
DOM CLOSE XML($root)
Try
	DOM SET XML ELEMENT VALUE($ref; "x")
Catch
	out("closed: OK="+String(OK))  // closed: OK=0
End try
// a removed element's reference is invalid
$root:=DOM Create XML Ref("r")
$ref:=DOM Create XML element($root; "e")
DOM REMOVE XML ELEMENT($ref)
out("removed: OK="+String(OK)+" "+String(DOM Count XML elements($root; "e")))  // removed: OK=1 0
Try
	DOM SET XML ATTRIBUTE($ref; "a"; "1")
Catch
	out("removed ref: OK="+String(OK))  // removed ref: OK=0
End try
// DOM CLOSE XML needs the root (dom-close-xml.md)
$ref:=DOM Create XML element($root; "e")
Try
	DOM CLOSE XML($ref)
Catch
	out("close an element: OK="+String(OK))  // close an element: OK=0
End try

// dom-create-xml-element.md: an element name starting with a digit is invalid
Try
	$ref:=DOM Create XML element($root; "1elem")
Catch
	out("1elem: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // 1elem: OK=0 error -9918
End try
// dom-find-xml-element.md: an invalid XPath is an error
Try
	$ref:=DOM Find XML element($root; "e[")
Catch
	out("e[: OK="+String(OK))  // e[: OK=0
End try
// dom-append-xml-child-node.md: node types are 2, 3, 6, 7, 10 and 11
Try
	$ref:=DOM Append XML child node($root; 5; "x")
Catch
	out("type 5: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // type 5: OK=0 error -9920 (4D: the type of the node is invalid)
End try
DOM CLOSE XML($root)

// errors caught by ON ERR CALL: execution goes on
ON ERR CALL("onError")
$ref:=DOM Get first child XML element("00000000000000000000000000000000")
out("after: OK="+String(OK)+" Error="+String(Error))  // after: OK=0 Error=-9915
ON ERR CALL("")
