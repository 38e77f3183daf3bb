// Hypotenuse ( legA ; legB ) -> Hypotenuse (the Square root docs' example).
#DECLARE($a : Real; $b : Real) : Real
return Square root(($a^2)+($b^2))
