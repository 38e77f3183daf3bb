// Get 4D folder (get-4d-folder.md) and Temporary folder (temporary-folder.md):
// folder pathnames end with a separator
var $tmp : Text
$tmp:=Temporary folder
out(Substring($tmp;Length($tmp);1))  // /
out(String(Test path name($tmp)=Is a folder))  // True
OK:=0
var $db : Text
$db:=Get 4D folder(Database folder)
out(String(OK)+" "+Substring($db;Length($db);1))  // 1 /
out(String($db=Get 4D folder(Database folder Unix syntax)))  // the same on Linux
out(String(Get 4D folder(Data folder)=Folder("/DATA").platformPath))
out(String(Get 4D folder(HTML Root folder)=($db+"WebFolder/")))
out(String(Get 4D folder(MobileApps folder)=($db+"Data/MobileApps/")))
var $active : Text
$active:=Get 4D folder
out(Substring($active;Length($active)-3))  // /4D/: fourd's active 4D folder is ~/.config/4D/
out("["+Get 4D folder(99)+"] OK="+String(OK))  // invalid: empty, OK=0
