// Building lists, counting, reading items, parents (docs/commands-legacy:
// new-list.md, append-to-list.md, list-to-array.md, count-list-items.md,
// get-list-item.md, list-item-parent.md, list-item-position.md, is-a-list.md).
var myList1; myList2; hList : Integer
var $vlItemPos; $vlItemRef; $vlParentItemRef; $sub : Integer
var $vsItemText : Text
var $expanded : Boolean

// list-to-array.md example 2.
myList2:=New list
APPEND TO LIST(myList2; "Scotland"; 1)
APPEND TO LIST(myList2; "England"; 2)
APPEND TO LIST(myList2; "Wales"; 3)
myList1:=New list
APPEND TO LIST(myList1; "France"; 1)
APPEND TO LIST(myList1; "Germany"; 2)
APPEND TO LIST(myList1; "Spain"; 3)
APPEND TO LIST(myList1; "Great Britain"; 4; myList2; True)
APPEND TO LIST(myList1; "Portugal"; 5)
APPEND TO LIST(myList1; "Belgium"; 6)
APPEND TO LIST(myList1; "Italy"; 7)
APPEND TO LIST(myList1; "Netherlands"; 8)
APPEND TO LIST(myList1; "Ireland"; 9)
LIST TO ARRAY(myList1; $MyArray)
out("LIST TO ARRAY: "+String(Size of array($MyArray))+" items: "+$MyArray{1}+", "+$MyArray{2}+", "+$MyArray{3}+", "+$MyArray{4}+", "+$MyArray{5})
ARRAY LONGINT($refs; 0)
LIST TO ARRAY(myList1; $MyArray; $refs)
out("item refs: "+String($refs{1})+" "+String($refs{4})+" "+String($refs{9}))

// count-list-items.md: visible items, or all of them with *.
out("Is a list: "+String(Is a list(myList1))+" "+String(Is a list(myList2))+" "+String(Is a list(0)))
out("count expanded: "+String(Count list items(myList1))+" / "+String(Count list items(myList1; *)))
// get-list-item.md example 1: toggling the sublist of an item.
GET LIST ITEM(myList1; 4; $vlItemRef; $vsItemText; $sub; $expanded)
out("item 4: "+String($vlItemRef)+" "+$vsItemText+" sublist is myList2: "+String($sub=myList2)+" expanded: "+String($expanded))
If (Is a list($sub))
	SET LIST ITEM(myList1; $vlItemRef; $vsItemText; $vlItemRef; $sub; Not($expanded))
End if
out("count collapsed: "+String(Count list items(myList1))+" / "+String(Count list items(myList1; *)))
GET LIST ITEM(myList1; 5; $vlItemRef; $vsItemText)
out("item 5 once collapsed: "+$vsItemText)
// Positions beyond Count list items give empty values.
GET LIST ITEM(myList1; 99; $vlItemRef; $vsItemText; $sub; $expanded)
out("item 99: ["+String($vlItemRef)+"]["+$vsItemText+"]["+String($sub)+"]["+String($expanded)+"]")

// list-item-parent.md example.
hList:=ab
SELECT LIST ITEMS BY REFERENCE(hList; 203)
$vlItemPos:=Selected list items(hList)
GET LIST ITEM(hList; $vlItemPos; $vlItemRef; $vsItemText)
$vlParentItemRef:=List item parent(hList; $vlItemRef)
out("b - 3 at "+String($vlItemPos)+": "+$vsItemText+", parent "+String($vlParentItemRef))
out("parent of a - 1: "+String(List item parent(hList; 101)))
out("parent of a: "+String(List item parent(hList; 100))+", of b: "+String(List item parent(hList; 200)))
out("parent of the current item: "+String(List item parent(hList; *)))
out("parent of an unknown item: "+String(List item parent(hList; 999)))

// list-item-position.md: a collapsed item's list is expanded to show it.
GET LIST ITEM(hList; 1; $vlItemRef; $vsItemText; $sub; $expanded)
SET LIST ITEM(hList; 100; "a"; 100; $sub; False)
out("a collapsed: "+String(Count list items(hList))+" visible, b - 3 now at "+String(Selected list items(hList))+", ref "+String(Selected list items(hList; *)))
out("position of a - 2: "+String(List item position(hList; 102)))
out("visible again: "+String(Count list items(hList)))
out("position of an unknown item: "+String(List item position(hList; 999)))
// set-list-item.md: -1 keeps the sublist, 0 detaches it.
SET LIST ITEM(hList; 200; "B"; 250; -1; True)
GET LIST ITEM(hList; 4; $vlItemRef; $vsItemText; $sub; $expanded)
out("renamed: "+$vsItemText+" "+String($vlItemRef)+" keeps its sublist: "+String(Is a list($sub)))
SET LIST ITEM(hList; 250; "B"; 250; 0; False)
out("detached: "+String(Count list items(hList; *))+" items; the sublist still exists: "+String(Is a list($sub)))
