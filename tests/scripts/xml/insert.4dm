// DOM Append XML element and DOM Insert XML element (dom-insert-xml-element.md
// example: the two books of a catalog in the other order, in a new tree).
var $rootRef; $newStruct; $bookRef; $newElementRef; $xml : Text
$rootRef:=DOM Parse XML variable("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n<BookCatalog>\n  <Book>\n          <Title>Open Source Web Services</Title>\n          <Author>Collective</Author>\n          <Date>2003</Date>\n          <ISBN>2-7440-1507-5</ISBN>\n          <Publisher>Wrox</Publisher>\n    </Book>\n<Book>\n          <Title>Building XML Web services</Title>\n          <Author>Scott Short</Author>\n          <Date>2002</Date>\n          <ISBN>2-10-006476-2</ISBN>\n          <Publisher>Microsoft Press</Publisher>\n    </Book>\n</BookCatalog>\n")
If (OK=1)
	$newStruct:=DOM Create XML Ref("BookCatalog")
	$bookRef:=DOM Find XML element($rootRef; "/BookCatalog/Book[1]")
	$newElementRef:=DOM Append XML element($newStruct; $bookRef)
	$bookRef:=DOM Find XML element($rootRef; "/BookCatalog/Book[2]")
	$newElementRef:=DOM Insert XML element($newStruct; $bookRef; 1)
	DOM EXPORT TO VAR($newStruct; $xml)
	out($xml)
	// the result is the reference of the new element, in the new tree
	DOM GET XML ELEMENT VALUE(DOM Find XML element($newElementRef; "Title"); $value)
	out($value+" "+String(DOM Get root XML element($newElementRef)=$newStruct))  // Building XML Web services True
	// the source tree is unchanged (the element is copied)
	out(String(DOM Count XML elements($rootRef; "Book")))  // 2
	// an index that designates no child: before the first child
	$newElementRef:=DOM Insert XML element($newStruct; DOM Create XML element($rootRef; "Magazine"); 99)
	DOM GET XML ELEMENT NAME(DOM Get first child XML element($newStruct); $name)
	out($name)  // Magazine
	DOM CLOSE XML($newStruct)
	DOM CLOSE XML($rootRef)
End if
