#DECLARE($o : Object)
$o.result:=$o.value*2
