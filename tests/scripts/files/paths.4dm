// Path to object / Object to path (path-to-object.md, object-to-path.md);
// on Linux the system syntax is POSIX
var $o : Object
$o:=Path to object("/first/second/fileZ")
out(JSON Stringify($o))  // {"parentFolder":"/first/second/","name":"fileZ","extension":"","isFolder":false}
$o:=Path to object("/images/jan/pict1.png";Path is system)
out(JSON Stringify($o))
$o:=Path to object("/first/second.bundle/";Path is POSIX)
out(JSON Stringify($o))
$o:=Path to object("/folder/.invisible";Path is POSIX)
out(JSON Stringify($o))
// example 2: rename a file in a path
$o:=Path to object("/4D/resources/images/4D.jpg")
$o.name:="4DOld"
out(Object to path($o))  // /4D/resources/images/4DOld.jpg
// the separator is the last character of parentFolder; the extension's dot may be omitted
out(Object to path(New object("parentFolder";"C:\\docs\\";"name";"file";"extension";"txt")))
out(Object to path(New object("parentFolder";"/a/";"name";"b";"isFolder";True)))

// Convert path system to POSIX / POSIX to system (convert-path-*.md)
out(Convert path system to POSIX("/docs/file 2.txt"))
out(Convert path system to POSIX("/docs/file 2.txt";*))  // /docs/file%202.txt
out(String(Convert path system to POSIX("images/a.png")=(Get 4D folder(Database folder)+"images/a.png")))  // relative: from the database folder
out(Convert path POSIX to system("/docs/file%202.txt";*))  // /docs/file 2.txt
out(Convert path POSIX to system("/docs/file 2.txt"))
