#DECLARE($t : Text)
out($t+" in "+Current process name)
