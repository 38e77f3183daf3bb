#DECLARE($n : Integer) -> $chain : Collection
var $x : Integer

$x:=$n*2
$chain:=Get call chain
