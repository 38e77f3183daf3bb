#DECLARE($line : Text)
LOG EVENT(Into system standard outputs; $line+"\n")
