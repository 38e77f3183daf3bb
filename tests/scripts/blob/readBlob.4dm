// readBlob($b; $s; $signal): a worker reads a 4D.Blob passed as a parameter
// and one kept in the shared object $s, writes what it read in $s, and
// triggers $signal
#DECLARE($b : 4D.Blob; $s : Object; $signal : 4D.Signal)
Use ($s)
	$s.param:=Convert to text($b; "UTF-8")+" "+String(OB Instance of($b; 4D.Blob))
	$s.shared:=Convert to text($s.blob; "UTF-8")+" "+String(OB Instance of($s.blob; 4D.Blob))
	$s.fromWorker:=$b.slice(0; 2)
End use
$signal.trigger()
