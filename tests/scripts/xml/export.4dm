// The XML declaration and options: DOM SET XML DECLARATION, XML SET
// OPTIONS, XML GET OPTIONS; export to a BLOB and a file; XML DECODE.
var $root; $ref; $xml; $text; $file : Text
var $blob : Blob
var $with; $after : Integer

// dom-set-xml-declaration.md example: encoding and standalone
$root:=DOM Create XML Ref("Root")
$ref:=DOM Create XML element($root; "Elem1")
DOM SET XML ELEMENT VALUE($ref; "Hello")
DOM SET XML DECLARATION($root; "UTF-16"; True)
DOM EXPORT TO VAR($root; $xml)
out($xml)
// an unsupported character set gives UTF-8
DOM SET XML DECLARATION($root; "no-such-charset")
DOM EXPORT TO VAR($root; $xml)
out(Substring($xml; 1; Position("?>"; $xml)+1))  // ... encoding="UTF-8" standalone="no" ?>

// xml-set-options.md: XML with indentation is the default; the obsolete
// indentation parameter of DOM SET XML DECLARATION turns it off (one line)
XML GET OPTIONS($root; XML indentation; $with)
DOM SET XML DECLARATION($root; "UTF-8"; False; False)
XML GET OPTIONS($root; XML indentation; $after)
out("changed: "+String($after#$with))  // changed: True
DOM EXPORT TO VAR($root; $xml)
out($xml)  // one line
XML SET OPTIONS($root; XML indentation; $with)
DOM EXPORT TO VAR($root; $xml)
out($xml)  // indented again

// dom-export-to-var.md: a BLOB receives the document, without BOM by default
DOM EXPORT TO VAR($root; $blob)
out(String($blob{0})+" "+String(BLOB to text($blob; UTF8 text without length)=$xml))  // 60 True
// dom-parse-xml-variable.md example 2: parsing a BLOB
$copy:=DOM Parse XML variable($blob)
DOM GET XML ELEMENT VALUE(DOM Find XML element($copy; "/Root/Elem1"); $text)
out($text)  // Hello
DOM CLOSE XML($copy)

// DOM EXPORT TO FILE, then DOM Parse XML source
$file:=Temporary folder+"fourd-export-"+Generate UUID+".xml"
DOM EXPORT TO FILE($root; $file)
$copy:=DOM Parse XML source($file)
DOM EXPORT TO VAR($copy; $text)
out(String($text=$xml))  // True
out(String(Position("file://"; DOM Get XML information($copy; 6))=1))  // True: 6 is the document URI
DOM CLOSE XML($copy)
DELETE DOCUMENT($file)
DOM CLOSE XML($root)

// xml-decode.md: the conversion table
var $real : Real
var $bool : Boolean
var $date : Date
XML DECODE("8,5"; $real)
out(String($real))  // 8.5
XML DECODE("8.5"; $real)
out(String($real))  // 8.5
XML DECODE("1"; $bool)
out(String($bool))  // True
XML DECODE("false"; $bool)
out(String($bool))  // False
XML DECODE("2009-10-25T01:03:20+01:00"; $date)
out(String($date=!2009-10-25!))  // True
XML DECODE("text"; $untyped)
out($untyped)  // text
