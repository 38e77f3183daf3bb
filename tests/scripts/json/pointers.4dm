// JSON Resolve pointers (json-resolve-pointers.md)
// example 1: a pointer in the same document, merge option
var $o; $ref; $result; $options : Object
$o:=New object("value";42)
$ref:=New object("$ref";"#/value")
$o.myJSONPointer:=$ref
$options:=New object("rootFolder";Get 4D folder(Current resources folder);"merge";True)
$result:=JSON Resolve pointers($o;$options)
out(String($result.success)+" "+JSON Stringify($result.value))  // {"value":42,"myJSONPointer":42}

// example 2: reusing a part of the document
var $oMyConfig; $oResult : Object
$oMyConfig:=JSON Parse("{\"lastname\":\"Doe\",\"billingAddress\":{\"city\":\"San Jose\"},\"shippingAddress\":{\"$ref\":\"#/billingAddress\"}}")
$oResult:=JSON Resolve pointers($oMyConfig)
out(JSON Stringify($oResult))
out($oMyConfig.shippingAddress.city)  // the object itself is updated

// example 3: a pointer into a file of the Resources folder, replace or merge
var $conf : Text
$conf:="{\"rights\":{\"$ref\":\"defaultSettings.json#/defaultRights\",\"delete\":true,\"id\":456}}"
$oResult:=JSON Resolve pointers(JSON Parse($conf);New object("merge";False))
out(JSON Stringify($oResult))
$oResult:=JSON Resolve pointers(JSON Parse($conf);New object("merge";True))
out(JSON Stringify($oResult))

// a pointer that matches nothing is reported, not thrown
$oResult:=JSON Resolve pointers(New object("x";New object("$ref";"#/nothing")))
out(String($oResult.success)+" "+String($oResult.errors.length)+" "+$oResult.errors[0].pointerURI)
