#DECLARE($s : Object)
While ($s.stop=Null)
	Use ($s)
		$s.count:=$s.count+1
	End use
	DELAY PROCESS(Current process; 1)
End while
