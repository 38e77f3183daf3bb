// runtime.md §5.3 GT-S2: a second call updates in place (no new object).
var $sid : Text
var $first; $st : Object
$sid:=Session.id
SetSessionText($sid; "one")
$first:=Session storage($sid).settings
Use ($first)
	$first.origin:="first-call"
End use
SetSessionText($sid; "two")
$st:=Session storage($sid)
Out("text: "+$st.settings.text)
Out("origin: "+String($st.settings.origin))
Out("old reference sees: "+$first.text)
