// Choice lists of the project (Project/Sources/lists.json, the format the
// List editor writes) through Load list, SAVE LIST and LIST TO ARRAY
// (docs/commands-legacy/load-list.md, save-list.md, list-to-array.md).
var $l; $m; $ref; $app; $icon; $height : Integer
var $t : Text
$l:=Load list("Cuisines")
out("loaded: "+String(Is a list($l))+" "+String(Count list items($l))+" items")
GET LIST ITEM($l; 3; $ref; $t)
out("third: "+$t+" "+String($ref))
GET LIST PROPERTIES($l; $app; $icon; $height)
out("line height: "+String($height))
// "Note that the new list is a copy of the list defined in the Design environment."
APPEND TO LIST($l; "Greek"; 6)
$m:=Load list("Cuisines")
out("a second load is a fresh copy: "+String($m#$l)+" "+String(Count list items($m)))
// load-list.md: "To make sure that the list specified by listName exists, use the Is a list function."
out("unknown list: "+String(Is a list(Load list("Nothing such"))))
// save-list.md: "If there is already a list with this name, its contents are replaced."
SAVE LIST($l; "Cuisines")
$m:=Load list("Cuisines")
out("after SAVE LIST: "+String(Count list items($m)))
// list-to-array.md example 1: a choice list by name.
LIST TO ARRAY("Cuisines"; atRegions)
out("LIST TO ARRAY by name: "+String(Size of array(atRegions))+" "+atRegions{4})
CLEAR LIST($l)
CLEAR LIST($m)
