//! XML: the XML DOM theme (DOM Parse XML source … DOM SET XML ELEMENT
//! VALUE) and the XML theme's XML SET OPTIONS, XML GET OPTIONS, XML DECODE
//! and XML GET ERROR. The tree is fourd's own (`tree.rs`), read with
//! quick-xml (`parse.rs`), written by `write.rs`, searched by `xpath.rs`, extended along the paths
//! of `create.rs`;
//! values are converted by `convert.rs`; the commands are in `document.rs`
//! (documents, export, options), `navigate.rs` (reading) and `edit.rs`
//! (changing).
//!
//! Element references (theme XML overview, "ElementRef"): 32 upper-case
//! hexadecimal characters, the document number then the node number;
//! "00000000000000000000000000000000" is the reference returned on error
//! (XML DOM overview, "Error Handling"). Documents live in a table of the
//! process that created them (one OS thread, like the document references
//! of `files/docref.rs`): the XML overview says the references of a
//! preemptive process can only be used in that process, and every fourd
//! process is preemptive. A reference used in another process, closed, or
//! to a removed element is invalid. Document numbers are unique in the
//! runtime, so a reference is never valid by chance in another process.
//!
//! Errors: an invalid reference, a malformed source, an invalid name set
//! OK to 0 and raise an error; the codes are those of 4D's "Database
//! Engine Errors" list that fit (-9911 XML parser error, -9915 invalid
//! reference, -9917 invalid array type, -9918 invalid element name, -9920
//! invalid node type); a missing attribute or attribute index out of range
//! (which the docs say is an error, without a code) is -10517, fourd's
//! invalid-argument code. Finding nothing (no such child, sibling,
//! element, XPath match) is not an error: OK is 0 and the reference is the
//! null one, as the sibling commands document.

mod convert;
mod create;
mod document;
mod edit;
mod navigate;
pub mod options;
pub mod parse;
pub mod tree;
pub mod write;
pub mod xpath;
mod xpath_tokens;

pub(crate) use crate::builtins::set_ok;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::FxHashMap;

use self::parse::ParseError;
use self::tree::{Doc, NodeId};
use super::{Builtin, VARIADIC, b, text};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("DOM Parse XML source", 1, 3, document::parse_xml_source),
    b("DOM Parse XML variable", 1, 3, document::parse_xml_variable),
    b("DOM Create XML Ref", 1, VARIADIC, document::create_xml_ref),
    b("DOM CLOSE XML", 1, 1, document::close_xml),
    b("DOM EXPORT TO VAR", 2, 2, document::export_to_var),
    b("DOM EXPORT TO FILE", 2, 2, document::export_to_file),
    b("DOM SET XML DECLARATION", 2, 4, document::set_xml_declaration),
    b("DOM Get XML information", 2, 2, document::get_xml_information),
    b("XML SET OPTIONS", 3, VARIADIC, document::xml_set_options),
    b("XML GET OPTIONS", 3, VARIADIC, document::xml_get_options),
    b("XML DECODE", 2, 2, document::xml_decode),
    b("XML GET ERROR", 2, 4, document::xml_get_error),
    b("DOM Find XML element", 2, 3, navigate::find_xml_element),
    b("DOM Find XML element by ID", 2, 2, navigate::find_xml_element_by_id),
    b("DOM GET XML ELEMENT VALUE", 2, 3, navigate::get_xml_element_value),
    b("DOM GET XML ELEMENT NAME", 2, 2, navigate::get_xml_element_name),
    b("DOM Get parent XML element", 1, 3, navigate::get_parent_xml_element),
    b(
        "DOM Get first child XML element",
        1,
        3,
        navigate::get_first_child_xml_element,
    ),
    b(
        "DOM Get last child XML element",
        1,
        3,
        navigate::get_last_child_xml_element,
    ),
    b(
        "DOM Get next sibling XML element",
        1,
        3,
        navigate::get_next_sibling_xml_element,
    ),
    b(
        "DOM Get previous sibling XML element",
        1,
        3,
        navigate::get_previous_sibling_xml_element,
    ),
    b("DOM Count XML elements", 2, 2, navigate::count_xml_elements),
    b("DOM Get XML element", 3, 4, navigate::get_xml_element),
    b("DOM Get root XML element", 1, 1, navigate::get_root_xml_element),
    b("DOM Get XML document ref", 1, 1, navigate::get_xml_document_ref),
    b("DOM GET XML CHILD NODES", 3, 3, navigate::get_xml_child_nodes),
    b("DOM Count XML attributes", 1, 1, navigate::count_xml_attributes),
    b(
        "DOM GET XML ATTRIBUTE BY NAME",
        3,
        3,
        navigate::get_xml_attribute_by_name,
    ),
    b(
        "DOM GET XML ATTRIBUTE BY INDEX",
        4,
        4,
        navigate::get_xml_attribute_by_index,
    ),
    b("DOM Create XML element", 2, VARIADIC, edit::create_xml_element),
    b(
        "DOM Create XML element arrays",
        2,
        VARIADIC,
        edit::create_xml_element_arrays,
    ),
    b("DOM SET XML ATTRIBUTE", 3, VARIADIC, edit::set_xml_attribute),
    b("DOM REMOVE XML ATTRIBUTE", 2, 2, edit::remove_xml_attribute),
    b("DOM SET XML ELEMENT VALUE", 2, 4, edit::set_xml_element_value),
    b("DOM SET XML ELEMENT NAME", 2, 2, edit::set_xml_element_name),
    b("DOM REMOVE XML ELEMENT", 1, 1, edit::remove_xml_element),
    b("DOM Append XML element", 2, 2, edit::append_xml_element),
    b("DOM Insert XML element", 3, 3, edit::insert_xml_element),
    b("DOM Append XML child node", 3, 3, edit::append_xml_child_node),
];

/// Error codes (see the module comment).
pub mod xml_code {
    /// XML parser error: the source or the XPath is not well-formed.
    pub const PARSER: i32 = -9911;
    /// The reference is invalid.
    pub const BAD_REF: i32 = -9915;
    /// The type of the array passed in parameter is invalid.
    pub const BAD_ARRAY: i32 = -9917;
    /// The name of the element (or attribute) is invalid.
    pub const BAD_NAME: i32 = -9918;
    /// The type of the node is invalid.
    pub const BAD_NODE_TYPE: i32 = -9920;
    /// No such attribute, attribute index out of range.
    pub const NO_ATTRIBUTE: i32 = crate::runtime::error::code::BAD_ARGUMENT;
}

/// The reference returned on error or when nothing is found.
pub const NULL_REF: &str = "00000000000000000000000000000000";

/// Document numbers, unique in the runtime.
static NEXT_DOC: AtomicU64 = AtomicU64::new(1);

/// The DOM documents of one process.
#[derive(Default)]
struct Table {
    docs: FxHashMap<u64, Doc>,
    /// The last parse error (XML GET ERROR).
    last_error: Option<ParseError>,
}

thread_local! {
    static TABLES: RefCell<FxHashMap<u64, Table>> = RefCell::new(FxHashMap::default());
}

fn with_table<R>(p: &Interp, f: impl FnOnce(&mut Table) -> R) -> R {
    let id = p.entry.id;
    TABLES.with(|t| f(t.borrow_mut().entry(id).or_default()))
}

/// A node of a document of this process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ref {
    pub doc: u64,
    pub node: NodeId,
}

impl Ref {
    pub fn text(self) -> String {
        format!("{:016X}{:016X}", self.doc, self.node as u64 + 1)
    }

    pub fn value(self) -> Value {
        Value::text(self.text())
    }

    /// A reference's parts (None: not 32 hexadecimal digits, or null).
    pub fn parse(s: &str) -> Option<Ref> {
        let s = s.trim();
        if s.len() != 32 || !s.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let doc = u64::from_str_radix(s.get(..16)?, 16).ok()?;
        let node = u64::from_str_radix(s.get(16..)?, 16).ok()?.checked_sub(1)?;
        (doc != 0).then_some(Ref {
            doc,
            node: usize::try_from(node).ok()?,
        })
    }
}

/// OK = 0 and the error.
pub fn fail<T>(p: &mut Interp, code: i32, message: impl Into<String>, span: Span) -> RtResult<T> {
    set_ok(p, false);
    err(code, message, span)
}

/// Adds a document to this process's table; its number.
fn store(p: &Interp, doc: Doc) -> u64 {
    let id = NEXT_DOC.fetch_add(1, Ordering::Relaxed);
    with_table(p, |t| {
        t.docs.insert(id, doc);
    });
    id
}

/// The reference argument `i`.
fn ref_arg(p: &mut Interp, args: &[Arg], i: usize, cmd: &str, span: Span) -> RtResult<Ref> {
    let t = match super::val(p, args, i)? {
        Value::Text(t) => t,
        Value::Undefined => Default::default(),
        other => {
            return fail(
                p,
                code::BAD_ARGUMENT,
                format!(
                    "{cmd}: the XML reference must be a text, not {}",
                    crate::runtime::ops::type_name_of(&other)
                ),
                span,
            );
        }
    };
    let valid = Ref::parse(t.as_str())
        .filter(|r| with_table(p, |tb| tb.docs.get(&r.doc).is_some_and(|d| d.node(r.node).is_some())));
    match valid {
        Some(r) => Ok(r),
        None => fail(
            p,
            xml_code::BAD_REF,
            format!("{cmd}: \"{t}\" is not a valid XML element reference"),
            span,
        ),
    }
}

/// Runs `f` on the document and node of reference argument `i`; `f`'s
/// error (code, message) sets OK to 0 and is raised.
fn with_node<R>(
    p: &mut Interp,
    args: &[Arg],
    i: usize,
    cmd: &str,
    span: Span,
    f: impl FnOnce(&mut Doc, NodeId, u64) -> Result<R, (i32, String)>,
) -> RtResult<R> {
    let r = ref_arg(p, args, i, cmd, span)?;
    let out = with_table(p, |t| match t.docs.get_mut(&r.doc) {
        Some(d) => f(d, r.node, r.doc),
        None => Err((xml_code::BAD_REF, "the document is closed".to_string())),
    });
    match out {
        Ok(v) => Ok(v),
        Err((c, m)) => fail(p, c, format!("{cmd}: {m}"), span),
    }
}

/// An element-only check for `with_node` closures.
fn need_element(doc: &Doc, node: NodeId) -> Result<(), (i32, String)> {
    if doc.is_element(node) {
        Ok(())
    } else {
        Err((xml_code::BAD_REF, "the reference is not an element".into()))
    }
}

/// Text argument `i` (a helper for the command files).
fn text_arg(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<String> {
    Ok(text(p, args, i, span)?.as_str().to_string())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        let r = Ref { doc: 3, node: 0 };
        assert_eq!(r.text(), "00000000000000030000000000000001");
        assert_eq!(Ref::parse(&r.text()), Some(r));
        assert_eq!(Ref::parse(NULL_REF), None);
        assert_eq!(Ref::parse("0000000000000003000000000000000"), None);
        assert_eq!(Ref::parse("0000000000000003000000000000000G"), None);
        assert_eq!(Ref::parse("00000000000000030000000000000000"), None);
        assert_eq!(Ref::parse("0000000000000003000000000000000a").unwrap().node, 9);
    }
}
