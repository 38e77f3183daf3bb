//! DOM documents: DOM Parse XML source, DOM Parse XML variable, DOM Create
//! XML Ref, DOM CLOSE XML, DOM EXPORT TO VAR, DOM EXPORT TO FILE, DOM SET
//! XML DECLARATION, DOM Get XML information; and the XML theme's XML SET
//! OPTIONS, XML GET OPTIONS, XML DECODE, XML GET ERROR.
//!
//! Decisions where the docs are silent or describe what a headless run
//! cannot do:
//! - an empty pathname would show a file dialog: it is answered Cancel (OK
//!   = 0, null reference) and logged on stderr, as `Open document` does;
//! - URLs (http, https, ftp) cannot be read (fourd has no network): error
//!   -43;
//! - validation by DTD or schema is not done: the document is only checked
//!   for well-formedness (the *validation* parameters are ignored);
//! - DOM CLOSE XML accepts the root element or the document node;
//! - a BLOB receives the XML text in the document's encoding (UTF-8 by
//!   default), with a BOM only under XML BOM = XML enabled.

use super::options::{self as opt, INDENTATION, NO_INDENTATION, WITH_INDENTATION};
use super::parse::{decode, parse};
use super::tree::{DOCUMENT, Doc, Kind};
use super::{NULL_REF, Ref, fail, set_ok, store, text_arg, with_node, with_table, xml_code};
use crate::builtins::files::{charset, io_error, os, system_path};
use crate::builtins::{boolean, int, present, set_arg, val};
use crate::runtime::error::{RtResult, code};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// Parses `source` into a new document of this process: its root's reference.
fn open(p: &mut Interp, source: &str, uri: String, cmd: &str, span: Span) -> RtResult<Value> {
    match parse(source) {
        Ok(mut doc) => {
            doc.uri = uri;
            let root = doc.root().unwrap_or(DOCUMENT);
            let id = store(p, doc);
            with_table(p, |t| t.last_error = None);
            set_ok(p, true);
            Ok(Ref { doc: id, node: root }.value())
        }
        Err(e) => {
            let message = format!("{cmd}: {} (line {}, column {})", e.message, e.line, e.column);
            with_table(p, |t| t.last_error = Some(e));
            fail(p, xml_code::PARSER, message, span)
        }
    }
}

/// `DOM Parse XML source(document {; validation {; dtd | schema}})`
pub fn parse_xml_source(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOM Parse XML source";
    let name = text_arg(p, args, 0, span)?;
    if name.is_empty() {
        crate::builtins::system::headless_log(p, CMD, "file dialog");
        set_ok(p, false);
        return Ok(Value::text(NULL_REF));
    }
    let lower = name.to_ascii_lowercase();
    if ["http://", "https://", "ftp://"].iter().any(|s| lower.starts_with(s)) {
        return fail(
            p,
            os::NOT_FOUND,
            format!("{CMD}: fourd cannot read {name} (no network)"),
            span,
        );
    }
    let path = system_path(p, name.strip_prefix("file://").unwrap_or(&name));
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            set_ok(p, false);
            return Err(io_error(&e, &path, span));
        }
    };
    let uri = format!("file://{}", path.display());
    open(p, &decode(&bytes), uri, CMD, span)
}

/// `DOM Parse XML variable(variable {; validation {; dtd | schema}})`
pub fn parse_xml_variable(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOM Parse XML variable";
    let source = match val(p, args, 0)? {
        Value::Text(t) => t.as_str().to_string(),
        Value::Blob(b) => decode(&b),
        Value::Undefined => String::new(),
        other => {
            return fail(
                p,
                code::BAD_ARGUMENT,
                format!(
                    "{CMD}: the variable must be a text or a BLOB, not {}",
                    crate::runtime::ops::type_name_of(&other)
                ),
                span,
            );
        }
    };
    open(p, &source, String::new(), CMD, span)
}

/// `DOM Create XML Ref(root {; nameSpace} {; nameSpaceName ; nameSpaceValue}…)`:
/// an even number of arguments has the *nameSpace* of the root; the pairs
/// declare `xmlns:name="value"`.
pub fn create_xml_ref(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOM Create XML Ref";
    let root = text_arg(p, args, 0, span)?;
    if !super::tree::is_valid_name(&root) {
        return fail(
            p,
            xml_code::BAD_NAME,
            format!("{CMD}: \"{root}\" is not a valid element name"),
            span,
        );
    }
    let mut doc = Doc::with_root(&root);
    let root_id = doc.root().unwrap_or(DOCUMENT);
    let mut first_pair = 1;
    let mut namespace = String::new();
    if args.len().is_multiple_of(2) {
        namespace = text_arg(p, args, 1, span)?;
        first_pair = 2;
    }
    match root.split_once(':') {
        Some((prefix, _)) if namespace.is_empty() => {
            return fail(
                p,
                xml_code::BAD_NAME,
                format!("{CMD}: the namespace of the prefix {prefix} is missing"),
                span,
            );
        }
        Some((prefix, _)) => doc.set_attr(root_id, &format!("xmlns:{prefix}"), &namespace),
        None if !namespace.is_empty() => doc.set_attr(root_id, "xmlns", &namespace),
        None => {}
    }
    let mut i = first_pair;
    while i + 1 < args.len() {
        let name = text_arg(p, args, i, span)?;
        let value = text_arg(p, args, i + 1, span)?;
        let name = if name == "xmlns" || name.starts_with("xmlns:") {
            name
        } else {
            format!("xmlns:{name}")
        };
        if !super::tree::is_valid_name(&name) {
            return fail(
                p,
                xml_code::BAD_NAME,
                format!("{CMD}: \"{name}\" is not a valid name"),
                span,
            );
        }
        doc.set_attr(root_id, &name, &value);
        i += 2;
    }
    let id = store(p, doc);
    set_ok(p, true);
    Ok(Ref { doc: id, node: root_id }.value())
}

/// `DOM CLOSE XML(elementRef)`
pub fn close_xml(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let doc = with_node(p, args, 0, "DOM CLOSE XML", span, |d, node, doc| {
        if node == DOCUMENT || Some(node) == d.root() {
            Ok(doc)
        } else {
            Err((xml_code::BAD_REF, "the reference is not the root element".into()))
        }
    })?;
    with_table(p, |t| t.docs.remove(&doc));
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// The XML text of a document or element and its encoding.
fn export(p: &mut Interp, args: &[Arg], cmd: &str, span: Span) -> RtResult<(String, charset::Charset)> {
    with_node(p, args, 0, cmd, span, |d, node, _| {
        let text = super::write::write(d, node);
        let cs = charset::charset_of(&Value::text(d.encoding.clone())).unwrap_or(charset::Charset::DEFAULT);
        Ok((
            text,
            charset::Charset {
                bom: d.options.bom(),
                ..cs
            },
        ))
    })
}

/// `DOM EXPORT TO VAR(elementRef; vXmlVar)`: text, or bytes for a BLOB.
pub fn export_to_var(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (text, cs) = export(p, args, "DOM EXPORT TO VAR", span)?;
    let v = match val(p, args, 1)? {
        Value::Blob(_) => Value::Blob(std::rc::Rc::new(charset::encode(&text, cs))),
        _ => Value::text(text),
    };
    set_arg(p, args, 1, v, span)?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `DOM EXPORT TO FILE(elementRef; filePath)`
pub fn export_to_file(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOM EXPORT TO FILE";
    let (text, cs) = export(p, args, CMD, span)?;
    let name = text_arg(p, args, 1, span)?;
    if name.is_empty() {
        crate::builtins::system::headless_log(p, CMD, "file dialog");
        set_ok(p, false);
        return Ok(Value::Undefined);
    }
    let path = system_path(p, &name);
    if let Err(e) = std::fs::write(&path, charset::encode(&text, cs)) {
        set_ok(p, false);
        return Err(io_error(&e, &path, span));
    }
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `DOM SET XML DECLARATION(elementRef; encoding {; standalone {; indentation}})`:
/// an unsupported character set gives UTF-8 (dom-set-xml-declaration.md);
/// the obsolete *indentation* sets the XML indentation option.
pub fn set_xml_declaration(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let encoding = text_arg(p, args, 1, span)?;
    let standalone = present(args, 2) && boolean(p, args, 2, span)?;
    let indent = if present(args, 3) {
        Some(boolean(p, args, 3, span)?)
    } else {
        None
    };
    with_node(p, args, 0, "DOM SET XML DECLARATION", span, |d, _, _| {
        d.encoding = match charset::charset_of(&Value::text(encoding.clone())) {
            Some(_) => encoding,
            None => "UTF-8".into(),
        };
        d.standalone = standalone;
        if let Some(i) = indent {
            d.options
                .set(INDENTATION, if i { WITH_INDENTATION } else { NO_INDENTATION });
        }
        Ok(())
    })?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// The parts of a DOCTYPE: name, public id, system id.
fn doctype_parts(d: &str) -> (String, String, String) {
    let mut words = Vec::new();
    let mut rest = d.split('[').next().unwrap_or_default().trim();
    while !rest.is_empty() {
        let first = rest.chars().next().unwrap_or(' ');
        if first == '"' || first == '\'' {
            let body = rest.get(1..).unwrap_or_default();
            let end = body.find(first).unwrap_or(body.len());
            words.push(body.get(..end).unwrap_or_default().to_string());
            rest = body.get(end + 1..).unwrap_or_default().trim_start();
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            words.push(rest.get(..end).unwrap_or_default().to_string());
            rest = rest.get(end..).unwrap_or_default().trim_start();
        }
    }
    let word = |i: usize| words.get(i).cloned().unwrap_or_default();
    match words.get(1).map(String::as_str) {
        Some("PUBLIC") => (word(0), word(2), word(3)),
        Some("SYSTEM") => (word(0), String::new(), word(2)),
        _ => (word(0), String::new(), String::new()),
    }
}

/// `DOM Get XML information(elementRef; xmlInfo)`: 1 PUBLIC ID, 2 SYSTEM
/// ID, 3 DOCTYPE Name, 4 Encoding, 5 Version, 6 Document URI
/// (dom-get-xml-information.md; the URI is where the document was read
/// from, empty for a variable or a new tree).
pub fn get_xml_information(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let info = int(p, args, 1, span)?;
    let s = with_node(p, args, 0, "DOM Get XML information", span, |d, _, _| {
        let doctype = d.children(DOCUMENT).iter().find_map(|&c| match d.kind(c) {
            Some(Kind::DocType(t)) => Some(t.clone()),
            _ => None,
        });
        let (name, public, system) = doctype.map(|t| doctype_parts(&t)).unwrap_or_default();
        Ok(match info {
            1 => public,
            2 => system,
            3 => name,
            4 => d.encoding.clone(),
            5 => d.version.clone(),
            6 => d.uri.clone(),
            other => return Err((code::BAD_ARGUMENT, format!("{other} is not an XML information type"))),
        })
    })?;
    set_ok(p, true);
    Ok(Value::text(s))
}

/// The document of XML SET/GET OPTIONS' first argument; None when it is
/// not a reference and only the process-wide selector (external entity
/// resolution) is used.
fn options_doc(p: &mut Interp, args: &[Arg], cmd: &str, span: Span) -> RtResult<Option<u64>> {
    if let Value::Time(_) = val(p, args, 0)? {
        return fail(
            p,
            code::NOT_IMPLEMENTED,
            format!("{cmd}: the XML SAX commands are not implemented"),
            span,
        );
    }
    let mut only_global = true;
    let mut i = 1;
    while i < args.len() {
        only_global &= int(p, args, i, span)? == opt::EXTERNAL_ENTITIES;
        i += 2;
    }
    let first = text_arg(p, args, 0, span)?;
    if only_global && Ref::parse(&first).is_none() {
        return Ok(None);
    }
    Ok(Some(super::ref_arg(p, args, 0, cmd, span)?.doc))
}

/// `XML SET OPTIONS(elementRef | document; selector; value {; selector2; value2…})`
pub fn xml_set_options(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "XML SET OPTIONS";
    let doc = options_doc(p, args, CMD, span)?;
    let mut pairs = Vec::new();
    let mut i = 1;
    while i + 1 < args.len() {
        pairs.push((int(p, args, i, span)?, int(p, args, i + 1, span)?));
        i += 2;
    }
    let Some(doc) = doc else {
        set_ok(p, true);
        return Ok(Value::Undefined);
    };
    let bad = with_table(p, |t| {
        let d = t.docs.get_mut(&doc)?;
        pairs.iter().find(|(s, v)| !d.options.set(*s, *v)).map(|(s, _)| *s)
    });
    if let Some(s) = bad {
        return fail(
            p,
            code::BAD_ARGUMENT,
            format!("{CMD}: {s} is not an XML option selector"),
            span,
        );
    }
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `XML GET OPTIONS(elementRef | document; selector; value {; selector2; value2…})`
pub fn xml_get_options(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "XML GET OPTIONS";
    let doc = options_doc(p, args, CMD, span)?;
    let options = match doc {
        Some(doc) => with_table(p, |t| t.docs.get(&doc).map(|d| d.options.clone())).unwrap_or_default(),
        None => Default::default(),
    };
    let mut i = 1;
    while i + 1 < args.len() {
        let sel = int(p, args, i, span)?;
        let Some(v) = options.get(sel) else {
            return fail(
                p,
                code::BAD_ARGUMENT,
                format!("{CMD}: {sel} is not an XML option selector"),
                span,
            );
        };
        set_arg(p, args, i + 1, Value::Real(v as f64), span)?;
        i += 2;
    }
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `XML DECODE(xmlValue; 4Dvar)`: converted to the variable's type (xml-decode.md).
pub fn xml_decode(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let text = text_arg(p, args, 0, span)?;
    let like = val(p, args, 1)?;
    set_arg(p, args, 1, super::convert::from_xml(&text, &like), span)?;
    Ok(Value::Undefined)
}

/// `XML GET ERROR(elementRef; errorText {; row {; column}})`: the last
/// parse error of this process (the reference is the one the failed parse
/// returned, so it is not checked); empty and 0 when there is none.
pub fn xml_get_error(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let e = with_table(p, |t| t.last_error.clone());
    let (message, line, column) = match e {
        Some(e) => (e.message, e.line, e.column),
        None => (String::new(), 0, 0),
    };
    set_arg(p, args, 1, Value::text(message), span)?;
    set_arg(p, args, 2, Value::Real(line as f64), span)?;
    set_arg(p, args, 3, Value::Real(column as f64), span)?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn doctypes() {
        assert_eq!(
            doctype_parts("html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" 'x.dtd'"),
            ("html".into(), "-//W3C//DTD XHTML 1.0//EN".into(), "x.dtd".into())
        );
        assert_eq!(
            doctype_parts("Books SYSTEM \"Book.DTD\" [<!ENTITY a \"b\">]"),
            ("Books".into(), String::new(), "Book.DTD".into())
        );
        assert_eq!(doctype_parts("a"), ("a".into(), String::new(), String::new()));
    }
}
