// Application version (application-version.md): fourd reports 4D 21
var $v : Text
$v:=Application version
out($v)  // "2100": version 21, R 0, revision 0
out(String(Length(Application version(*))))  // 8 characters
out(Substring(Application version(*);1;1))  // F: a final version
out(Substring(Application version(*);5;4))  // 2100
var $build : Integer
$v:=Application version($build)
out(String(Value type($build)=Is longint))

// Command name (command-name.md)
out(Command name(1))  // Sum
out(Command name(2))  // Average
out(Command name(1217))  // JSON Stringify
var $info : Integer
var $theme : Text
$v:=Command name(1217;$info;$theme)
out($v+" "+String($info ?? 0)+" "+$theme)  // thread-safe; theme JSON
$v:=Command name(37;$info)
out(String($info ?? 1))  // an _O_ command is deprecated
OK:=0
$v:=Command name(538)
out($v+" OK="+String(OK))
$v:=Command name(99999)
out("["+$v+"] OK="+String(OK))

// System info (system-info.md): the documented properties
var $info2 : Object
$info2:=System info
var $key : Text
For each ($key; New collection("accountName";"cores";"cpuThreads";"machineName";"macRosetta";"model";"networkInterfaces";"osVersion";"osLanguage";"physicalMemory";"processor";"uptime";"userName";"volumes"))
	If (Not(OB Is defined($info2;$key)))
		out("missing "+$key)
	End if
End for each
out(String($info2.macRosetta))
out(String($info2.cores>0))
out(String(Current machine=$info2.machineName))
out(String(Length(Current system user)>0))
