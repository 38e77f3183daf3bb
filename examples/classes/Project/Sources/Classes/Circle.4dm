Class extends Shape

property radius : Real

Class constructor($radius : Real)
	Super("circle")
	This.radius:=$radius

Function area() : Real
	return Pi*(This.radius^2)
