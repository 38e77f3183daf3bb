// For each over a collection: "The number of loops is evaluated at startup
// and will not change during the processing" (cf_looping.md).
var $c : Collection
var $v : Integer
var $n : Integer

$c:=New collection(1; 2; 3)
$n:=0
For each ($v; $c)
	$c.push($v*10)
	$n:=$n+1
End for each
out(String($n)+" rounds, "+JSON Stringify($c))

// The statistics example of the same page.
var $nums : Collection
var $item; $vEven; $vOdd; $vUnder; $vOver : Integer
$nums:=New collection(10; 5001; 6665; 33; 1; 42; 7850)
For each ($item; $nums)
	If ($item%2=0)
		$vEven:=$vEven+1
	Else
		$vOdd:=$vOdd+1
	End if
	Case of
		: ($item<5000)
			$vUnder:=$vUnder+1
		: ($item>6000)
			$vOver:=$vOver+1
	End case
End for each
out(String($vEven)+" "+String($vOdd)+" "+String($vUnder)+" "+String($vOver))
