singleton Class constructor()
	throw(123; "boom in constructor")
