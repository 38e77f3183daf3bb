// Get call chain: each level gives the line it is at (get-call-chain.md:
// "line: line number of call to the method").
var $chain : Collection
var $i : Integer

$chain:=chain_outer(1)
For ($i; 0; $chain.length-1)
	out($chain[$i].name+" "+String($chain[$i].line)+" ["+$chain[$i].formula+"]")
End for
