// Generate digest (commands/generate-digest.md)
out(Generate digest("The quick brown fox jumps over the lazy dog.";MD5 digest))  // e4d909c290d0fb1ca068ffaddf22cbd0
out(Generate digest("The quick brown fox jumps over the lazy dog.";SHA1 digest))  // 408d94384216f890ff7a0c3528e8bed1e0b01621
// an empty text still has a digest
out(Generate digest("";MD5 digest))  // d41d8cd98f00b204e9800998ecf8427e
// SHA-256 and SHA-512 (FIPS 180-2 test vectors for "abc")
out(Generate digest("abc";SHA256 digest))
out(Generate digest("abc";SHA512 digest))
out(String(Length(Generate digest("abc";SHA512 digest))))  // 128 hexadecimal characters
// the UTF-8 form of the text is hashed; a BLOB gives the same digest
var $blob : Blob
BASE64 DECODE("YWJj";$blob)  // the bytes of "abc"
out(Generate digest($blob;SHA256 digest))
out(Generate digest("é";MD5 digest))
// * encodes in Base64URL
out(Generate digest("abc";SHA256 digest;*))
