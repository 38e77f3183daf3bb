// SAVE ARRAY (variable-to-blob.md example 2)
// saveArray ( Document ; -> Array )
#DECLARE($doc : Text; $ptrArray : Pointer)
var $vxArrayData : Blob
VARIABLE TO BLOB($ptrArray->; $vxArrayData)  // Store the array in the BLOB
COMPRESS BLOB($vxArrayData)  // Compress the BLOB
BLOB TO DOCUMENT($doc; $vxArrayData)  // Save the BLOB on disk
