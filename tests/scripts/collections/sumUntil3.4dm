#DECLARE($o : Object)
$o.accumulator:=$o.accumulator+$o.value
$o.stop:=($o.value=3)
