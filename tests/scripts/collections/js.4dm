// A JSON-like text of a value, for the tests (JSON Stringify is another theme's).
#DECLARE($v : Variant) : Text
var $t : Text
var $i : Integer
var $k : Text
Case of
	: (Value type($v)=Is collection)
		$t:="["
		For ($i; 0; $v.length-1)
			If ($i>0)
				$t:=$t+","
			End if
			$t:=$t+js($v[$i])
		End for
		return $t+"]"
	: (Value type($v)=Is object)
		$t:="{"
		For each ($k; $v)
			If (Length($t)>1)
				$t:=$t+","
			End if
			$t:=$t+Char(34)+$k+Char(34)+":"+js($v[$k])
		End for each
		return $t+"}"
	: (Value type($v)=Is text)
		return Char(34)+$v+Char(34)
	: (Value type($v)=Is null)
		return "null"
	: (Value type($v)=Is undefined)
		return "undefined"
	: (Value type($v)=Is boolean)
		If ($v)
			return "true"
		End if
		return "false"
	Else
		return String($v)
End case
