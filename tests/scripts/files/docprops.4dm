// GET / SET DOCUMENT PROPERTIES (get-document-properties.md)
var $path : Text
$path:=Temporary folder+"fourd-props-"+Generate UUID+".txt"
TEXT TO DOCUMENT($path;"x")
var $locked; $invisible : Boolean
var $createdOn; $modifiedOn : Date
var $createdAt; $modifiedAt : Time
SET DOCUMENT PROPERTIES($path;True;False;!2020-01-02!;?10:20:30?;!2020-01-02!;?10:20:30?)
GET DOCUMENT PROPERTIES($path;$locked;$invisible;$createdOn;$createdAt;$modifiedOn;$modifiedAt)
out(String($locked)+" "+String($invisible))  // True False
out(JSON Stringify($modifiedOn)+" "+String($modifiedAt))  // "2020-01-02" 10:20:30
out(String(File($path;fk platform path).modificationTime))  // 10:20:30
SET DOCUMENT PROPERTIES($path;False;False;$createdOn;$createdAt;$modifiedOn;$modifiedAt)
GET DOCUMENT PROPERTIES($path;$locked;$invisible;$createdOn;$createdAt;$modifiedOn;$modifiedAt)
out(String($locked))  // False
DELETE DOCUMENT($path)
