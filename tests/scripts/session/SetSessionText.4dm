// The example of the `Session storage` documentation page: sets the
// "settings" of a session's storage, creating it on the first call.
#DECLARE($id : Text; $text : Text)
var $obj : Object

$obj:=Session storage($id)

If ($obj.settings=Null)
	Use ($obj)
		$obj.settings:=New shared object("text"; $text)
	End use
Else
	Use ($obj.settings)
		$obj.settings.text:=$text
	End use
End if
