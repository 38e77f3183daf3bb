// DOM Create XML Ref, DOM Create XML element (and its arrays form), DOM
// EXPORT TO VAR / TO FILE. Expected trees are the docs' examples; fourd
// writes an empty element <name/> (as dom-create-xml-ref.md example 1 shows;
// other examples write it <name> </name> or <name></name>), indents by three
// spaces as the examples do, and ends the text with a line feed (so each
// export below is followed by an empty line).
var $root; $ref; $xml; vRootRef; vElemRef; vxPath : Text

// dom-create-xml-ref.md example 1
$root:=DOM Create XML Ref("MyRoot")
out("OK="+String(OK)+" length "+String(Length($root)))  // OK=1 length 32 (XML overview: ElementRef is 32 characters)
DOM EXPORT TO VAR($root; $xml)
out($xml)
DOM CLOSE XML($root)

// dom-create-xml-ref.md example 2
$root:=DOM Create XML Ref("MyNameSpace:MyRoot"; "http://www.4D.com/tech/namespace")
DOM EXPORT TO VAR($root; $xml)
out($xml)
DOM CLOSE XML($root)

// dom-create-xml-ref.md example 3: the pairs declare namespaces (the page
// shows them as NSName1="…", fourd writes the xmlns: declarations)
$root:=DOM Create XML Ref("MyNameSpace:MyRoot"; "http://www.4D.com/tech/namespace"; "NSName1"; "http://www.4D.com/Prod/namespace"; "NSName2"; "http://www.4D.com/Mkt/namespace")
DOM EXPORT TO VAR($root; $xml)
out($xml)
DOM CLOSE XML($root)

// dom-create-xml-element.md example 1: Elem3[2] creates two Elem3
vRootRef:=DOM Create XML Ref("RootElement")
vxPath:="/RootElement/Elem1/Elem2/Elem3[2]"
vElemRef:=DOM Create XML element(vRootRef; vxPath)
DOM EXPORT TO VAR(vRootRef; $xml)
out($xml)
DOM CLOSE XML(vRootRef)

// dom-create-xml-element.md example 2: attributes; Elem3[2] inserts before the second Elem3
var $aAttrName1; $aAttrName2; $aAttrVal1; $aAttrVal2; $aAttrVal3 : Text
$aAttrName1:="Font"
$aAttrName2:="Size"
$aAttrVal1:="Verdana"
$aAttrVal2:="10"
$aAttrVal3:="8"
vRootRef:=DOM Create XML Ref("RootElement")
vxPath:="/RootElement/Elem1/Elem2/Elem3"
vElemRef:=DOM Create XML element(vRootRef; vxPath; $aAttrName1; $aAttrVal1; $aAttrName2; $aAttrVal2)
vElemRef:=DOM Create XML element(vRootRef; vxPath; $aAttrName1; $aAttrVal1; $aAttrName2; $aAttrVal3)
vxPath:="/RootElement/Elem1/Elem2/Elem3[2]"
vElemRef:=DOM Create XML element(vRootRef; vxPath; "Font"; "Arial")
DOM EXPORT TO VAR(vRootRef; $xml)
out($xml)
DOM CLOSE XML(vRootRef)

// dom-create-xml-element.md example 3: a simple name creates a child; export to a file
var $file : Text
$file:=Temporary folder+"fourd-xml-"+Generate UUID+".xml"
$root:=DOM Create XML Ref("Root")
$ref:=DOM Create XML element($root; "Elem1")
DOM SET XML ELEMENT VALUE($ref; "Hello")
DOM EXPORT TO FILE($root; $file)
out("OK="+String(OK))  // OK=1
DOM CLOSE XML($root)
out(Document to text($file))
DELETE DOCUMENT($file)

// dom-create-xml-element.md: the conversion of attribute values
$root:=DOM Create XML Ref("Root")
$ref:=DOM Create XML element($root; "Values"; "b"; True; "i"; 123456; "r"; 12.34; "d"; !2006-12-04!; "t"; ?01:27:13?)
DOM EXPORT TO VAR($root; $xml)
out($xml)
DOM CLOSE XML($root)

// dom-create-xml-element-arrays.md example
ARRAY TEXT(arrAttNames; 3)
ARRAY TEXT(arrAttValues; 3)
arrAttNames{1}:="Font"
arrAttValues{1}:="Verdana"
arrAttNames{2}:="Size"
arrAttValues{2}:="10"
arrAttNames{3}:="Style"
arrAttValues{3}:="Bold"
vRootRef:=DOM Create XML Ref("RootElement")
vxPath:="/RootElement/Elem1/Elem2/Elem3"
vElementRef:=DOM Create XML element arrays(vRootRef; vxPath; arrAttNames; arrAttValues)
DOM EXPORT TO VAR(vRootRef; $xml)
out($xml)
DOM CLOSE XML(vRootRef)
