// OB Instance of / OB Class (ob-instance-of.md, ob-class.md)
var $poly; $square : Object
$poly:=cs.Polygon.new(4;3)
out(String(OB Instance of($poly;cs.Polygon)))  // True
out(String(OB Instance of($poly;4D.Object)))  // True
out(String(OB Instance of($poly;cs.Circle)))  // False
$square:=cs.Square.new(2)
out(String(OB Instance of($square;cs.Polygon)))  // True: a child class
out(String(OB Instance of($poly;cs.Square)))  // False
out(String(OB Instance of(New object;4D.Object)))  // True: all objects inherit from Object
out(OB Class($poly).name)  // Polygon
out(OB Class($square).superclass.name)  // Polygon
out(OB Class(New object).name)  // Object
out(String(OB Class("text")=Null))  // True: not an object
// a class parameter that is not a class: error -10745
var $ok : Boolean
Try
	$ok:=OB Instance of($poly;New object)
Catch
	out(String(Last errors[0].errCode))
End try
