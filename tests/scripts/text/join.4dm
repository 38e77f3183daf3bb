// join: a collection of texts as ["a","b"] (test helper).
#DECLARE($c : Collection) : Text
var $t : Text
var $i : Integer
For ($i; 0; $c.length-1)
	If ($i>0)
		$t:=$t+","
	End if
	$t:=$t+"\""+$c[$i]+"\""
End for
return "["+$t+"]"
