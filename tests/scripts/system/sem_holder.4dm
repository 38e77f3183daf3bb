$x:=Semaphore("Transient")
