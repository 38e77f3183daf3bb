// Arguments beyond the declared parameters (parameters.md): counted, read
// and written through `${n}` in the called method, never in the caller.
var $t : Text:="b"
out(extra_args("a"; 1; $t))
out($t)
out(extra_args("only"))
// Nested calls each see their own arguments.
out(extra_args(extra_args("x"; 2); 3))
