// A process that ends at once.
var vtShort : Text
vtShort:="gone soon"
