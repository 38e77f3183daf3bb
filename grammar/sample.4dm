//%attributes = {"lang":"en","invisible":true}
#DECLARE($customerID : Integer; $options : Object) -> $result : Object

/* Builds a customer summary.
   /* Block comments nest in 4D. */
   Mixed plain and tokenized style, as found in exported projects. */

var $i; $count : Integer
var $name : Text:="unknown"
var $when : Date:=!2024-01-31!
var $at : Time:=?12:30:00?
var $file : 4D.File
var $people : cs.Person
C_COLLECTION(<>gLog)

C_TEXT:C284($title)
C_LONGINT:C283($max)
ARRAY TEXT:C222($names; 0)
ARRAY LONGINT($ids; 0)

$result:=New object:C1471("id"; $customerID; "ok"; False:C215)
$max:=0x00FF+1.5e3  // hex and exponent
$title:="Customer \"summary\"\tfor "+String:C10($customerID)+Char:C90(Carriage return:K15:38)
$path:="C:\Temp\data.txt"

If (Count parameters:C259<2)
	$options:={verbose: True; limit: 10; tags: ["a"; "b"]}
Else 
	$options.limit:=($options.limit=Null) ? 10 : $options.limit
End if 

QUERY:C277([Customers:3]; [Customers:3]ID:1=$customerID)
If (Records in selection:C76([Customers:3])=1)
	$name:=[Customers:3]Name:2
	SELECTION TO ARRAY([Customers]Name; $names; [Customers]ID; $ids)
End if 

Case of 
	: (Form event code:C388=On Load:K2:1)
		OBJECT SET VISIBLE(*; "btn@"; True)
	: (Form event code=On Clicked)
		$count:=Size of array($names)
	Else 
		$count:=0
End case 

For ($i; 1; Size of array:C274($names))
	APPEND TO ARRAY:C911($ids; $i)
End for 

For each ($person; ds.Person.query("name = :1"; $name)) Until ($count>=$options.limit)
	$count+=1
	$result.names:=$result.names || New collection
	$result.names.push($person.name)
End for each 

$i:=0
While ($i<3)
	$i:=$i+1
End while 

Repeat 
	$i-=1
Until ($i=0)

Use (Storage:C1525)
	Storage:C1525.counter:=New shared object:C1526("value"; 1)
End use 

Try
	$file:=File:C1566("/PACKAGE/data.json")
	$text:=$file.getText()
Catch
	ALERT:C41("Could not read "+$file.path)
End try 

Begin SQL
	SELECT name FROM Customers WHERE id = :$customerID INTO :$name;
End SQL

$elapsed:=Current time:C178-$at
$when:=Add to date:C393(Current date:C33; 0; 1; 0)
$p:=->$count
$p->:=$p->+1
$total:=$a+\
	$b  // continued line
$letter:=$name[[1]]
$flags:=$flags ?+ 3
<>gLog:=New collection:C1472
SORT ARRAY:C229($names; $ids; >)
JSON Stringify($result; *)
$formula:=Formula:C1597(This:C1470.total:=This:C1470.a*This:C1470.b)
PV PRINT:P13000:229($area)
`legacy comment from an old 4D version
return $result
