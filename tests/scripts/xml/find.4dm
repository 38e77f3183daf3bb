// DOM Find XML element, DOM Find XML element by ID, DOM Parse XML source /
// variable. Expectations from dom-find-xml-element.md (examples and the
// table of supported expressions) and dom-find-xml-element-by-id.md.
var $xml; $file; vElemRef; vFound; value; $node : Text
var $i : Integer

// Example 1: books.xml (the structure of the example), parsed from a file
$xml:="<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bookstore>\n<book category=\"children\">\n  <title lang=\"en\">Harry Potter</title>\n  <price>29.99</price>\n</book>\n<book category=\"web\">\n  <title lang=\"en\">Learning XML</title>\n  <price>39.95</price>\n</book>\n</bookstore>\n"
$file:=Temporary folder+"fourd-books-"+Generate UUID+".xml"
TEXT TO DOCUMENT($file; $xml)
vElemRef:=DOM Parse XML source($file)
out("parse OK="+String(OK))  // parse OK=1
vFound:=DOM Find XML element(vElemRef; "book[2]/title")  //relative path from current node
DOM GET XML ELEMENT VALUE(vFound; value)
out("The value of the element is: \""+value+"\"")  // Learning XML
vFound:=DOM Find XML element(vElemRef; "/bookstore/book[2]")  //absolute path from root
vFound:=DOM Find XML element(vFound; "title")
DOM GET XML ELEMENT VALUE(vFound; value)
out("The value of the element is: \""+value+"\"")  // Learning XML
DOM CLOSE XML(vElemRef)
DELETE DOCUMENT($file)

// Example 2: every Elem2 in an array
vElemRef:=DOM Parse XML variable("<Root><Elem1><Elem2>aaa</Elem2><Elem2>bbb</Elem2><Elem2>ccc</Elem2></Elem1></Root>")
ARRAY TEXT(arrAfound; 0)
vFound:=DOM Find XML element(vElemRef; "/Root/Elem1/Elem2"; arrAfound)
out(String(Size of array(arrAfound))+" found, result is the first: "+String(vFound=arrAfound{1}))  // 3 found, result is the first: True
For ($i; 1; Size of array(arrAfound))
	DOM GET XML ELEMENT VALUE(arrAfound{$i}; value)
	out(value)  // aaa bbb ccc
End for
// XML DOM overview: /RootElement/Elem1/Elem2[3] is "ccc"
vFound:=DOM Find XML element(vElemRef; "/Root/Elem1/Elem2[3]")
DOM GET XML ELEMENT VALUE(vFound; value)
out(value)  // ccc
DOM CLOSE XML(vElemRef)

// Example 3: rect elements whose class contains "bgcontainer"
$root:=DOM Parse XML variable("<svg><g><rect class=\"a bgcontainer\" id=\"r1\"/><rect class=\"b\" id=\"r2\"/></g><rect class=\"bgcontainer\" id=\"r3\"/></svg>")
ARRAY TEXT($found; 0)
// (written as the page writes it: a space before // and no closing ])
$node:=DOM Find XML element($root; " //rect[contains(@class,'bgcontainer')"; $found)
For ($i; 1; Size of array($found))
	DOM GET XML ATTRIBUTE BY NAME($found{$i}; "id"; value)
	out(value)  // r1 r3
End for
DOM CLOSE XML($root)

// Before 4D v18 R3 a relative path started with the context element's name
// (compatibility note): read that way when the standard reading finds nothing
$root2:=DOM Parse XML variable("<bookstore><book><title>T</title></book></bookstore>")
DOM GET XML ELEMENT VALUE(DOM Find XML element($root2; "bookstore/book/title"); value)
out("former path: "+value)  // former path: T
DOM CLOSE XML($root2)

// The table of expressions
$root:=DOM Parse XML variable("<book><chapter><title>Introduction</title><para type=\"warning\">w1</para><para>p2</para><para type=\"warning\">w3</para></chapter><chapter><para>only</para></chapter><price>9</price></book>")
$chapter:=DOM Find XML element($root; "chapter")  // nodename: the chapter children (the first one returned)
DOM GET XML ELEMENT NAME(DOM Find XML element($chapter; "."); value)
out(". "+value)  // . chapter
DOM GET XML ELEMENT NAME(DOM Find XML element($chapter; ".."); value)
out(".. "+value)  // .. book
ARRAY TEXT($found; 0)
$node:=DOM Find XML element($root; "*"; $found)
out("* "+String(Size of array($found)))  // * 3
$node:=DOM Find XML element($chapter; "para[1]")
DOM GET XML ELEMENT VALUE($node; value)
out("para[1] "+value)  // para[1] w1
$node:=DOM Find XML element($chapter; "para[last()]")
DOM GET XML ELEMENT VALUE($node; value)
out("para[last()] "+value)  // para[last()] w3
ARRAY TEXT($found; 0)
$node:=DOM Find XML element($chapter; "para[@type=\"warning\"]"; $found)
out("para[@type=\"warning\"] "+String(Size of array($found)))  // 2
$node:=DOM Find XML element($chapter; "para[@type=\"warning\"][2]")
DOM GET XML ELEMENT VALUE($node; value)
out("para[@type=\"warning\"][2] "+value)  // w3
$node:=DOM Find XML element($chapter; "para[2][@type=\"warning\"]")
out("para[2][@type=\"warning\"] OK="+String(OK))  // OK=0: the second para has no type
ARRAY TEXT($found; 0)
$node:=DOM Find XML element($root; "chapter[title=\"Introduction\"]"; $found)
out("chapter[title=\"Introduction\"] "+String(Size of array($found)))  // 1
ARRAY TEXT($found; 0)
$node:=DOM Find XML element($root; "chapter[title]"; $found)
out("chapter[title] "+String(Size of array($found)))  // 1
ARRAY TEXT($found; 0)
$node:=DOM Find XML element($root; "//para"; $found)
out("//para "+String(Size of array($found)))  // 4
ARRAY TEXT($found; 0)
$node:=DOM Find XML element($root; "//title | //price"; $found)
out("//title | //price "+String(Size of array($found)))  // 2
// nothing found: OK = 0 and the reference of 32 zeros (XML DOM overview, Error Handling)
$node:=DOM Find XML element($root; "nothing")
out("nothing OK="+String(OK)+" "+$node)  // OK=0 00000000000000000000000000000000
DOM CLOSE XML($root)

// dom-find-xml-element-by-id.md: the whole document is searched, whatever the element passed
$root:=DOM Parse XML variable("<doc><a id=\"x1\"><b id=\"x2\">deep</b></a><c/></doc>")
$c:=DOM Find XML element($root; "c")
$node:=DOM Find XML element by ID($c; "x2")
DOM GET XML ELEMENT VALUE($node; value)
out("by ID: "+value)  // by ID: deep
DOM CLOSE XML($root)
