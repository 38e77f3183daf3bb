// Time and Time string: the docs' examples.
out("1:00 P.M. = "+String(Time("13:00:00"); Hour min))
out(String(Time(10000)))
out(String(Time((60*60)+(20*60)+5200)))
out(String(Time("13:00:00")+0))
var $o : Object
$o:=New object
out(String(Time($o.missing)))
out(String(Time("10:20")))
out(String(Time("1:02 PM")))
out(String(Time("12:15 AM")))
out(String(Time("0000-00-00T01:02:03")))
out(String(Time("36:00:00")))
out(String(Time(?01:02:03?)))
out("46800 seconds is "+Time string(46800))
out(Time string(86401))
out(Time string(?01:02:03?))
out(Time string(-3600))
// Time arithmetic: hours, minutes and seconds of a time (Current time example 2).
var $vhNow : Time
$vhNow:=?13:25:34?
out(String($vhNow\3600)+" "+String(($vhNow\60)%60)+" "+String($vhNow%60))
