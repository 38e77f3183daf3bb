// Euro converter: fixed rates, 2 decimals (none for lire, Belgian and
// Luxembourg francs, pesetas). Currency codes as texts (the Euro
// Currencies constants hold these codes).
var $value : Real
$value:=10000
out(String(Euro converter($value; "FRF"; "EUR")))
out(String(Euro converter($value; "FRF"; "ITL")))
out(String(Euro converter(1; "EUR"; "DEM")))
out(String(Euro converter(1; "EUR"; "BEF")))
out(String(Euro converter(100; "ATS"; "DEM")))
out(String(Euro converter(1936.27; "ITL"; "EUR")))
// The Euro Currencies constants (euro-converter.md).
out(Euro+" "+French Franc+" "+Italian Lire+" "+Deutsche Mark+" "+Spanish Peseta)
out(String(Euro converter(10000; French Franc; Euro)))
