//! Reading XML into a tree (DOM Parse XML source / variable, the XML
//! fragments of DOM Append XML child node) with quick-xml's event reader.
//!
//! The parser is non-validating (a DTD or schema is not checked) and
//! strict about well-formedness: one root element, matching end tags,
//! unique attributes, valid names, declared entities only (the five
//! predefined ones, character references, and the internal `<!ENTITY>`
//! declarations of the DOCTYPE; external entities are never resolved, as
//! with 4D's default "XML external entity resolution" = disabled).
//!
//! Whitespace: a text node made only of whitespace is dropped when its
//! element also has element, comment, CDATA or processing-instruction
//! children (the indentation of the source), so that exporting a parsed
//! document with indentation does not indent it twice; an element whose
//! only content is whitespace keeps it (fourd's choice: the docs are silent).

use quick_xml::XmlVersion;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use rustc_hash::FxHashMap;

use super::tree::{DOCUMENT, Doc, Fragment, Kind, NodeId, is_valid_name};
use crate::builtins::files::charset;
use crate::runtime::value::Value;

/// Where and why a source is not well-formed (XML GET ERROR).
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub message: String,
    /// 1-based line and column (in characters) of the error.
    pub line: usize,
    pub column: usize,
}

/// The text of an XML source given as bytes: a BOM wins, then UTF-16
/// without BOM (`<` followed or preceded by a zero byte), then the
/// `encoding` of the XML declaration; UTF-8 otherwise.
pub fn decode(bytes: &[u8]) -> String {
    let utf16 = match bytes {
        [0x3C, 0x00, ..] => Some(charset::Encoding::Utf16Le),
        [0x00, 0x3C, ..] => Some(charset::Encoding::Utf16Be),
        _ => None,
    };
    let starts_with_bom =
        bytes.starts_with(&[0xEF, 0xBB, 0xBF]) || bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    let cs = if starts_with_bom {
        charset::Charset::DEFAULT
    } else if let Some(encoding) = utf16 {
        charset::Charset { encoding, bom: false }
    } else {
        declared_encoding(bytes)
            .and_then(|name| charset::charset_of(&Value::text(name)))
            .unwrap_or(charset::Charset::DEFAULT)
    };
    charset::decode(bytes, cs)
}

/// The `encoding` pseudo-attribute of an ASCII-compatible XML declaration.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(512))?;
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = memchr::memmem::find(head, b"?>")?;
    let decl = std::str::from_utf8(head.get(..end)?).ok()?;
    let at = decl.find("encoding")?;
    let rest = decl
        .get(at + "encoding".len()..)?
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next()?;
    if quote != '"' && quote != '\'' {
        return None;
    }
    let rest = rest.get(1..)?;
    Some(rest.get(..rest.find(quote)?)?.to_string())
}

/// The 1-based line and column of byte offset `at` in `text`.
fn position(text: &str, at: u64) -> (usize, usize) {
    let mut at = (at as usize).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = text.get(..at).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    (line, column)
}

fn error_at(text: &str, at: u64, message: impl Into<String>) -> ParseError {
    let (line, column) = position(text, at);
    ParseError {
        message: message.into(),
        line,
        column,
    }
}

/// Parses a whole document.
pub fn parse(text: &str) -> Result<Doc, ParseError> {
    let source = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut b = Builder::new(source);
    b.run(false)?;
    Ok(b.doc)
}

/// Parses the content of an element (XML ELEMENT child nodes): the nodes
/// of `text`, which may hold several elements and text around them.
pub fn parse_fragment(text: &str) -> Result<Vec<Fragment>, ParseError> {
    let mut b = Builder::new(text);
    b.run(true)?;
    let top = b.doc.root().unwrap_or(DOCUMENT);
    let mut out = Vec::new();
    for &c in b.doc.children(top) {
        if let Some(f) = b.doc.extract(c) {
            out.push(f);
        }
    }
    Ok(out)
}

struct Builder<'a> {
    source: &'a str,
    doc: Doc,
    stack: Vec<NodeId>,
    text: String,
    entities: FxHashMap<String, String>,
}

impl<'a> Builder<'a> {
    fn new(source: &'a str) -> Builder<'a> {
        Builder {
            source,
            doc: Doc::new(),
            stack: vec![DOCUMENT],
            text: String::new(),
            entities: FxHashMap::default(),
        }
    }

    fn top(&self) -> NodeId {
        self.stack.last().copied().unwrap_or(DOCUMENT)
    }

    /// Turns the text read so far into a text node.
    fn flush(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let t = std::mem::take(&mut self.text);
        let id = self.doc.add(Kind::Text(t));
        let top = self.top();
        self.doc.append(top, id);
    }

    fn add(&mut self, kind: Kind) -> NodeId {
        self.flush();
        let id = self.doc.add(kind);
        let top = self.top();
        self.doc.append(top, id);
        id
    }

    /// Reads every event; `fragment`: the source is element content (any
    /// number of top-level elements and text, no prolog).
    fn run(&mut self, fragment: bool) -> Result<(), ParseError> {
        if fragment {
            let holder = self.doc.add(super::tree::element("fragment"));
            self.doc.append(DOCUMENT, holder);
            self.stack.push(holder);
        }
        let base = self.stack.len();
        let source = self.source;
        let mut reader = Reader::from_str(source);
        {
            let cfg = reader.config_mut();
            cfg.check_end_names = true;
            cfg.check_comments = true;
            cfg.trim_text(false);
        }
        let mut first = true;
        let mut has_root = false;
        loop {
            let start = reader.buffer_position();
            let ev = reader
                .read_event()
                .map_err(|e| error_at(source, reader.error_position(), e.to_string()))?;
            let fail = |msg: &str| Err(error_at(source, start, msg));
            let at_top = self.stack.len() == base;
            let was_first = std::mem::replace(&mut first, false);
            match ev {
                Event::Decl(d) => {
                    if !was_first || fragment {
                        return fail("the XML declaration is allowed only at the start of the document");
                    }
                    let bad = |e: String| error_at(source, start, e);
                    self.doc.version = d.version().map_err(|e| bad(e.to_string()))?.into_owned();
                    if let Some(enc) = d.encoding() {
                        self.doc.encoding = enc.map_err(|e| bad(e.to_string()))?.into_owned();
                    }
                    if let Some(sa) = d.standalone() {
                        self.doc.standalone = sa.map_err(|e| bad(e.to_string()))?.as_ref() == "yes";
                    }
                }
                Event::DocType(t) => {
                    if !at_top || has_root || fragment {
                        return fail("a DOCTYPE must come before the root element");
                    }
                    let content = t.xml10_content().trim().to_string();
                    self.entities = entities_of(&content);
                    self.add(Kind::DocType(content));
                }
                Event::Start(e) | Event::Empty(e) if at_top && has_root && !fragment => {
                    let _ = e;
                    return fail("only one root element is allowed");
                }
                Event::Start(e) => {
                    let kind = self.element(&e, start)?;
                    let id = self.add(kind);
                    self.stack.push(id);
                    has_root = true;
                }
                Event::Empty(e) => {
                    let kind = self.element(&e, start)?;
                    self.add(kind);
                    has_root = true;
                }
                Event::End(_) => {
                    self.flush();
                    if self.stack.len() <= base {
                        return fail("an end tag has no start tag");
                    }
                    self.stack.pop();
                }
                Event::Text(t) => {
                    let content = t.xml10_content();
                    if at_top && !fragment {
                        if content.chars().any(|c| !c.is_whitespace()) {
                            return fail("text is not allowed outside the root element");
                        }
                    } else {
                        self.text.push_str(&content);
                    }
                }
                Event::GeneralRef(r) => {
                    if at_top && !fragment {
                        return fail("a reference is not allowed outside the root element");
                    }
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => self.text.push(c),
                        Ok(None) => {
                            let name = r.xml10_content();
                            match resolve_predefined_entity(&name) {
                                Some(v) => self.text.push_str(v),
                                None => match self.entities.get(name.as_ref()) {
                                    Some(v) => {
                                        let v = v.clone();
                                        self.text.push_str(&v);
                                    }
                                    None => return fail(&format!("the entity '{name}' is not declared")),
                                },
                            }
                        }
                        Err(e) => return fail(&e.to_string()),
                    }
                }
                Event::CData(t) => {
                    if at_top && !fragment {
                        return fail("CDATA is not allowed outside the root element");
                    }
                    self.add(Kind::CData(t.xml10_content().into_owned()));
                }
                Event::Comment(t) => {
                    self.add(Kind::Comment(t.xml10_content().into_owned()));
                }
                Event::PI(pi) => {
                    let target = pi.target().to_string();
                    if target.eq_ignore_ascii_case("xml") {
                        return fail("the XML declaration is allowed only at the start of the document");
                    }
                    let data = pi.content().trim_start().to_string();
                    self.add(Kind::Pi { target, data });
                }
                Event::Eof => {
                    if self.stack.len() > base {
                        return fail("the document ends before the end tag of an element");
                    }
                    self.flush();
                    if !has_root && !fragment {
                        return fail("the document has no root element");
                    }
                    break;
                }
            }
        }
        drop_indentation(&mut self.doc);
        Ok(())
    }

    /// An element's name and attributes.
    fn element(&self, e: &BytesStart, start: u64) -> Result<Kind, ParseError> {
        let source = self.source;
        let name = e.name().as_ref().to_string();
        if !is_valid_name(&name) {
            return Err(error_at(source, start, format!("'{name}' is not a valid element name")));
        }
        let mut attrs: Vec<(String, String)> = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|err| error_at(source, start, err.to_string()))?;
            let key = a.key.as_ref().to_string();
            if !is_valid_name(&key) {
                return Err(error_at(
                    source,
                    start,
                    format!("'{key}' is not a valid attribute name"),
                ));
            }
            let entities = &self.entities;
            let value = a
                .normalized_value_with(XmlVersion::Implicit1_0, 8, |ent: &str| {
                    resolve_predefined_entity(ent).or_else(|| entities.get(ent).map(String::as_str))
                })
                .map_err(|err| error_at(source, start, err.to_string()))?;
            attrs.push((key, value.into_owned()));
        }
        Ok(Kind::Element { name, attrs })
    }
}

/// The internal general entities of a DOCTYPE (`<!ENTITY name "value">`);
/// parameter and external entities are left out.
fn entities_of(doctype: &str) -> FxHashMap<String, String> {
    let mut out = FxHashMap::default();
    let mut rest = doctype;
    while let Some(at) = rest.find("<!ENTITY") {
        rest = rest.get(at + "<!ENTITY".len()..).unwrap_or_default();
        let decl = rest.trim_start();
        if decl.starts_with('%') {
            continue;
        }
        let name_len = decl.find(char::is_whitespace).unwrap_or(decl.len());
        let name = decl.get(..name_len).unwrap_or_default();
        let after = decl.get(name_len..).unwrap_or_default().trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let body = after.get(1..).unwrap_or_default();
        let Some(end) = body.find(quote) else { break };
        let raw = body.get(..end).unwrap_or_default();
        let value = quick_xml::escape::unescape_with(raw, |e| {
            resolve_predefined_entity(e).or_else(|| out.get(e).map(String::as_str))
        })
        .map(|v| v.into_owned())
        .unwrap_or_else(|_| raw.to_string());
        out.insert(name.to_string(), value);
    }
    out
}

/// Drops the whitespace-only text nodes of elements that have other
/// kinds of children (see the module comment).
fn drop_indentation(doc: &mut Doc) {
    for id in doc.descendants(DOCUMENT) {
        let structured = doc.children(id).iter().any(|&c| {
            matches!(
                doc.kind(c),
                Some(Kind::Element { .. } | Kind::Comment(_) | Kind::CData(_) | Kind::Pi { .. })
            )
        });
        if structured {
            doc.remove_leaves(id, |k| matches!(k, Kind::Text(t) if t.chars().all(char::is_whitespace)));
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn parses_elements_attributes_and_text() {
        let d = parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Book a=\"1\" b='x &amp; y'>\n  <Title>The Best Seller</Title>\n</Book>\n").unwrap();
        assert_eq!(d.encoding, "ISO-8859-1");
        let root = d.root().unwrap();
        assert_eq!(d.name(root), "Book");
        assert_eq!(d.attr(root, "b"), Some("x & y"));
        let kids = d.children(root);
        assert_eq!(kids.len(), 1, "indentation dropped");
        assert_eq!(d.value(kids[0], false), "The Best Seller");
    }

    #[test]
    fn references_and_cdata() {
        let d = parse("<a>1 &lt; 2 &#x41;&#66;<![CDATA[x<y]]></a>").unwrap();
        let root = d.root().unwrap();
        assert_eq!(d.value(root, false), "1 < 2 AB");
        assert_eq!(d.value(root, true), "x<y");
    }

    #[test]
    fn internal_entities() {
        let d = parse("<!DOCTYPE a [<!ENTITY who \"World\">]><a t=\"&who;\">Hello &who;</a>").unwrap();
        let root = d.root().unwrap();
        assert_eq!(d.value(root, false), "Hello World");
        assert_eq!(d.attr(root, "t"), Some("World"));
        assert!(matches!(d.kind(d.children(DOCUMENT)[0]), Some(Kind::DocType(_))));
    }

    #[test]
    fn whitespace_only_content_is_kept() {
        let d = parse("<a> </a>").unwrap();
        assert_eq!(d.value(d.root().unwrap(), false), " ");
    }

    #[test]
    fn malformed_sources_are_errors() {
        for bad in [
            "",
            "<a>",
            "<a></b>",
            "<a/><b/>",
            "text<a/>",
            "<a x='1' x='2'/>",
            "<a>&nope;</a>",
            "<1a/>",
            "<a><?xml version='1.0'?></a>",
            "<a>\u{0}</a><",
            "<a b=c/>",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn error_positions() {
        let e = parse("<a>\n  <b></c>\n</a>").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.column >= 3, "{e:?}");
    }

    #[test]
    fn decoding() {
        assert_eq!(decode(b"\xEF\xBB\xBF<a/>"), "<a/>");
        assert!(decode(b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xE9</a>").ends_with("<a>é</a>"));
        let utf16: Vec<u8> = "<a/>".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&utf16), "<a/>");
    }

    #[test]
    fn fragments() {
        let f = parse_fragment("<child>simon</child><child>eva</child>").unwrap();
        assert_eq!(f.len(), 2);
        assert!(parse_fragment("<a>").is_err());
    }

    /// Random XML-like sources never panic.
    #[test]
    fn random_sources() {
        let pieces = [
            "<a>",
            "</a>",
            "<b x='1'>",
            "</b>",
            "<c/>",
            "text",
            "&amp;",
            "&#x41;",
            "&bad;",
            "<![CDATA[x]]>",
            "<!--c-->",
            "<?p d?>",
            "<!DOCTYPE a [<!ENTITY e 'v'>]>",
            "&e;",
            "<?xml version='1.0'?>",
            "<",
            ">",
            "\"",
            "'",
            "=",
            " ",
            "\n",
            "é",
            "\u{0}",
            "]]>",
            "<a b=",
            "&#;",
            "&#xFFFFFFFF;",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..3000 {
            let mut src = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 12) as usize;
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                src.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            if let Ok(d) = parse(&src) {
                let _ = super::super::write::write(&d, DOCUMENT);
            }
            let _ = parse_fragment(&src);
        }
    }

    /// A large flat document: parsing, dropping its indentation and
    /// walking its siblings stay linear.
    #[test]
    fn large_flat_documents() {
        let mut src = String::from("<rows>\n");
        for i in 0..100_000 {
            src.push_str(&format!("  <row n=\"{i}\">v</row>\n"));
        }
        src.push_str("</rows>");
        let start = std::time::Instant::now();
        let d = parse(&src).unwrap();
        let root = d.root().unwrap();
        let mut n = d.element_children(root).first().copied();
        let mut count = 0;
        while let Some(e) = n {
            count += 1;
            n = d.sibling_element(e, true);
        }
        assert_eq!(count, 100_000);
        assert!(start.elapsed().as_secs() < 20, "too slow: {:?}", start.elapsed());
    }
}
