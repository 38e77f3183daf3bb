Class constructor($radius : Integer)
	This.radius:=$radius
