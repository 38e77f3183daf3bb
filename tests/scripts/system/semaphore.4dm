// Semaphore (semaphore.md): returns False when the semaphore was created
// (the caller owns it) and True when another process holds it; "It also
// returns FALSE if the semaphore is already set by the same process".
// Test semaphore (test-semaphore.md) tells whether it exists without creating it.
// CLEAR SEMAPHORE (clear-semaphore.md) erases it.
var $a; $b : Boolean
$a:=Semaphore("lock")
$b:=Semaphore("lock")
out(String($a)+" "+String($b))  // False False
out(String(Test semaphore("lock")))  // True
CLEAR SEMAPHORE("lock")
out(String(Test semaphore("lock")))  // False
// local semaphores start with "$"
out(String(Semaphore("$mine"))+" "+String(Test semaphore("$mine")))  // False True
CLEAR SEMAPHORE("$mine")
out(String(Test semaphore("$mine")))  // False
// clear-semaphore.md: semaphores not cleared "remain in memory until the
// process that creates them ends".
var $p; $n : Integer
$p:=New process("sem_holder"; 0)
Repeat
	DELAY PROCESS(Current process; 1)
	$n:=$n+1
Until ((Process state($p)<0) | ($n>300))
out(String(Test semaphore("Transient")))  // False
