// Error handler used when the session id is unknown.
errorCount:=errorCount+1
