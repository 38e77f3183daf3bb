var $o : Object
$o:=New object
throw(1234; "unhandled failure")
