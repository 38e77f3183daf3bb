Class constructor($width : Integer; $height : Integer)
	This.area:=$width*$height
