// A process that waits on a signal; its variable is read meanwhile.
#DECLARE($started : 4D.Signal; $release : 4D.Signal)
var vtWaiting : Text
vtWaiting:="still waiting"
$started.trigger()
$release.wait(30)
