// runtime.md §5.3 GT-S3: an unknown id gives a Null storage; the method fails.
var gotError : Boolean
var $bad : Text
$bad:="00000000000000000000000000000000"
Out("storage is null: "+String(Session storage($bad)=Null))
Out("info is null: "+String(Session info($bad)=Null))
gotError:=False
ON ERR CALL("GT_Catch")
SetSessionText($bad; "x")
ON ERR CALL("")
Out("error raised: "+String(gotError))
Out("own storage untouched: "+String(Session storage(Session.id).settings=Null))
