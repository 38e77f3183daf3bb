// Shared groups (runtime.md §1.4): a value joins the group of its container
// once, and can never go to another group; Storage never groups.
var $a; $b; $c; $d : Object
$a:=New shared object
$b:=New shared object
$c:=New shared object
$d:=New shared object
Use ($a)
	$a.child:=$b
End use
// $b is now in $a's group: locking $a locks $b.
Use ($a)
	$b.x:=1
End use
out("b.x="+String($b.x))
Use ($c)
	$c.child:=$d
	Try
		$c.other:=$b
	Catch
		out("b already in another group")
	End try
End use
out("c.other stored: "+String($c.other#Null))
Use ($a)
	$a.child:=Null
End use
Use (Storage)
	Storage.b:=$b
End use
// $b stays in $a's group: Use($a) still allows writing $b.
Use ($a)
	$b.y:=2
End use
out("b.y="+String(Storage.b.y))
// Storage accepts only shared objects and collections.
Use (Storage)
	Try
		Storage.n:=1
	Catch
		out("Storage refuses scalars")
	End try
	Try
		Storage.o:={}
	Catch
		out("Storage refuses non-shared objects")
	End try
End use
