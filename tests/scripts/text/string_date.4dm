// String with dates: the Date Display Formats constants and patterns.
out(String(!2023-11-27!))
out(String(!2023-11-27!; Internal date long))
out(String(!2023-11-27!; "EEEE d MMMM y GGGG"))
var $d : Date
$d:=!2006-12-29!
out(String($d; System date short))
out(String($d; System date abbreviated))
out(String($d; System date long))
out(String($d; Internal date short))
out(String($d; Internal date long))
out(String($d; Internal date abbreviated))
// Internal date short special: two digits for 1930-2029 only.
out(String($d; Internal date short special))
out(String(!1896-12-29!; Internal date short special))
out(String(!2096-12-29!; Internal date short special))
// ISO Date: local date and time, "T" between them.
out(String(!2010-09-13!; ISO date))
out(String(!2010-09-13!; ISO date; ?18:11:53?))
// The GMT forms depend on the time zone: only their shape is checked.
var $gmt : Text
$gmt:=String(!2010-09-09!; ISO date GMT; ?08:30:41?)
out(String(Length($gmt))+" "+Substring($gmt; 20))
// (10 is Date RFC 1123: fourd's lexer does not read that constant's name.)
$gmt:=String(!2010-09-09!; 10; ?12:00:00?)
out(Substring($gmt; 1; 4)+Substring($gmt; Length($gmt)-3)+" "+String(Length($gmt)))
// Blank if null date, added to a format.
out("["+String(!00-00-00!; Internal date short+Blank if null date)+"]")
out("["+String(!2023-11-27!; Internal date short+Blank if null date)+"]")
// Without it, a null date shows zeros ("00/00/00" in the docs).
out(String(!00-00-00!; Internal date short))
// Patterns (the "Date and Time Formats" page).
out(String(!2000-06-15!; "QQQQ"))
out(String(!2001-03-17!; "D"))
out(String(!1954-03-17!; "w"))
out(String(!1954-03-17!; "eeee"))
out(String(!1996-07-02!; "yyyyyy"))
out(String(!1996-07-02!; "yy"))
out(String(!1996-09-02!; "M MM MMM MMMM MMMMM"))
out(String(!1996-07-02!; "E EEEE EEEEE EEEEEE"))
out(String(!2019-11-29!; "'Day' #D 'of the year'"))
out(String(!2023-11-27!; "yyyy-MM-dd"))
out(String(!2023-11-27!; "E dd/MM/yyyy 'at' hh:mm aa"; ?11:15:00?))
out(String(!2023-11-27!; "dd/MM/yyyy HH:mm:ss"; ?23:05:09?))
