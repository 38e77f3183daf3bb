// Version type (version-type.md) returns a bit field; its constants are bit
// numbers tested with the Bit test operator `??`.
// Constants: 64 bit version = 1, Demo version = 0, Merged application = 2.
out(String(64 bit version)+" "+String(Demo version)+" "+String(Merged application))
out(String(Version type:C495 ?? 64 bit version:K5:25))  // a 64-bit application
If (Version type ?? Merged application)
	out("merged")
Else
	out("executed by 4D")
End if
// license and web server constants (is-license-available.md, web-server.md)
out(String(4D Web license))
out(String(Web server database)+" "+String(Web server host database)+" "+String(Web server receiving request))
out(String(wdl disable web log)+" "+String(wdl enable with all body parts))
