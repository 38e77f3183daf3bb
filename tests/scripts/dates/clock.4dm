// Current date, Current time, Timestamp, Milliseconds, Tickcount: only
// what does not depend on the moment is checked.
var $today : Date
$today:=Current date
out(String(Year of($today)>=2024))
out(String(Current date(*)>=$today))
var $now : Time
$now:=Current time
out(String(($now>=?00:00:00?) & ($now<?24:00:00?)))
out(String(Value type(Current time)=Is time))
var $ts : Text
$ts:=Timestamp
out(String(Length($ts))+" "+String(Match regex("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"; $ts)))
var $start; $ticks : Integer
$start:=Milliseconds
$ticks:=Tickcount
DELAY PROCESS(Current process; 6)
out(String((Milliseconds-$start)>=90))
out(String((Tickcount-$ticks)>=5))
// The elapsed-seconds idiom of the Current time docs.
var $vhStartTime : Real
$vhStartTime:=((Current date-!1980-01-01!)*86400)+Current time
out(String($vhStartTime>1400000000))
