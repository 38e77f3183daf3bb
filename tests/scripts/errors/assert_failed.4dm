// A failed ASSERT nobody handles ends the run with exit code 1.
ASSERT(1=2; "one is not two")
out("never printed")
