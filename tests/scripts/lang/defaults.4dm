#DECLARE($t : Text; $n : Integer; $o : Object; $d : Date) : Text
return "["+$t+"]"+String($n)+String($o=Null)+String($d=!00-00-00!)
