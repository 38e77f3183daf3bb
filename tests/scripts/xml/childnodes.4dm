// DOM Append XML child node, DOM GET XML CHILD NODES, DOM Get XML document
// ref, DOM Get XML information (dom-append-xml-child-node.md,
// dom-get-xml-child-nodes.md, dom-get-xml-document-ref.md,
// dom-get-xml-information.md).
var elementRef; Reference; temp; $xml; $doc : Text
var $i : Integer

// dom-append-xml-child-node.md example 1: text nodes between elements
$root:=DOM Create XML Ref("root")
elementRef:=$root
Reference:=DOM Create XML element(elementRef; "myElement")
DOM SET XML ELEMENT VALUE(Reference; "Hello")
temp:=DOM Create XML element(Reference; "br")
temp:=DOM Append XML child node(Reference; XML DATA; "New")
temp:=DOM Create XML element(Reference; "br")
temp:=DOM Append XML child node(Reference; XML DATA; "York")
DOM EXPORT TO VAR($root; $xml)
out($xml)  // <myElement>Hello<br/>New<br/>York</myElement>

// dom-get-xml-child-nodes.md example: types 6 11 6 11 6, values or references
ARRAY LONGINT($typeArr; 0)
ARRAY TEXT($textArr; 0)
elementRef:=DOM Find XML element($root; "myElement")
DOM GET XML CHILD NODES(elementRef; $typeArr; $textArr)
For ($i; 1; Size of array($typeArr))
	If ($typeArr{$i}=XML ELEMENT)
		DOM GET XML ELEMENT NAME($textArr{$i}; $name)
		out(String($typeArr{$i})+" reference of <"+$name+">")
	Else
		out(String($typeArr{$i})+" "+$textArr{$i})
	End if
End for

// examples 2 to 5: processing instruction and DOCTYPE before the root, comment, CDATA
Reference:=DOM Append XML child node(DOM Get XML document ref($root); XML processing instruction; "xml-stylesheet type=\"text/xsl\" href=\"style.xsl\"")
Reference:=DOM Append XML child node(elementRef; XML comment; "Hello world")
Reference:=DOM Append XML child node(elementRef; XML CDATA; "12 < 18")
Reference:=DOM Append XML child node(elementRef; XML DOCTYPE; "Books SYSTEM \"Book.DTD\"")
// example 6: an XML fragment's elements, or a new empty element
temp:=DOM Create XML element($root; "parent")
Reference:=DOM Append XML child node(temp; XML ELEMENT; "<child>simon</child><child>eva</child>")
DOM GET XML ELEMENT VALUE(Reference; $value)
out("first appended: "+$value)  // first appended: simon
Reference:=DOM Append XML child node(temp; XML ELEMENT; "tbreak")
DOM EXPORT TO VAR($root; $xml)
out($xml)
// not valid contents: an error
Try
	Reference:=DOM Append XML child node(temp; XML ELEMENT; "<child>")
Catch
	out("<child>: OK="+String(OK))  // <child>: OK=0
End try

// dom-get-xml-document-ref.md example: the DOCTYPE among the document node's children
$doc:=DOM Get XML document ref($root)
ARRAY LONGINT($typeArr; 0)
ARRAY TEXT($valueArr; 0)
DOM GET XML CHILD NODES($doc; $typeArr; $valueArr)
$pos:=Find in array($typeArr; XML DOCTYPE)
If ($pos>0)
	out("Doctype: "+$valueArr{$pos})  // Doctype: Books SYSTEM "Book.DTD"
End if
out(String(Size of array($typeArr))+" document children")  // 3 document children: DOCTYPE, instruction, root
// dom-get-xml-information.md: 3 DOCTYPE Name, 2 SYSTEM ID, 4 Encoding, 5 Version
out(DOM Get XML information($root; 3)+" "+DOM Get XML information($root; 2)+" "+DOM Get XML information($root; 4)+" "+DOM Get XML information($root; 5))  // Books Book.DTD UTF-8 1.0
DOM CLOSE XML($root)

// a parsed DOCTYPE with a PUBLIC identifier (1 PUBLIC ID)
$root:=DOM Parse XML variable("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"><html/>")
out(DOM Get XML information($root; 1))  // -//W3C//DTD XHTML 1.0 Strict//EN
out(DOM Get XML information($root; 4))  // ISO-8859-1
DOM CLOSE XML($root)
