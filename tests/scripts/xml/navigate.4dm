// Moving in a tree: first/last child, next/previous sibling, parent, root,
// document node, DOM Count XML elements, DOM Get XML element.
var $root; $child; $next; $last; $parent; $doc; $name; $value; $ref : Text
var $n : Integer
$root:=DOM Parse XML variable("<Catalog><Book N=\"1\">First</Book><Book N=\"2\">Second</Book><Magazine>Third</Magazine></Catalog>")

// dom-get-first-child-xml-element.md example 2: reference, name and value
$child:=DOM Get first child XML element($root; $name; $value)
out($name+" "+$value+" OK="+String(OK))  // Book First OK=1

// dom-get-next-sibling-xml-element.md example 2: the loop ends with OK = 0 after the last sibling
$next:=$child
$n:=1
While (OK=1)
	$next:=DOM Get next sibling XML element($next; $name; $value)
	If (OK=1)
		$n:=$n+1
		out("next: "+$name+" "+$value)  // Book Second, then Magazine Third
	End if
End while
out(String($n)+" children")  // 3 children

// dom-get-last-child-xml-element.md
$last:=DOM Get last child XML element($root; $name; $value)
out("last: "+$name+" "+$value)  // last: Magazine Third
// dom-get-previous-sibling-xml-element.md: OK = 0 before the first sibling
$ref:=DOM Get previous sibling XML element($last; $name)
out("previous: "+$name+" OK="+String(OK))  // previous: Book OK=1
$ref:=DOM Get previous sibling XML element($child)
out("before the first: OK="+String(OK))  // before the first: OK=0

// dom-get-parent-xml-element.md: the parent of the root is the document node (#document);
// the document node has no parent: OK = 0
$parent:=DOM Get parent XML element($child; $name)
out("parent: "+$name+" "+String($parent=$root))  // parent: Catalog True
$doc:=DOM Get parent XML element($root; $name)
out("parent of the root: "+$name)  // parent of the root: #document
$ref:=DOM Get parent XML element($doc)
out("parent of the document: OK="+String(OK))  // parent of the document: OK=0
// dom-get-xml-document-ref.md: the document node is the parent of the root
out("document ref: "+String(DOM Get XML document ref($child)=$doc))  // document ref: True

// dom-get-root-xml-element.md
out("root: "+String(DOM Get root XML element($last)=$root))  // root: True

// dom-count-xml-elements.md and dom-get-xml-element.md
out("Book: "+String(DOM Count XML elements($root; "Book")))  // Book: 2
out("book: "+String(DOM Count XML elements($root; "book")))  // book: 0 (case sensitive by default)
$ref:=DOM Get XML element($root; "Book"; 2; $value)
out("Book 2: "+$value+" OK="+String(OK))  // Book 2: Second OK=1
DOM GET XML ATTRIBUTE BY NAME($ref; "N"; $n)
out("N="+String($n))  // N=2
$ref:=DOM Get XML element($root; "Book"; 3; $value)
out("Book 3: OK="+String(OK))  // Book 3: OK=0
DOM CLOSE XML($root)
