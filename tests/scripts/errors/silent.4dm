// An empty handler suppresses errors (error-handling.md).
