// runtime.md §5.3 GT-S1: the first call creates `settings`.
var $sid : Text
var $st : Object
$sid:=Session.id
$st:=Session storage($sid)
Out("storage shared and empty: "+String(OB Is shared($st) & ($st.settings=Null)))
SetSessionText($sid; "hello")
Out("shared: "+String(OB Is shared($st.settings)))
Out("text: "+$st.settings.text)
Out("keys: "+OB Keys($st.settings).join(","))
Out("via Session.storage: "+Session.storage.settings.text)
