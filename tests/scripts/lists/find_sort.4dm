// Searching, parameters, properties, sorting, copying (docs/commands-legacy:
// find-in-list.md, set-list-item-parameter.md, get-list-item-parameter.md,
// set-list-item-properties.md, get-list-item-properties.md, sort-list.md,
// copy-list.md, array-to-list.md).
var $l; $copy; $sub; $ref; $age; $style; $color; $n : Integer
var $t; $icon : Text
var $b; $enterable : Boolean

$l:=fruits
// "is exactly" with @ wildcards; scope 0 = first level, 1 = every level.
ARRAY LONGINT($arrPos; 0)
out("P@ first level: "+String(Find in list($l; "P@"; 0; $arrPos))+", "+String(Size of array($arrPos))+" found: "+String($arrPos{1})+" "+String($arrPos{2})+" "+String($arrPos{3}))
out("P@ every level: "+String(Find in list($l; "P@"; 1; $arrPos))+", "+String(Size of array($arrPos))+" found")
ARRAY LONGINT($arrRefs; 0)
out("Plum@ references: "+String(Find in list($l; "Plum@"; 1; $arrRefs; *))+", "+String($arrRefs{1})+" "+String($arrRefs{2})+" "+String($arrRefs{3}))
out("Plum Red at first level: "+String(Find in list($l; "Plum Red"; 0)))
out("Pea is not Peach or Pear: "+String(Find in list($l; "Pea"; 1; $arrPos))+", "+String(Size of array($arrPos)))
out("@ch: "+String(Find in list($l; "@ch"; 1)))

// Custom parameters: "in a list of customer names, you can store the age of each person".
SET LIST ITEM PARAMETER($l; 2; "age"; 42)
SET LIST ITEM PARAMETER($l; 2; "vip"; True)
SET LIST ITEM PARAMETER($l; 2; "note"; "ripe")
GET LIST ITEM PARAMETER($l; 2; "age"; $age)
GET LIST ITEM PARAMETER($l; 2; "vip"; $b)
GET LIST ITEM PARAMETER($l; 2; "note"; $t)
out("parameters: "+String($age)+" "+String($b)+" "+$t)
SET LIST ITEM PARAMETER($l; 2; "age"; 43)
GET LIST ITEM PARAMETER($l; 2; "age"; $age)
out("replaced: "+String($age))
// Additional text is the selector "4D_additional_text".
SET LIST ITEM PARAMETER($l; 31; Additional text; "red ones")
GET LIST ITEM PARAMETER($l; 31; "4D_additional_text"; $t)
out("additional text: "+$t)
// 0 is the last item added; * the current item.
SET LIST ITEM PARAMETER($l; 0; "last"; "yes")
GET LIST ITEM PARAMETER($l; 4; "last"; $t)
out("last item added is Peach: "+$t)
SELECT LIST ITEMS BY REFERENCE($l; 1)
SET LIST ITEM PARAMETER($l; *; "current"; "apple")
GET LIST ITEM PARAMETER($l; 1; "current"; $t)
out("current item is Apple: "+$t)

// set-list-item-properties.md example 2: the current item in bold red.
SET LIST ITEM PROPERTIES($l; *; True; Bold; 0; 0x00FF0000)
GET LIST ITEM PROPERTIES($l; *; $enterable; $style; $icon; $color)
out("properties: "+String($enterable)+" "+String($style=Bold)+" ["+$icon+"] "+String($color=0x00FF0000))
SET LIST ITEM PROPERTIES($l; 3; False; Italic+Underline; "path:/RESOURCES/plum.png")
GET LIST ITEM PROPERTIES($l; 3; $enterable; $style; $icon)
out("Plum: "+String($enterable)+" "+String($style)+" "+$icon)

// copy-list.md: a duplicate, independent of the original.
$copy:=Copy list($l)
SET LIST ITEM($l; 1; "Apricot"; 1)
GET LIST ITEM($copy; 1; $ref; $t)
out("copy: "+String(Is a list($copy))+" "+String($copy#$l)+" "+$t+" "+String(Count list items($copy; *))+" items")
GET LIST ITEM($copy; 3; $ref; $t; $sub)
GET LIST ITEM($l; 3; $ref; $t; $n)
out("copy has its own sublist: "+String(Is a list($sub) & ($sub#$n)))
GET LIST ITEM PARAMETER($copy; 2; "age"; $age)
out("copied parameter: "+String($age))

// sort-list.md: every level; the current item does not change.
SELECT LIST ITEMS BY REFERENCE($l; 2)
SORT LIST($l; <)
LIST TO ARRAY($l; $names)
out("descending: "+$names{1}+" "+$names{2}+" "+$names{3}+" "+$names{4})
GET LIST ITEM($l; 2; $ref; $t)
out("sublist first: "+$t)
out("current still Pear: "+String(Selected list items($l; *))+" now at "+String(Selected list items($l)))
SORT LIST($l)
LIST TO ARRAY($l; $names)
out("ascending: "+$names{1}+" "+$names{2}+" "+$names{3}+" "+$names{4})

// array-to-list.md example 2: references 1…N.
ARRAY TEXT($arrCountries; 3)
$arrCountries{1}:="France"
$arrCountries{2}:="Japan"
$arrCountries{3}:="Peru"
CountryList:=New list
ARRAY TO LIST($arrCountries; CountryList)
GET LIST ITEM(CountryList; 3; $ref; $t)
out("ARRAY TO LIST: "+String(Count list items(CountryList))+" "+$t+" "+String($ref))
CLEAR LIST(CountryList)
CLEAR LIST($copy; *)
CLEAR LIST($l; *)
