// runtime.md §5.3 GT-S4: two workers update the same session storage.
var $sid : Text
var $st : Object
var $sa; $sb : 4D.Signal
$sid:=Session.id
SetSessionText($sid; "init")
$st:=Session storage($sid)
Use ($st.settings)
	$st.settings.count:=0
End use
$sa:=New signal("A")
$sb:=New signal("B")
CALL WORKER("gt_wA"; "GT_S4_Worker"; $sid; "A"; 500; $sa)
CALL WORKER("gt_wB"; "GT_S4_Worker"; $sid; "B"; 500; $sb)
Out("workers done: "+String($sa.wait(60) & $sb.wait(60)))
Out("text is A or B: "+String(($st.settings.text="A") | ($st.settings.text="B")))
Out("count: "+String($st.settings.count))
Out("keys: "+String(OB Keys($st.settings).length))
KILL WORKER("gt_wA")
KILL WORKER("gt_wB")
