// The `Session storage` example, exercised: `fourd run examples/session_storage/main.4dm`
var $sid : Text
var $store; $first : Object
var $a; $b : 4D.Signal

$sid:=Session.id
Out("session id: "+String(Length($sid))+" hex characters")
$store:=Session storage($sid)
Out("storage is Session.storage: "+String($store=Session.storage))

// 1. The first call creates "settings" (a shared object) in the storage.
SetSessionText($sid; "hello")
Out("created: "+$store.settings.text+" (shared: "+String(OB Is shared($store.settings))+")")

// 2. A second call updates it in place: same object, other properties kept.
$first:=$store.settings
Use ($first)
	$first.origin:="first call"
End use
SetSessionText($sid; "updated")
Out("updated: "+$store.settings.text+", origin: "+$store.settings.origin+", same object: "+String($first=$store.settings))

// 3. An unknown session id: no storage, the method fails, nothing is stored.
var errorCount : Integer
Out("unknown id storage is Null: "+String(Session storage("00000000000000000000000000000000")=Null))
ON ERR CALL("Catch")
SetSessionText("00000000000000000000000000000000"; "lost")
ON ERR CALL("")
Out("error raised: "+String(errorCount>0)+", text still: "+$store.settings.text)

// 4. Two workers update the same session storage concurrently.
Use ($store.settings)
	$store.settings.count:=0
End use
$a:=New signal("A")
$b:=New signal("B")
CALL WORKER("worker A"; "CountWorker"; $sid; "A"; 500; $a)
CALL WORKER("worker B"; "CountWorker"; $sid; "B"; 500; $b)
Out("workers done: "+String($a.wait(60) & $b.wait(60)))
Out("count: "+String($store.settings.count))
Out("text is A or B: "+String(($store.settings.text="A") | ($store.settings.text="B")))
KILL WORKER("worker A")
KILL WORKER("worker B")
