#DECLARE($o : Object)
$o.result:=$o.value*10
$o.stop:=($o.value=3)
