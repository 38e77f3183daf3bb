// Compare strings: the example of the Compare strings docs and the options.
var $string1; $string2 : Text
$string1:="alpha Bravo charlie Delta Echo Fox-Trot"
$string2:="Alpha Bravo Charlie Delta Echo Fox-Trot"
out(String(Compare strings($string1; $string2; sk char codes)))
out(String(Compare strings($string1; $string2; sk char codes+sk case insensitive)))
// By default as "<": case- and accent-insensitive, no @ wildcard.
out(String(Compare strings($string1; $string2)))
out(String(Compare strings("ete"; "été")))
out(String(Compare strings("a"; "b")))
out(String(Compare strings("b"; "a")))
out(String(Compare strings("abc"; "abc@")))
// Case-insensitive but accent-sensitive; accent-insensitive but case-sensitive.
out(String(Compare strings("ete"; "ÉTÉ"; sk case insensitive)=0))
out(String(Compare strings("été"; "ÉTÉ"; sk case insensitive)))
out(String(Compare strings("ete"; "été"; sk diacritic insensitive)))
out(String(Compare strings("ete"; "ETE"; sk diacritic insensitive)=0))
out(String(Compare strings("Alpha"; "âlphà"; sk char codes+sk case insensitive)=0))
