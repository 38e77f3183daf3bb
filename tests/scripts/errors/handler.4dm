// ON ERR CALL handler: reports the error system variables.
out("handler: "+String(Error)+" in "+Error method+" at line "+String(Error line))
