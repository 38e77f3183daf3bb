// The 4D.Blob class (BlobClass.md) and blob objects (dt_blob.md)

// BlobClass.md example: store text in a 4D.Blob, slice it
var $myBlob : 4D.Blob
CONVERT FROM TEXT("Hello, World!"; "UTF-8"; $myBlob)
$is4DBlob:=OB Instance of($myBlob; 4D.Blob)
out(String($is4DBlob))  // True
$myString:=Convert to text($myBlob; "UTF-8")
out($myString)  // Hello, World!
$myNewBlob:=$myBlob.slice(0; 5)
$myString:=Convert to text($myNewBlob; "UTF-8")
out($myString)  // Hello

// BlobClass.md .size: the size in bytes
out(String($myBlob.size))  // 13
out(String($myNewBlob.size))  // 5

// BlobClass.md .slice(): "The original blob is not altered"
out(String($myBlob.size)+" "+Convert to text($myBlob; "UTF-8"))  // 13 Hello, World!
// start defaults to 0, end to the size of the blob
out(Convert to text($myBlob.slice(); "UTF-8"))  // Hello, World!
out(Convert to text($myBlob.slice(7); "UTF-8"))  // World!
// a negative value is an offset from the end of the blob
out(Convert to text($myBlob.slice(-6); "UTF-8"))  // World!
out(Convert to text($myBlob.slice(0; -8); "UTF-8"))  // Hello
out(Convert to text($myBlob.slice(-6; -1); "UTF-8"))  // World
// "the byte exactly at [end] is not included"
out(Convert to text($myBlob.slice(4; 5); "UTF-8"))  // o
// start larger than the size: "the returned 4D.Blob's size is 0, and it contains no data"
out(String($myBlob.slice(100).size))  // 0
// a slice is a new 4D.Blob
out(String(OB Instance of($myBlob.slice(1; 3); 4D.Blob)))  // True

// BlobClass.md 4D.Blob.new(): "If the blob parameter is omitted, the method returns an empty 4D.Blob"
var $empty : 4D.Blob
$empty:=4D.Blob.new()
out(String(OB Instance of($empty; 4D.Blob))+" "+String($empty.size))  // True 0
// 4D.Blob.new(blobScal): "encapsulating a copy of the data" of a scalar blob
var $scalar : Blob
TEXT TO BLOB("abc"; $scalar; UTF8 text without length)
var $boxed : 4D.Blob
$boxed:=4D.Blob.new($scalar)
SET BLOB SIZE($scalar; 0)  // the scalar blob changes, the copy does not
out(String($boxed.size)+" "+Convert to text($boxed; "UTF-8"))  // 3 abc
// 4D.Blob.new(blobObj): a new 4D.Blob with a copy of the data of another one
var $other : 4D.Blob
$other:=4D.Blob.new($myBlob)
out(String($other.size)+" "+String($other=$myBlob))  // 13 False

// dt_blob.md "Checking if a variable holds a scalar blob or a 4D.Blob"
var $myBlobObject : 4D.Blob
$myBlobObject:=4D.Blob.new()
$type:=Value type($myBlobObject)
out(String($type))  // 38 (object)
out(String($type=Is object))  // True
out(String(OB Instance of($myBlobObject; 4D.Blob)))  // True
out(String(Value type($scalar)=Is BLOB))  // True: a Blob variable holds a scalar blob

// the class of a blob object is 4D.Blob (ClassClass.md .name: "Blob")
out(String(OB Class($myBlob)=4D.Blob))  // True
out(OB Class($myBlob).name)  // Blob

// dt_blob.md "Passing blobs and blob objects to 4D commands"
var $myText : Text
$myText:=BLOB to text($myBlob; UTF8 text without length)
out($myText)  // Hello, World!
// dt_blob.md "Passing a blob to a 4D command": a new, empty 4D.Blob
var $newBlob : 4D.Blob
$newBlob:=4D.Blob.new()
$myText:=BLOB to text($newBlob; UTF8 text without length)
out("["+$myText+"]")  // []
// any command that takes a blob as a parameter accepts a 4D.Blob
out(String(BLOB size($myBlob)))  // 13
out(hex($myBlob.slice(0; 2)))  // 48 65 ("He")

// dt_blob.md "Accessing a 4D.Blob's bytes": square brackets, 0-based
var $byte : Integer
$byte:=$myBlob[5]
out(String($byte))  // 44: "," (the 6th byte of "Hello, World!")
out(String($myBlob[0])+" "+String($myBlob[12]))  // 72 33 ("H" and "!")
// "you can read the bytes of a 4D.Blob using this syntax, but not modify them"
Try
	$myBlob[0]:=0
	out("modified")
Catch
	out("error: a 4D.Blob cannot be altered")  // expected
End try
out(String($myBlob[0]))  // 72: unchanged

// dt_blob.md "Some 4D commands alter the original blob, and thus do not
// support the 4D.Blob type" (SET BLOB SIZE, TEXT TO BLOB…)
Try
	SET BLOB SIZE($myBlob; 2)
	out("resized")
Catch
	out("error: SET BLOB SIZE does not support 4D.Blob")  // expected
End try
Try
	TEXT TO BLOB("x"; $myBlob; UTF8 text without length)
	out("written")
Catch
	out("error: TEXT TO BLOB does not support 4D.Blob")  // expected
End try
out(String($myBlob.size))  // 13: unchanged

// dt_blob.md "Automatic conversion of blob type"
var $myBlob2 : Blob
var $myObject : Object
TEXT TO BLOB("xyz"; $myBlob2; UTF8 text without length)
$myObject:=New object("blob"; $myBlob2)
// the blob stored in $myBlob2 is automatically converted to a 4D.Blob
$type:=OB Instance of($myObject.blob; 4D.Blob)
out(String($type))  // True
// conversion from 4D.Blob to Blob
$myBlob2:=$myObject.blob
$type:=Value type($myBlob2)
out(String($type=Is BLOB))  // True: Blob
out(String(BLOB size($myBlob2)))  // 3
// dt_blob.md: 4D.Blob is "Shareable in objects and collections"; a scalar
// blob assigned to a property or an element is converted the same way
// (blog "Create a BLOB attribute in an object": `$o.blob:=$blob`)
$myObject.other:=$myBlob2
out(String(OB Instance of($myObject.other; 4D.Blob)))  // True
var $col : Collection
$col:=New collection($myBlob2)
$col.push($myBlob2)
$col[2]:=$myBlob2
out(String(OB Instance of($col[0]; 4D.Blob))+" "+String(OB Instance of($col[1]; 4D.Blob))+" "+String(OB Instance of($col[2]; 4D.Blob)))  // True True True
out(String(Value type($col[0])=Is object))  // True

// dt_blob.md: a 4D.Blob is "passed by reference" to methods, a scalar blob is duplicated
out(String(sameBlob($myBlob)=$myBlob))  // True: the same 4D.Blob comes back
var $vBlob : Blob
SET BLOB SIZE($vBlob; 4)
changeBlob($vBlob)
out(String(BLOB size($vBlob)))  // 4: the method changed its own copy

// JSON Stringify: json-stringify.md documents "[object Picture]" for pictures
// and nothing for blob objects; fourd writes "[object Blob]" the same way
out(JSON Stringify(New object("b"; $myNewBlob)))  // {"b":"[object Blob]"}
