// System variables (variables.md, "System variables") exist in every process
// with the type 4D gives them: Document is a Text, OK and Error are Longints.
out(String(Value type(Document)=Is text))  // True
out(String(Value type(OK)=Is longint))  // True
out(String(Value type(Error)=Is longint))  // True
out("["+Document+"]")  // []
out(String(Value type(Error method)=Is text)+" "+String(Value type(Error line)=Is longint))  // True True
// commands that set OK keep it a Longint
CONFIRM("Proceed?")
out(String(OK)+" "+String(Value type(OK)=Is longint))  // 1 True
