// GET TEXT KEYWORDS: the words of a text, as a keyword index splits them.
ARRAY TEXT($words; 0)
GET TEXT KEYWORDS("10,000 Jean-Pierre BC45"; $words)
out(String(Size of array($words)))
var $i : Integer
For ($i; 1; Size of array($words))
	out($words{$i})
End for
// The French and Italian apostrophe exception.
GET TEXT KEYWORDS("L'homme l'arbre"; $words)
For ($i; 1; Size of array($words))
	out($words{$i})
End for
// Counting words, all of them and each once (example 3).
var $vText : Text
$vText:="The cat saw the other cat."
GET TEXT KEYWORDS($vText; $words)
var $n; $m : Integer
$n:=Size of array($words)
GET TEXT KEYWORDS($vText; $words; *)
$m:=Size of array($words)
out("This text contains "+String($n)+" separate words among "+String($m))
