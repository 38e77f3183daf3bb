// file dialogs in headless mode (Admin/cli.md): intercepted and answered
// without blocking; fourd answers Cancel: an empty result and OK = 0
OK:=1
var $doc : Text
$doc:=Select document("";"*";"Select a document";0)
out("["+$doc+"] OK="+String(OK))
OK:=1
$doc:=Select folder("Choose a folder")
out("["+$doc+"] OK="+String(OK))
SHOW ON DISK(Get 4D folder(Database folder))  // nothing to show without an interface
out("done")
