// Selection, insertion and deletion (docs/commands-legacy:
// select-list-items-by-position.md, select-list-items-by-reference.md,
// selected-list-items.md, set-list-item.md, insert-in-list.md,
// delete-from-list.md, clear-list.md, set-list-properties.md,
// get-list-properties.md).
var hList; vlUniqueRef : Integer
var $vlItemPos; $vlItemRef; $hSublist; $app; $icon; $height; $dbl; $multi; $edit; $a : Integer
var $vsItemText : Text
var $vbExpanded; $vbNewSubList : Boolean

hList:=ab
// select-list-items-by-position.md: the last visible item.
SELECT LIST ITEMS BY POSITION(hList; Count list items(hList))
out("last visible: "+String(Selected list items(hList))+" ref "+String(Selected list items(hList; *)))
// Several items need the multiSelections property.
ARRAY LONGINT($arr; 3)
$arr{1}:=2
$arr{2}:=3
$arr{3}:=5
SELECT LIST ITEMS BY POSITION(hList; 3; $arr)
ARRAY LONGINT($arrPos; 0)
out("without multiSelections: "+String(Selected list items(hList; $arrPos))+", "+String(Size of array($arrPos))+" selected")
SET LIST PROPERTIES(hList; 0; 0; 18; 0; 1)
SELECT LIST ITEMS BY POSITION(hList; 3; $arr)
$vlItemPos:=Selected list items(hList; $arrPos)
out("current: "+String($vlItemPos)+", selected: "+String($arrPos{1})+" "+String($arrPos{2})+" "+String($arrPos{3}))
ARRAY LONGINT($arrRefs; 0)
out("by reference: "+String(Selected list items(hList; $arrRefs; *))+", "+String($arrRefs{1})+" "+String($arrRefs{2})+" "+String($arrRefs{3}))
GET LIST PROPERTIES(hList; $app; $icon; $height; $dbl; $multi; $edit)
out("properties: "+String($height)+" "+String($dbl)+" "+String($multi)+" "+String($edit))
// "If you pass a value outside this range, no item is selected."
SELECT LIST ITEMS BY POSITION(hList; 99)
out("out of range: "+String(Selected list items(hList))+" "+String(Selected list items(hList; $arrPos))+" "+String(Size of array($arrPos)))
// select-list-items-by-reference.md: no such item, nothing happens.
SELECT LIST ITEMS BY REFERENCE(hList; 201)
SELECT LIST ITEMS BY REFERENCE(hList; 999)
out("unknown reference keeps: "+String(Selected list items(hList; *)))

// set-list-item.md example 1: a child item under the selected item.
$vlItemPos:=Selected list items(hList)
If ($vlItemPos>0)
	GET LIST ITEM(hList; $vlItemPos; $vlItemRef; $vsItemText; $hSublist; $vbExpanded)
	$vbNewSubList:=Not(Is a list($hSublist))
	If ($vbNewSubList)
		$hSublist:=New list
	End if
	vlUniqueRef:=300
	vlUniqueRef:=vlUniqueRef+1
	APPEND TO LIST($hSublist; "New Item"; vlUniqueRef)
	If ($vbNewSubList)
		SET LIST ITEM(hList; $vlItemRef; $vsItemText; $vlItemRef; $hSublist; True)
	End if
	SELECT LIST ITEMS BY REFERENCE(hList; vlUniqueRef)
End if
$vlItemPos:=Selected list items(hList)
GET LIST ITEM(hList; $vlItemPos; $vlItemRef; $vsItemText)
out("child: "+$vsItemText+" "+String($vlItemRef)+" at "+String($vlItemPos)+" under "+String(List item parent(hList; *)))

// insert-in-list.md example: before the selected item, which it becomes.
vlUniqueRef:=vlUniqueRef+1
INSERT IN LIST(hList; *; "Inserted"; vlUniqueRef)
GET LIST ITEM(hList; *; $vlItemRef; $vsItemText)
out("inserted: "+$vsItemText+" "+String($vlItemRef)+" at "+String(Selected list items(hList))+", parent "+String(List item parent(hList; $vlItemRef)))
// Before an item by reference: not selected.
INSERT IN LIST(hList; 100; "Top"; 50)
GET LIST ITEM(hList; 1; $vlItemRef; $vsItemText)
out("top: "+$vsItemText+"; current stays "+String(Selected list items(hList; *)))
INSERT IN LIST(hList; 999; "Nowhere"; 51)
out("unknown reference: "+String(List item position(hList; 51)))

// delete-from-list.md example: the current item and its sublists.
SELECT LIST ITEMS BY REFERENCE(hList; 100)
GET LIST ITEM(hList; *; $vlItemRef; $vsItemText; $a)
DELETE FROM LIST(hList; *; *)
out("deleted "+$vsItemText+": "+String(List item position(hList; 100))+", its sublist is a list: "+String(Is a list($a))+", "+String(Count list items(hList; *))+" items left")
DELETE FROM LIST(hList; 202)
out("b - 2 deleted: "+String(List item position(hList; 202))+", "+String(Count list items(hList; *))+" left")

// clear-list.md example 1.
GET LIST ITEM(hList; 2; $vlItemRef; $vsItemText; $a)
If (Is a list(hList))
	CLEAR LIST(hList; *)
End if
out("cleared: "+String(Is a list(hList))+", sublists too: "+String(Is a list($a)))
out("count of a cleared list: "+String(Count list items(hList)))
