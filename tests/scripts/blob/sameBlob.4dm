// sameBlob($b) -> $b: returns the 4D.Blob it receives (by reference, dt_blob.md)
#DECLARE($b : 4D.Blob) : 4D.Blob
return $b
