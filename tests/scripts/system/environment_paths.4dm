// structure-file.md, application-file.md, system-folder.md,
// count-user-processes.md, process-aborted.md.
var $s : Text
$s:=Structure file
out(String(Position(".4DProject"; $s)=(Length($s)-9))+" "+String(Position("/Project/"; $s)>0))
out(String(Length(Application file)>0))
out(String(Substring(System folder; Length(System folder))="/"))
out(String(Count user processes>=1))
out(String(Process aborted))
