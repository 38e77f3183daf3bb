#DECLARE($t : Text)
LOG EVENT(Into system standard outputs; $t+Char(Line feed))
