out("handler: "+String(Error))
