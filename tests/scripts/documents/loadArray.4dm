// LOAD ARRAY (variable-to-blob.md example 2)
// loadArray ( Document ; -> Array )
#DECLARE($doc : Text; $ptrArray : Pointer)
var $vxArrayData : Blob
DOCUMENT TO BLOB($doc; $vxArrayData)  // Load the BLOB from the disk
EXPAND BLOB($vxArrayData)  // Expand the BLOB
BLOB TO VARIABLE($vxArrayData; $ptrArray->)  // Retrieve the array from the BLOB
