// Add to date: years and months keep the day (or the month's last day), then days.
var $d : Date
$d:=!2000-01-31!
out(String(Add to date($d; 0; 1; 0)))
out(String($d+30))
out(String($d+31))
out(String(Add to date($d; 1; 0; 0)))
out(String(Add to date($d; 0; 0; 1)=($d+1)))
out(String(Add to date(!2024-02-29!; 1; 0; 0)))
out(String(Add to date(!2024-02-29!; 1; 0; 15)))
out(String(Add to date(!2023-11-15!; 0; 3; 0)))
out(String(Add to date(!2023-03-31!; 0; -1; 0)))
out(String(Add to date(!2023-01-01!; -1; -1; -1)))
out(String(Add to date(!2023-12-31!; 0; 0; 1)))
