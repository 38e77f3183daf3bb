// changeBlob($b): empties its BLOB parameter (a copy: dt_blob.md, scalar
// blobs are duplicated when passed to methods)
#DECLARE($b : Blob)
SET BLOB SIZE($b; 0)
