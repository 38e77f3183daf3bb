#DECLARE($sid : Text; $tag : Text; $n : Integer; $done : 4D.Signal)
var $i : Integer
var $s : Object
For ($i; 1; $n)
	SetSessionText($sid; $tag)
	$s:=Session storage($sid).settings
	Use ($s)
		$s.count:=$s.count+1
	End use
End for
$done.trigger()
