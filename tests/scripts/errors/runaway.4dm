// A runaway recursion ends with "stack full"; its call chain names the
// repeated level once, with its count.
var $x : Integer
$x:=runaway_deep(100000)
