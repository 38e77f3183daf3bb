// 4D.File and 4D.Folder (API/FileClass.md, FolderClass.md, Document.md,
// Directory.md), in a temporary folder removed at the end
var $root : 4D.Folder
$root:=Folder(Temporary folder;fk platform path).folder("fourd-files-"+Generate UUID)
out(String($root.exists)+" "+String($root.isFolder)+" "+String($root.isFile))  // False True False
out(String($root.create()))  // True
out(String($root.create()))  // False: it exists already
out(String($root.exists))  // True

var $f : 4D.File
$f:=$root.file("Archives/ReadMe.txt")
out($f.name+"|"+$f.extension+"|"+$f.fullName)  // ReadMe|.txt|ReadMe.txt
out(String($f.exists)+" "+String($f.isFile)+" "+String($f.isFolder))  // False True False
out(String($f.path=($root.path+"Archives/ReadMe.txt")))  // True
out(String($f.platformPath=$f.path))  // True: POSIX paths on Linux
out($f.parent.name+" "+String($f.parent.parent.path=$root.path))  // Archives True
out(String($f.size))  // 0: not on disk
out(String($f.create()))  // True: creates the folders too
out(String($f.create()))  // False
out(String($f.exists)+" "+String($f.size)+" "+String($f.isWritable)+" "+String($f.hidden))

// setText / getText: UTF-8 without BOM and native (LF) line breaks by default
$f.setText("Hello world")
out($f.getText()+" "+String($f.size))  // Hello world 11
var $b64 : Text
$f.setText("é")
BASE64 ENCODE($f.getContent();$b64)
out($b64)  // w6k=
$f.setText("é";"ISO-8859-1")
BASE64 ENCODE($f.getContent();$b64)
out($b64)  // 6Q==
$f.setText("é";"UTF-8")  // a BOM for a charset that has one
BASE64 ENCODE($f.getContent();$b64)
out($b64)  // 77u/w6k=
out($f.getText())  // é: the BOM is read and removed
$f.setText("é";"UTF-16LE")
BASE64 ENCODE($f.getContent();$b64)
out($b64)  // //7pAA==
out($f.getText("ISO-8859-1"))  // é: the BOM wins over the charset
$f.setText("a\nb\r\nc";"UTF-8-no-bom";Document with CRLF)
out(String($f.size))  // 7
out(String(Length($f.getText("UTF-8";Document unchanged))))  // 7
out(String(Length($f.getText())))  // 5: native line breaks (LF)
$f.setText("a\rb")
out(String($f.size))  // 3

// setContent / getContent
var $blob : Blob
BASE64 DECODE("AAEC";$blob)
$f.setContent($blob)
out(String($f.size))  // 3

// copyTo / moveTo / rename
var $dest : 4D.Folder
var $copy; $moved; $renamed : 4D.File
$dest:=$root.folder("Dest")
Try
	$copy:=$f.copyTo($dest)
Catch
	out("copyTo: "+String(Last errors[0].errCode))  // the destination must exist
End try
out(String($dest.create()))
$copy:=$f.copyTo($dest)
out($copy.fullName+" "+String($copy.exists)+" "+String($f.exists))  // ReadMe.txt True True
Try
	$copy:=$f.copyTo($dest)
Catch
	out("copyTo again: "+String(Last errors[0].errCode))  // -48: already exists
End try
$copy:=$f.copyTo($dest;fk overwrite)
$copy:=$f.copyTo($dest;"Copy.txt")
out($copy.fullName+" "+String($copy.size))
$moved:=$copy.moveTo($root;"Moved.md")
out($moved.name+$moved.extension+" "+String($copy.exists)+" "+String($moved.exists))  // Moved.md False True
$renamed:=$moved.rename("Renamed")
out($renamed.fullName+"|"+$renamed.extension+"| "+String($moved.exists))  // Renamed|| False
Try
	$renamed:=$renamed.rename("a/b")
Catch
	out("rename: "+String(Last errors[0].errCode))  // a name cannot contain /
End try

// files() / folders()
$root.file("Dest/Sub/deep.txt").setText("x")
$root.file(".hidden").setText("h")
var $names : Text
var $item : Object
$names:=""
For each ($item; $root.files())
	$names:=$names+$item.fullName+" "
End for each
out($names)  // .hidden Renamed
$names:=""
For each ($item; $root.files(fk ignore invisible))
	$names:=$names+$item.fullName+" "
End for each
out($names)  // Renamed
$names:=""
For each ($item; $root.files(fk recursive+fk ignore invisible))
	$names:=$names+$item.fullName+" "
End for each
out($names)  // Renamed, then Archives/ReadMe.txt, Dest/ReadMe.txt, Dest/Sub/deep.txt
$names:=""
For each ($item; $root.folders(fk recursive))
	$names:=$names+Substring($item.path;Length($root.path)+1)+" "
End for each
out($names)
// relative paths only; ../ cannot go above a filesystem (paths.md)
out(String($root.folder("Archives/../Dest").path=($root.path+"Dest/")))  // True
out(String(Folder("/PACKAGE").folder("../x")=Null)+" "+String($root.file("/abs")=Null))  // True True

// delete
$renamed.delete()
out(String($renamed.exists))  // False
$renamed.delete()  // no error when the file does not exist
Try
	$dest.delete()
Catch
	out("delete: "+String(Last errors[0].errCode))  // -47: not empty
End try
Try
	$root.folder("Nothing").delete()
Catch
	out("delete: "+String(Last errors[0].errCode))  // -120: does not exist
End try
$root.folder("Nothing").delete(Delete with contents)  // nothing, no error
$dest.delete(Delete with contents)
out(String($dest.exists))  // False
$root.delete(Delete with contents)
out(String($root.exists))  // False
