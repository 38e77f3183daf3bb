// fourd run examples/classes --method main
var $shapes:=[cs.Circle.new(1); cs.Rectangle.new(2; 3); cs.Rectangle.new(2; 2)]
var $shape : cs.Shape
For each ($shape; $shapes)
	Out($shape.describe())
End for each
Out("a square: "+String($shapes[2].isSquare))
Out("total area: "+String($shapes.reduce(Formula($1.accumulator+=$1.value.area()); 0); "###0.00"))
// class objects, inheritance
Out(cs.Circle.name+" extends "+cs.Circle.superclass.name)
Out("instance of Shape: "+String(OB Instance of($shapes[0]; cs.Shape)))
// sort by a computed value with a formula
var $sorted:=$shapes.orderByMethod(Formula($1.value.area()<$1.value2.area()))
Out("smallest: "+$sorted[0].describe())
