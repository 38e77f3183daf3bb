// The Flatten method of the .reduce() example
#DECLARE($o : Object)
If ($o.accumulator=Null)
	$o.accumulator:=New collection
End if
$o.accumulator.combine($o.value)
