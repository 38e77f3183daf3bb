#DECLARE($o : Object)
$o.result:=($o.value>0)
