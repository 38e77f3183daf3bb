C_TEXT($1; $0)
$0:="["+$1+"]"+String(Count parameters)
