#DECLARE($first : Object; $second : Object; $mine : 4D.Signal; $other : 4D.Signal; $done : 4D.Signal; $results : Object)
var $ok : Boolean
Use ($first)
	$mine.trigger()
	$ok:=$other.wait(10)
	Try
		Use ($second)
			$second.touched:=True
		End use
	Catch
		Use ($results)
			$results.errors.push(Last errors[0].message)
		End use
	End try
End use
$done.trigger()
