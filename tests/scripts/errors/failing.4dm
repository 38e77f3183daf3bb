throw(7; "failure in callee")
