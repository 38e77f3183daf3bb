#DECLARE($c : Collection; $i : Integer; $v : Text) : Boolean
$c[$i]:=$v
return True
