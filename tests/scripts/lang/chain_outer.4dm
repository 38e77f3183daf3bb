#DECLARE($n : Integer) -> $chain : Collection
// Calls chain_inner on its third line.
$chain:=chain_inner($n+1)
