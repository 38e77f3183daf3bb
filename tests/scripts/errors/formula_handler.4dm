out("formula: "+Error formula)
