// Operators by type (operators.md, dt_string.md, dt_date.md, dt_time.md).
out(String(!2017-01-20!-!2017-01-01!))
out(String(!2017-01-20!+9=!2017-01-29!))
out(String(?02:03:04?+?01:02:03?=?03:05:07?))
out(String(?02:03:04?+65))
out(String(((?23:00:00?+?02:30:00?)%?24:00:00?)=?01:30:00?))
out(String(?02:03:04?*2))
out(String("ete"="été")+String("n"="ñ"))
out(String("abcdefghij"="@ghij")+String("abcdefghij"="abcd@efghij")+String("abcdefghij"="@abcde@fghij@"))
out(String("abc"<"abd")+String("B">"a"))
out(String(5 && 10 && "hi"))
out(String(0 && False))
out(String(True & False)+String(True | False))
out(String(0x0000FFFF | 0xFF00FF00))
out(String(0x0000FFFF ^| 0xFF00FF00))
out(String(0x0000FFFF >> 8))
out(String(0x00000000 ?+ 16))
out(String(0x00010000 ?- 16))
out(String(10.5%2)+String(10%3))
out(String(7\2)+String(-7\2))
out(String(1/0)+" "+String(-1/0))
var $t : Text:="ab"
$t+="cd"
$t*=2
out($t)
var $n : Real:=10
$n-=4
$n/=4
out(String($n))
var $d : Date:=!2024-02-28!
$d+=1
out(String($d=!2024-02-29!))
