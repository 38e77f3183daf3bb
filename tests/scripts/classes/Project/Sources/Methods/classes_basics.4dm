var $poly; $sq : Object
$poly:=cs.Polygon.new(4; 3)
out(String($poly.area)+" "+$poly.name)
$sq:=cs.Square.new(5)
out(String($sq.getArea())+" "+$sq.name)
out(cs.Square.name+" < "+cs.Square.superclass.name)
var $p : cs.Person
$p:=cs.Person.new("John"; "Smith")
out($p.fullName)
out($p.greet("Hello"))
$p.fullName:="Jane Doe"
out($p.firstName+"|"+$p.lastName)
out($p.kind)
var $s : cs.Student
$s:=cs.Student.new("Ann"; "Lee"; "MIT")
out($s.describe())
out($s.greet("Hi"))
var $e : Object:=cs.Empty.new()
out(String(OB Is empty($e))+" "+OB Class($e).name)
out(String(OB Instance of($poly; cs.Polygon))+String(OB Instance of($poly; 4D.Object))+String(OB Instance of($sq; cs.Polygon))+String(OB Instance of($poly; cs.Square)))
out(String(cs.Counter.me.increment())+String(cs.Counter.me.increment())+String(cs.Counter.new().value))
out(String(cs.Counter.isSingleton)+String(cs.Person.isSingleton))
