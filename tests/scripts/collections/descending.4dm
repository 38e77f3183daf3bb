#DECLARE($o : Object)
$o.result:=$o.value>$o.value2
