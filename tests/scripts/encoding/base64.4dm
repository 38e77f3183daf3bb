// BASE64 ENCODE / BASE64 DECODE (base64-encode.md, base64-decode.md)
var $text; $encoded; $decoded : Text
$text:="Hello, 4D!"
BASE64 ENCODE($text;$encoded)
out($encoded)  // the Base64 of the UTF-8 bytes
BASE64 DECODE($encoded;$decoded)
out($decoded)
// without the second parameter the value itself is changed
var $t : Text
$t:="été"
BASE64 ENCODE($t)
out($t)
BASE64 DECODE($t)
out($t)
// Base64URL (RFC 4648 §5) with *
var $bytes : Blob
BASE64 DECODE("+/8=";$bytes)
var $url : Text
BASE64 ENCODE($bytes;$url;*)
out($url)
var $std : Text
BASE64 ENCODE($bytes;$std)
out($std)
var $back : Blob
BASE64 DECODE($url;$back;*)
var $again : Text
BASE64 ENCODE($back;$again)
out($again)
// text to blob and back
var $b : Blob
BASE64 DECODE("YWJj";$b)
var $abc : Text
BASE64 ENCODE($b;$abc)
out($abc)
// invalid Base64 gives an empty value
var $empty : Text
$empty:="x"
BASE64 DECODE("not base64!";$empty)
out("["+$empty+"]")
