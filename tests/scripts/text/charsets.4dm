// CONVERT FROM TEXT and Convert to text: character sets by name or MIBEnum.
var $blob : Blob
var $t : Text
CONVERT FROM TEXT("Crème brûlée"; "UTF-8"; $blob)
out(String(OK)+" "+Convert to text($blob; "UTF-8"))
// The UTF-8 bytes read as ISO-8859-1: two characters for each accented letter.
out(Convert to text($blob; "ISO-8859-1"))
// By MIBEnum number (4 is ISO-8859-1, 106 UTF-8), and aliases.
CONVERT FROM TEXT("Crème"; 4; $blob)
out(Convert to text($blob; "latin1"))
out(String(Length(Convert to text($blob; 106))))
CONVERT FROM TEXT("Ça coûte 5 €"; "windows-1252"; $blob)
out(Convert to text($blob; 2252))
CONVERT FROM TEXT("Ça coûte 5 €"; "MacRoman"; $blob)
out(Convert to text($blob; "x-mac-roman"))
// UTF-16 and UTF-32 round trips; a BOM wins over the charset passed.
CONVERT FROM TEXT("été 😀"; "UTF-16LE"; $blob)
out(Convert to text($blob; "UTF-16LE"))
CONVERT FROM TEXT("été 😀"; "UTF-16"; $blob)
out(Convert to text($blob; "UTF-16LE"))
CONVERT FROM TEXT("été 😀"; "UTF-32"; $blob)
out(Convert to text($blob; "UTF-32"))
// A character the charset does not have becomes "?".
CONVERT FROM TEXT("5 €"; "US-ASCII"; $blob)
out(Convert to text($blob; "US-ASCII"))
// Japanese.
CONVERT FROM TEXT("日本語"; "Shift_JIS"; $blob)
out(Convert to text($blob; "Shift_JIS"))
// An unknown character set: OK is 0.
$t:=Convert to text($blob; "no-such-charset")
out(String(OK)+" ["+$t+"]")
CONVERT FROM TEXT("x"; "no-such-charset"; $blob)
out(String(OK))
