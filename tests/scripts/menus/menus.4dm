// Menus in memory (docs/commands-legacy: create-menu.md, append-menu-item.md,
// insert-menu-item.md, set-menu-bar.md, get-menu-items.md, set-menu-item-*.md,
// get-menu-item-*.md, release-menu.md, delete-menu-item.md).
var menuRef; FileMenu; FindAndReplaceMenu; EditMenu; main_Bar : Text
var $m; $sub; $copy; $v : Text
var $mark : Text
ARRAY TEXT($titles; 0)
ARRAY TEXT($refs; 0)

// insert-menu-item.md example.
menuRef:=Create menu
APPEND MENU ITEM(menuRef; "Characters")
SET MENU ITEM METHOD(menuRef; 1; "CharMgmtDial")
INSERT MENU ITEM(menuRef; 1; "Paragraphs")
SET MENU ITEM METHOD(menuRef; 2; "ParaMgmtDial")
out("MenuRef: "+String(Length(menuRef))+" characters")
out("items: "+String(Count menu items(menuRef))+" "+Get menu item(menuRef; 1)+", "+Get menu item(menuRef; 2))
out("methods: "+Get menu item method(menuRef; 1)+", "+Get menu item method(menuRef; 2))
// get-menu-item-method.md: "" when no method is associated.
APPEND MENU ITEM(menuRef; "Nothing")
out("no method: ["+Get menu item method(menuRef; -1)+"]")

// set-menu-bar.md example 4.
FileMenu:=Create menu
INSERT MENU ITEM(FileMenu; -1; "My Database Help")
SET MENU ITEM MARK(FileMenu; 1; Char(18))
INSERT MENU ITEM(FileMenu; -1; "(-")
INSERT MENU ITEM(FileMenu; -1; "Quit the Test Application mode/Y")
SET MENU ITEM PROPERTY(FileMenu; 3; Associated standard action; "returnToDesignMode")
INSERT MENU ITEM(FileMenu; -1; "(-")
INSERT MENU ITEM(FileMenu; -1; "Preferences")
INSERT MENU ITEM(FileMenu; -1; "(-")
INSERT MENU ITEM(FileMenu; -1; "Quit")
SET MENU ITEM SHORTCUT(FileMenu; 7; Character code("Q"))
out("File: "+String(Count menu items(FileMenu))+" items; 1: "+Get menu item(FileMenu; 1)+", 3: "+Get menu item(FileMenu; 3)+", 5: "+Get menu item(FileMenu; 5)+", 7: "+Get menu item(FileMenu; 7))
out("mark of 1 is Char(18): "+String(Get menu item mark(FileMenu; 1)=Char(18)))
out("shortcut of 3: "+String(Get menu item key(FileMenu; 3)=Character code("Y"))+", of 7: "+String(Get menu item key(FileMenu; 7)=Character code("Q")))
GET MENU ITEM PROPERTY(FileMenu; 3; Associated standard action; $v)
out("standard action of 3: "+$v)
FindAndReplaceMenu:=Create menu
APPEND MENU ITEM(FindAndReplaceMenu; "Find;Find Next;Find Previous;(-;Replace;Replace Next;Replace Previous")
SET MENU ITEM SHORTCUT(FindAndReplaceMenu; 1; Character code("F"))
SET MENU ITEM METHOD(FindAndReplaceMenu; 1; "MyFindMethod")
out("Find and Replace: "+String(Count menu items(FindAndReplaceMenu))+" items, 5: "+Get menu item(FindAndReplaceMenu; 5))
EditMenu:=Create menu
APPEND MENU ITEM(EditMenu; "Cut;Copy;Paste")
SET MENU ITEM SHORTCUT(EditMenu; 1; Character code("X"))
INSERT MENU ITEM(EditMenu; -1; "(-")
INSERT MENU ITEM(EditMenu; -1; "Find and Replace"; FindAndReplaceMenu)
main_Bar:=Create menu
INSERT MENU ITEM(main_Bar; -1; "File"; FileMenu)
APPEND MENU ITEM(main_Bar; "Edit"; EditMenu)
SET MENU BAR(main_Bar)
out("menu bar installed: "+String(Get menu bar reference=main_Bar)+", "+String(Count menus)+" menus")
// Menu numbers designate the menus of the current menu bar.
out("menu 2, item 1: "+Get menu item(2; 1)+"; items of menu 2: "+String(Count menu items(2)))
out("title of menu 2: "+Get menu title(2)+", of EditMenu: "+Get menu title(EditMenu))
// get-menu-items.md example.
GET MENU ITEMS(Get menu bar reference(Current process); $titles; $refs)
out("GET MENU ITEMS: "+$titles{1}+" "+$titles{2}+" "+String($refs{2}=EditMenu))
GET MENU ITEMS(EditMenu; $titles; $refs)
out("Edit items: "+String(Size of array($titles))+", submenu of 5: "+String($refs{5}=FindAndReplaceMenu)+", none for 1: ["+$refs{1}+"]")

// append-menu-item.md: with *, metacharacters are ordinary characters.
$m:=Create menu
APPEND MENU ITEM($m; "Copy (special)..."; *)
APPEND MENU ITEM($m; "Find/Replace..."; *)
APPEND MENU ITEM($m; "Find/Replace...")
APPEND MENU ITEM($m; "<BBold;(Disabled;!xChecked")
out("literal: "+String(Count menu items($m))+" items: "+Get menu item($m; 1)+" | "+Get menu item($m; 2))
// "/R" is the shortcut: the slash and its character are not text.
out("metacharacters: "+Get menu item($m; 3)+" key "+String(Get menu item key($m; 3)=Character code("R")))
out("styles: "+Get menu item($m; 4)+" "+String(Get menu item style($m; 4)=Bold)+", "+Get menu item($m; 5)+", "+Get menu item($m; 6)+" mark "+Get menu item mark($m; 6))
// set-menu-item-style.md: a sum of Font Styles constants.
SET MENU ITEM STYLE($m; 1; Bold+Italic)
out("style: "+String(Get menu item style($m; 1)))

// set-menu-item-shortcut.md example 1, get-menu-item-key.md example.
SET MENU ITEM($m; 1; "Underline")
SET MENU ITEM SHORTCUT($m; 1; "U"; Shift key mask)
If (Get menu item key($m; 1)#0)
	out("key U: "+String(Get menu item key($m; 1)=Character code("U"))+", Shift: "+String(Get menu item modifiers($m; 1)=Shift key mask))
End if
SET MENU ITEM SHORTCUT($m; 1; "Z"; Shift key mask+Option key mask)
out("Shift+Option: "+String(Get menu item modifiers($m; 1)=(Shift key mask+Option key mask)))
// "If you pass 0 (zero) in itemKey, any shortcut is removed."
SET MENU ITEM SHORTCUT($m; 1; 0; 0)
out("removed: "+String(Get menu item key($m; 1))+" "+String(Get menu item modifiers($m; 1)))

// get-menu-item-mark.md example: toggling the check mark.
SET MENU ITEM MARK($m; 2; Char(18))
SET MENU ITEM MARK($m; 2; Char(18)*Num(Character code(Get menu item mark($m; 2))#18))
out("toggled off: ["+Get menu item mark($m; 2)+"]")
SET MENU ITEM MARK($m; 2; "")
SET MENU ITEM MARK($m; 2; "✓ first character only")
out("first character: "+Get menu item mark($m; 2))

// set-menu-item-parameter.md example: the parameter of the last item added.
$m:=Create menu
APPEND MENU ITEM($m; "Window one")
SET MENU ITEM PARAMETER($m; -1; "101")
APPEND MENU ITEM($m; "Window two")
SET MENU ITEM PARAMETER($m; -1; "102")
out("parameters: "+Get menu item parameter($m; 1)+" "+Get menu item parameter($m; 2))
// Custom properties (set-menu-item-property.md).
SET MENU ITEM PROPERTY($m; 2; "myProp"; 12)
SET MENU ITEM PROPERTY($m; 2; "myFlag"; True)
var $n : Real
var $f : Boolean
GET MENU ITEM PROPERTY($m; 2; "myProp"; $n)
GET MENU ITEM PROPERTY($m; 2; "myFlag"; $f)
out("properties: "+String($n)+" "+String($f))
// Nothing is chosen headless (dynamic-pop-up-menu.md: "Otherwise, the command returns an empty string").
out("Dynamic pop up menu: ["+Dynamic pop up menu($m)+"]")
out("Get selected menu item parameter: ["+Get selected menu item parameter+"]")
out("Pop up menu: "+String(Pop up menu("Open;(-;!-Close;"+Char(1)+"1/4 pt")))
out("Menu selected: "+String(Menu selected))

// release-menu.md example.
newMenu:=Create menu
APPEND MENU ITEM(newMenu; "Test1")
subMenu:=Create menu
APPEND MENU ITEM(subMenu; "SubTest1")
APPEND MENU ITEM(subMenu; "SubTest2")
APPEND MENU ITEM(newMenu; "Test2"; subMenu)
RELEASE MENU(subMenu)
copyMenu:=Create menu(newMenu)
RELEASE MENU(newMenu)
GET MENU ITEMS(copyMenu; $titles; $refs)
out("copy: "+String(Size of array($titles))+" items, its own submenu: "+String(($refs{2}#"") & ($refs{2}#subMenu))+" with "+String(Count menu items($refs{2}))+" items")
out("released reference: "+String(Count menu items(newMenu)))
RELEASE MENU(copyMenu)

// delete-menu-item.md: the submenu continues to exist.
DELETE MENU ITEM(EditMenu; 5)
out("after delete: "+String(Count menu items(EditMenu))+", submenu still there: "+String(Count menu items(FindAndReplaceMenu)))
APPEND MENU ITEM(EditMenu; "Select All")
DELETE MENU ITEM(EditMenu; -1)
out("last added deleted: "+String(Count menu items(EditMenu))+", last is "+Get menu item(EditMenu; Count menu items(EditMenu)))
// create-menu.md: "If you pass an invalid value in menu, a blank menu is created."
out("blank: "+String(Count menu items(Create menu("no such menu"))))
DISABLE MENU ITEM(EditMenu; 0)
ENABLE MENU ITEM(EditMenu; 1)
