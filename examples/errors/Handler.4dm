// The error handler: Error holds the code, Error method where it happened.
Out("handler: error "+Choose(Error#0; "raised"; "none")+" in "+Error method)
