// 4D.Blob objects in shared objects and collections, and across processes
// (dt_blob.md: a 4D.Blob is "Shareable in objects and collections"; blog
// "Create a BLOB attribute in an object": `New shared object("blob"; $blob)`)
var $blob : Blob
TEXT TO BLOB("shared"; $blob; UTF8 text without length)
var $s : Object
$s:=New shared object("blob"; $blob)
out(String(OB Instance of($s.blob; 4D.Blob))+" "+String($s.blob.size))  // True 6

// a 4D.Blob put in a shared object or collection inside Use
var $c : Collection
$c:=New shared collection
Use ($c)
	$c.push(4D.Blob.new($blob))
	$c.push($blob)
End use
out(String(OB Instance of($c[0]; 4D.Blob))+" "+String(OB Instance of($c[1]; 4D.Blob)))  // True True
out(Convert to text($c[0].slice(-3); "UTF-8"))  // red

// a shared copy keeps blob objects (OB Copy, ck shared)
var $copy : Object
$copy:=OB Copy(New object("inner"; New object("b"; $blob)); ck shared)
out(String(OB Is shared($copy))+" "+String(OB Instance of($copy.inner.b; 4D.Blob)))  // True True

// another process reads a 4D.Blob parameter and the one in the shared object
var $signal : 4D.Signal
$signal:=New signal
CALL WORKER("blob reader"; "readBlob"; 4D.Blob.new($blob); $s; $signal)
out(String($signal.wait(30)))  // True
out($s.param)  // shared True
out($s.shared)  // shared True
// a 4D.Blob the worker stored in the shared object
out(Convert to text($s.fromWorker; "UTF-8"))  // sh
KILL WORKER("blob reader")
