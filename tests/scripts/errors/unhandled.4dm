// An error nobody handles stops the run: exit code 1, output before it kept.
out("before")
nested
out("never printed")
