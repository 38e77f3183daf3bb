// #DECLARE parameters, results, variadic and legacy $0/$1 (parameters.md).
out(String(add(2; 3)))
out(legacy_params("x"; 1))
out(variadic("v"; 1; 2.5; 3))
// Missing parameters get their type's empty value.
out(defaults)
out(defaults("a"))
// Undefined passed to a typed parameter becomes the empty value.
var $o : Object:={}
out(defaults($o.missing; $o.missing))
