// headless mode (Admin/cli.md --headless): dialogs never block; ALERT is
// answered OK, CONFIRM and Request too (OK = 1, Request gives the default
// response). fourd logs each intercepted dialog on stderr.
ALERT("Operation canceled.")
OK:=0
CONFIRM("Do you really want to close this account?";"Yes";"No")
out("CONFIRM OK="+String(OK))
OK:=0
var $answer : Text
$answer:=Request("Please enter your name:";"John")
out("Request OK="+String(OK)+" answer="+$answer)
$answer:=Request("Name of the Employee:")
out("["+$answer+"]")
MESSAGE("Working…")
BEEP
DISPLAY NOTIFICATION("Title";"Text")
out("done")
