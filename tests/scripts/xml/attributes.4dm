// Attributes: DOM Count XML attributes, DOM GET XML ATTRIBUTE BY INDEX / BY
// NAME, DOM SET XML ATTRIBUTE, DOM REMOVE XML ATTRIBUTE.
var $xml_Parent_Ref; $xml_Child_Ref; $xml; $v : Text
var $numAttributes; $i; $LineNum : Integer

// dom-count-xml-attributes.md: 3 attributes; by index in the alphabetical
// order of their names: Font, N, size with Verdana, 1, 10
$xml_Parent_Ref:=DOM Parse XML variable("<Lines><Line size=\"10\" N=\"1\" Font=\"Verdana\">Text</Line></Lines>")
$xml_Child_Ref:=DOM Get first child XML element($xml_Parent_Ref)
$numAttributes:=DOM Count XML attributes($xml_Child_Ref)
out(String($numAttributes))  // 3
ARRAY TEXT(tAttrib; $numAttributes)
ARRAY TEXT(tValAttrib; $numAttributes)
For ($i; 1; $numAttributes)
	DOM GET XML ATTRIBUTE BY INDEX($xml_Child_Ref; $i; tAttrib{$i}; tValAttrib{$i})
	out(tAttrib{$i}+"="+tValAttrib{$i})  // Font=Verdana, N=1, size=10
End for

// dom-get-xml-attribute-by-name.md: the value converted to the variable's type
DOM GET XML ATTRIBUTE BY NAME($xml_Child_Ref; "N"; $LineNum)
out("N+1="+String($LineNum+1))  // N+1=2
// no such attribute: an error, OK = 0
Try
	DOM GET XML ATTRIBUTE BY NAME($xml_Child_Ref; "Color"; $v)
Catch
	out("Color: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // OK=0 error -10517 (the docs give no code: fourd's invalid-argument code)
End try
// an index greater than the number of attributes: an error
Try
	DOM GET XML ATTRIBUTE BY INDEX($xml_Child_Ref; 4; $v; $v)
Catch
	out("index 4: OK="+String(OK))  // index 4: OK=0
End try

// dom-remove-xml-attribute.md: removes N; a second time is an error
DOM REMOVE XML ATTRIBUTE($xml_Child_Ref; "N")
out("removed: OK="+String(OK)+", "+String(DOM Count XML attributes($xml_Child_Ref))+" left")  // removed: OK=1, 2 left
Try
	DOM REMOVE XML ATTRIBUTE($xml_Child_Ref; "N")
Catch
	out("again: OK="+String(OK))  // again: OK=0
End try
DOM CLOSE XML($xml_Parent_Ref)

// dom-set-xml-attribute.md example: Font="Verdana" on Title
$xml_Parent_Ref:=DOM Parse XML variable("<Book>\n   <Title>The Best Seller</Title>\n</Book>")
vElemRef:=DOM Find XML element($xml_Parent_Ref; "Title")
vAttrName:="Font"
vAttrVal:="Verdana"
DOM SET XML ATTRIBUTE(vElemRef; vAttrName; vAttrVal)
DOM EXPORT TO VAR($xml_Parent_Ref; $xml)
out($xml)
// several pairs and the conversions of the table: Boolean, Integer, Real, Date, Time
DOM SET XML ATTRIBUTE(vElemRef; "b"; False; "i"; 123456; "r"; 12.34; "d"; !2006-12-04!; "t"; ?01:27:13?)
For ($i; 1; DOM Count XML attributes(vElemRef))
	DOM GET XML ATTRIBUTE BY INDEX(vElemRef; $i; $name; $v)
	out($name+"="+$v)  // sorted: Font b d i r t
End for
// setting an existing attribute replaces its value
DOM SET XML ATTRIBUTE(vElemRef; "Font"; "Arial")
DOM GET XML ATTRIBUTE BY NAME(vElemRef; "Font"; $v)
out("Font="+$v)  // Font=Arial
// read back as typed values
var $d : Date
var $t : Time
var $r : Real
var $bool : Boolean
DOM GET XML ATTRIBUTE BY NAME(vElemRef; "d"; $d)
DOM GET XML ATTRIBUTE BY NAME(vElemRef; "t"; $t)
DOM GET XML ATTRIBUTE BY NAME(vElemRef; "r"; $r)
DOM GET XML ATTRIBUTE BY NAME(vElemRef; "b"; $bool)
out(String($d=!2006-12-04!)+" "+String($t=?01:27:13?)+" "+String($r=12.34)+" "+String($bool))  // True True True False
// characters XML reserves come back as they were set
DOM SET XML ATTRIBUTE(vElemRef; "q"; "a \"quoted\" <value> & more")
DOM EXPORT TO VAR($xml_Parent_Ref; $xml)
$copy:=DOM Parse XML variable($xml)
DOM GET XML ATTRIBUTE BY NAME(DOM Find XML element($copy; "Title"); "q"; $v)
out($v)  // a "quoted" <value> & more
DOM CLOSE XML($copy)
DOM CLOSE XML($xml_Parent_Ref)
