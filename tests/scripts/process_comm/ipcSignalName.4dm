// Worker message: reports its process number and name.
#DECLARE($sig : 4D.Signal)
Use ($sig)
	$sig.number:=Current process
	$sig.name:=Current process name
End use
$sig.trigger()
