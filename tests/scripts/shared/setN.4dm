#DECLARE($o : Object; $n : Real) : Boolean
$o.n:=$n
return True
