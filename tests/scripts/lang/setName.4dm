#DECLARE($o : Object; $name : Text)
$o.name:=$name
