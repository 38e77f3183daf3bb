// collection.push (collection.md): returns the original collection.
var $col; $col2 : Collection
$col:=New collection(1; 2)
$col.push(3)
out(JSON Stringify($col))
$col.push(6; New object("firstname"; "John"; "lastname"; "Smith"))
out(JSON Stringify($col))
$col:=New collection(4; 5)
$col2:=$col.push(5; 3; 1; 9).sort()
out(JSON Stringify($col2))
$col:=New collection()
$col2:=$col.push($col.length)
out(JSON Stringify($col)+" "+String($col2=$col))

// Text concatenation (dt_string.md): "abc"+"def" is "abcdef".
var $t : Text
$t:="abc"+"def"
out($t+" "+String(Length("é"+"a"))+" "+(""+"x")+("y"+""))
