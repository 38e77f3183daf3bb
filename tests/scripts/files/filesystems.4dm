// filesystem pathnames (Concepts/paths.md): .path keeps the filesystem,
// .platformPath is the full path; fourd's project folder is the folder of
// the method file run (here tests/scripts/files)
var $pkg : 4D.Folder
$pkg:=Folder("/PACKAGE")
out($pkg.path)  // /PACKAGE/
out($pkg.name)  // files: the real folder's name
out(String($pkg.exists))
out(String($pkg.platformPath=Get 4D folder(Database folder)))  // True
out(Folder(fk database folder).path)  // /PACKAGE/
out(Folder(fk resources folder).path)  // /RESOURCES/
out(Folder(fk data folder).path)  // /DATA/
out(Folder(fk logs folder).path)  // /LOGS/
var $fs : Text
For each ($fs; New collection("/PROJECT";"/SOURCES";"/RESOURCES";"/DATA";"/LOGS"))
	out($fs+" -> "+Substring(Folder($fs).platformPath;Length($pkg.platformPath)+1))
End for each
var $file : 4D.File
$file:=File("/PACKAGE/SpecialPrefs/user.myPrefs")
out($file.path)  // /PACKAGE/SpecialPrefs/user.myPrefs
out(String($file.platformPath=($pkg.platformPath+"SpecialPrefs/user.myPrefs")))  // True
out($file.parent.path)  // /PACKAGE/SpecialPrefs/
out($file.parent.parent.path)  // /PACKAGE/
out(String(File("/PACKAGE/a/../b.txt").path))  // /PACKAGE/b.txt
out(File("/RESOURCES/defaultSettings.json").name)
// a filesystem's parent is the folder above it on disk
out(String($pkg.parent.platformPath+"files/"=$pkg.platformPath))  // True
// only absolute paths are accepted; ../ cannot leave a filesystem
var $path : Text
For each ($path; New collection("myFolder";"/PACKAGE/..";"";"/PACKAGE"))
	Try
		$file:=File($path)
		out("accepted: "+$path)
	Catch
		out("error: "+$path)
	End try
End for each
// a platform path is a plain POSIX path on Linux
$file:=File($pkg.platformPath+"x.txt";fk platform path)
out(String($file.path=($pkg.platformPath+"x.txt")))  // True
out(Folder("/";fk platform path).path)  // /
out(String(Folder("/";fk platform path).parent=Null))  // True: the root has no parent
// a file constant that does not exist gives Null
out(String(File(Backup settings file)=Null))
