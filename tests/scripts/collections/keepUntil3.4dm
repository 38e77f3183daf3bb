#DECLARE($o : Object)
$o.result:=True
$o.stop:=($o.value=3)
