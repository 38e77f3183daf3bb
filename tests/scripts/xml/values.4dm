// Element values and names: DOM SET XML ELEMENT VALUE (text, CDATA, XPath),
// DOM GET XML ELEMENT VALUE (typed, CDATA), DOM SET/GET XML ELEMENT NAME.
var $root; vElemRef; $xml; $value; $cdata; $name : Text

// dom-set-xml-element-value.md example 1
$root:=DOM Parse XML variable("<Book>\n   <Title>The Best Seller</Title>\n</Book>")
vElemRef:=DOM Find XML element($root; "/Book/Title")
DOM SET XML ELEMENT VALUE(vElemRef; "The Loser")
DOM EXPORT TO VAR($root; $xml)
out($xml)
// dom-set-xml-element-name.md example: the root renamed
DOM SET XML ELEMENT NAME($root; "BestSeller")
DOM GET XML ELEMENT NAME($root; $name)
out($name)  // BestSeller
DOM EXPORT TO VAR($root; $xml)
out($xml)
// an invalid name (starting with a digit) is an error
Try
	DOM SET XML ELEMENT NAME($root; "1Book")
Catch
	out("1Book: OK="+String(OK)+" error "+String(Last errors[0].errCode))  // OK=0 error -9918 (4D: the name of the element is invalid)
End try
// with an XPath, the element to change is designated from the root
DOM SET XML ELEMENT VALUE($root; "/BestSeller/Title"; "The Winner")
DOM GET XML ELEMENT VALUE(vElemRef; $value)
out($value)  // The Winner
DOM CLOSE XML($root)

// dom-set-xml-element-value.md example 2: "<" is escaped, or written in CDATA with *
$root:=DOM Parse XML variable("<Maths>\n   <Postulate>1+2=3</Postulate>\n</Maths>")
vElemRef:=DOM Find XML element($root; "Postulate")
DOM SET XML ELEMENT VALUE(vElemRef; "12<18")
DOM EXPORT TO VAR($root; $xml)
out($xml)
DOM SET XML ELEMENT VALUE(vElemRef; "12<18"; *)
DOM EXPORT TO VAR($root; $xml)
out($xml)
// dom-get-xml-element-value.md: the cDATA parameter receives the CDATA section
DOM GET XML ELEMENT VALUE(vElemRef; $value; $cdata)
out("value \""+$value+"\" CDATA \""+$cdata+"\"")  // value "" CDATA "12<18"
DOM CLOSE XML($root)

// dom-get-xml-element-value.md example: converted to the type of the variable
$root:=DOM Parse XML variable("<Prices><Price>8.5</Price><Count>3</Count><Day>2009-10-25</Day><Ok>true</Ok></Prices>")
var $real : Real
var $long : Integer
var $date : Date
var $bool : Boolean
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "Price"); $real)
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "Count"); $long)
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "Day"); $date)
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "Ok"); $bool)
out(String($real*2)+" "+String($long+1)+" "+String($date=!2009-10-25!)+" "+String($bool))  // 17 4 True True

// dom-set-xml-element-value.md: CR and CRLF become LF
DOM SET XML ELEMENT VALUE(DOM Find XML element($root; "Price"); "a\rb\r\nc")
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "Price"); $value)
out(Replace string($value; "\n"; "|"))  // a|b|c
// a BLOB value is written in Base64 and read back into a BLOB
var $blob; $back : Blob
TEXT TO BLOB("4D"; $blob; UTF8 text without length)
DOM SET XML ELEMENT VALUE(DOM Find XML element($root; "Count"); $blob)
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "Count"); $value)
out($value)  // NEQ=
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "Count"); $back)
out(BLOB to text($back; UTF8 text without length))  // 4D
DOM CLOSE XML($root)
