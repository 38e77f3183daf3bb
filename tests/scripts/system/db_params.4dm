// get-system-format.md, set-database-parameter.md, is-a-variable.md.
var $t : Text
GET SYSTEM FORMAT(Decimal separator; $t)
out($t)
GET SYSTEM FORMAT(Thousand separator; $t)
out($t)
GET SYSTEM FORMAT(Date separator; $t)
out($t)
GET SYSTEM FORMAT(Time separator; $t)
out($t)
// Short date positions: "1" = left, "2" = middle, "3" = right (MM/DD/YYYY).
GET SYSTEM FORMAT(Short date day position; $t)
out($t)
GET SYSTEM FORMAT(Short date month position; $t)
out($t)
GET SYSTEM FORMAT(Short date year position; $t)
out($t)
// Dates inside objects: Date type (2) is the default.
out(String(Get database parameter(Dates inside objects)))
SET DATABASE PARAMETER(Circular log limitation; 10)
out(String(Get database parameter(Circular log limitation)))
var $x : Integer
ARRAY TEXT($a; 2)
out(String(Is a variable(->$x)))
out(String(Is a variable(->$a{1})))
var $nil : Pointer
out(String(Is a variable($nil)))
// current-user.md: 4D user alias is "" when no alias is defined.
out("["+Current user(4D user alias)+"] "+String(Current user(4D user account)=Current user))
