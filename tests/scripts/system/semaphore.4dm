// Semaphore (semaphore.md): returns False when the semaphore was created
// (the caller owns it) and True when it already existed.
// Test semaphore (test-semaphore.md) tells whether it exists without creating it.
// CLEAR SEMAPHORE (clear-semaphore.md) erases it.
var $a; $b : Boolean
$a:=Semaphore("lock")
$b:=Semaphore("lock")
out(String($a)+" "+String($b))  // False True
out(String(Test semaphore("lock")))  // True
CLEAR SEMAPHORE("lock")
out(String(Test semaphore("lock")))  // False
// local semaphores start with "$"
out(String(Semaphore("$mine"))+" "+String(Test semaphore("$mine")))  // False True
CLEAR SEMAPHORE("$mine")
out(String(Test semaphore("$mine")))  // False
