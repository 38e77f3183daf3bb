//! Reading a DOM tree: DOM Find XML element (by XPath, by ID), the
//! parent, child and sibling commands, DOM Count XML elements, DOM Get XML
//! element, DOM Get root XML element, DOM Get XML document ref, DOM GET XML
//! CHILD NODES, element names and values, and attributes.
//!
//! A value received in a variable is converted to the variable's type,
//! text when it has none (dom-get-xml-element-value.md).

use super::convert::from_xml;
use super::tree::{DOCUMENT, Doc, Kind, NodeId};
use super::xpath::XPath;
use super::{NULL_REF, Ref, set_ok, text_arg, with_node, xml_code};
use crate::builtins::objects::put_array;
use crate::builtins::{int, present, set_arg, val};
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::ArrayKind;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// Sets argument `i` (when passed) to `text` converted to its type.
fn put(p: &mut Interp, args: &[Arg], i: usize, text: &str, span: Span) -> RtResult<()> {
    if !present(args, i) {
        return Ok(());
    }
    let like = val(p, args, i)?;
    set_arg(p, args, i, from_xml(text, &like), span)
}

/// The result of a command that returns a reference: OK is 1 with a node,
/// 0 (and the null reference) without.
fn reference(p: &mut Interp, doc: u64, node: Option<NodeId>) -> Value {
    set_ok(p, node.is_some());
    match node {
        Some(node) => Ref { doc, node }.value(),
        None => Value::text(NULL_REF),
    }
}

/// `DOM Find XML element(elementRef; xPath {; arrElementRefs})`
pub fn find_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let path = text_arg(p, args, 1, span)?;
    let (doc, found) = with_node(p, args, 0, "DOM Find XML element", span, |d, node, doc| {
        let xp = XPath::parse(&path).map_err(|e| (xml_code::PARSER, format!("invalid XPath \"{path}\": {e}")))?;
        let found = xp
            .elements(d, node)
            .map_err(|e| (xml_code::PARSER, format!("invalid XPath \"{path}\": {e}")))?;
        Ok((doc, found))
    })?;
    if present(args, 2) {
        let refs = found.iter().map(|&node| Ref { doc, node }.value()).collect();
        put_array(p, args, 2, ArrayKind::Text, refs, span)?;
    }
    Ok(reference(p, doc, found.first().copied()))
}

/// `DOM Find XML element by ID(elementRef; id)`: the first element of the
/// document whose `id` (or `xml:id`) attribute is *id*.
pub fn find_xml_element_by_id(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let id = text_arg(p, args, 1, span)?;
    let (doc, found) = with_node(p, args, 0, "DOM Find XML element by ID", span, |d, _, doc| {
        let found = d
            .descendants(DOCUMENT)
            .into_iter()
            .find(|&n| d.is_element(n) && (d.attr(n, "id") == Some(&id) || d.attr(n, "xml:id") == Some(&id)));
        Ok((doc, found))
    })?;
    Ok(reference(p, doc, found))
}

/// `DOM GET XML ELEMENT VALUE(elementRef; elementValue {; cDATA})`
pub fn get_xml_element_value(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (value, cdata) = with_node(p, args, 0, "DOM GET XML ELEMENT VALUE", span, |d, node, _| {
        Ok(if d.is_element(node) {
            (d.value(node, false), d.value(node, true))
        } else {
            (d.node_value(node), String::new())
        })
    })?;
    put(p, args, 1, &value, span)?;
    put(p, args, 2, &cdata, span)?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `DOM GET XML ELEMENT NAME(elementRef; elementName)`
pub fn get_xml_element_name(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = with_node(p, args, 0, "DOM GET XML ELEMENT NAME", span, |d, node, _| {
        Ok(d.name(node).to_string())
    })?;
    set_arg(p, args, 1, Value::text(name), span)?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// The parent, child and sibling commands: `pick` chooses the node; its
/// name and value go to the optional arguments 1 and 2.
fn relative(
    p: &mut Interp,
    args: &[Arg],
    cmd: &str,
    span: Span,
    pick: fn(&Doc, NodeId) -> Option<NodeId>,
) -> RtResult<Value> {
    let (doc, found, name, value) = with_node(p, args, 0, cmd, span, |d, node, doc| {
        let found = pick(d, node);
        let (name, value) = found
            .map(|n| (d.name(n).to_string(), d.value(n, false)))
            .unwrap_or_default();
        Ok((doc, found, name, value))
    })?;
    if found.is_some() {
        put(p, args, 1, &name, span)?;
        put(p, args, 2, &value, span)?;
    }
    Ok(reference(p, doc, found))
}

/// `DOM Get parent XML element(elementRef {; parentElemName {; parentElemValue}})`:
/// the parent of the root is the document node (`#document`); the document
/// node has none (OK = 0, dom-get-parent-xml-element.md).
pub fn get_parent_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    relative(p, args, "DOM Get parent XML element", span, |d, n| d.parent(n))
}

/// `DOM Get first child XML element(elementRef {; childElemName {; childElemValue}})`
pub fn get_first_child_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    relative(p, args, "DOM Get first child XML element", span, |d, n| {
        d.element_children(n).first().copied()
    })
}

/// `DOM Get last child XML element(elementRef {; childElemName {; childElemValue}})`
pub fn get_last_child_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    relative(p, args, "DOM Get last child XML element", span, |d, n| {
        d.element_children(n).last().copied()
    })
}

/// `DOM Get next sibling XML element(elementRef {; siblingElemName {; siblingElemValue}})`:
/// OK = 0 after the last sibling.
pub fn get_next_sibling_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    relative(p, args, "DOM Get next sibling XML element", span, |d, n| {
        d.sibling_element(n, true)
    })
}

/// `DOM Get previous sibling XML element(elementRef {; siblingElemName {; siblingElemValue}})`:
/// OK = 0 before the first sibling.
pub fn get_previous_sibling_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    relative(p, args, "DOM Get previous sibling XML element", span, |d, n| {
        d.sibling_element(n, false)
    })
}

/// `DOM Count XML elements(elementRef; elementName)`
pub fn count_xml_elements(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text_arg(p, args, 1, span)?;
    let n = with_node(p, args, 0, "DOM Count XML elements", span, |d, node, _| {
        let insensitive = d.options.case_insensitive();
        Ok(d.named_children(node, &name, insensitive).len())
    })?;
    set_ok(p, true);
    Ok(Value::Real(n as f64))
}

/// `DOM Get XML element(elementRef; elementName; index; elementValue)`:
/// the child number *index* among those named *elementName*.
pub fn get_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text_arg(p, args, 1, span)?;
    let index = int(p, args, 2, span)?;
    let (doc, found, value) = with_node(p, args, 0, "DOM Get XML element", span, |d, node, doc| {
        let insensitive = d.options.case_insensitive();
        let all = d.named_children(node, &name, insensitive);
        let found = usize::try_from(index.saturating_sub(1))
            .ok()
            .filter(|_| index >= 1)
            .and_then(|i| all.get(i).copied());
        let value = found.map(|n| d.value(n, false)).unwrap_or_default();
        Ok((doc, found, value))
    })?;
    if found.is_some() {
        put(p, args, 3, &value, span)?;
    }
    Ok(reference(p, doc, found))
}

/// `DOM Get root XML element(elementRef)`: "" on error (dom-get-root-xml-element.md).
pub fn get_root_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (doc, root) = with_node(p, args, 0, "DOM Get root XML element", span, |d, _, doc| {
        Ok((doc, d.root()))
    })?;
    set_ok(p, root.is_some());
    Ok(match root {
        Some(node) => Ref { doc, node }.value(),
        None => Value::text(""),
    })
}

/// `DOM Get XML document ref(elementRef)`: the document node.
pub fn get_xml_document_ref(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let doc = with_node(p, args, 0, "DOM Get XML document ref", span, |_, _, doc| Ok(doc))?;
    set_ok(p, true);
    Ok(Ref { doc, node: DOCUMENT }.value())
}

/// The `XML …` constant of a node type (dom-get-xml-child-nodes.md).
fn node_type(kind: &Kind) -> f64 {
    match kind {
        Kind::Comment(_) => 2.0,
        Kind::Pi { .. } => 3.0,
        Kind::Text(_) => 6.0,
        Kind::CData(_) => 7.0,
        Kind::DocType(_) => 10.0,
        Kind::Element { .. } | Kind::Document => 11.0,
    }
}

/// `DOM GET XML CHILD NODES(elementRef; childTypesArr; nodeRefsArr)`: the
/// reference of an element child, the value of the others.
pub fn get_xml_child_nodes(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (types, values) = with_node(p, args, 0, "DOM GET XML CHILD NODES", span, |d, node, doc| {
        let mut types = Vec::new();
        let mut values = Vec::new();
        for &c in d.children(node) {
            let Some(kind) = d.kind(c) else { continue };
            types.push(Value::Real(node_type(kind)));
            values.push(if d.is_element(c) {
                Ref { doc, node: c }.value()
            } else {
                Value::text(d.node_value(c))
            });
        }
        Ok((types, values))
    })?;
    put_array(p, args, 1, ArrayKind::Longint, types, span)?;
    put_array(p, args, 2, ArrayKind::Text, values, span)?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `DOM Count XML attributes(elementRef)`
pub fn count_xml_attributes(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = with_node(p, args, 0, "DOM Count XML attributes", span, |d, node, _| {
        Ok(d.attrs(node).len())
    })?;
    set_ok(p, true);
    Ok(Value::Real(n as f64))
}

/// `DOM GET XML ATTRIBUTE BY NAME(elementRef; attribName; attribValue)`:
/// a missing attribute is an error.
pub fn get_xml_attribute_by_name(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text_arg(p, args, 1, span)?;
    let value = with_node(p, args, 0, "DOM GET XML ATTRIBUTE BY NAME", span, |d, node, _| {
        d.attr(node, &name).map(str::to_string).ok_or_else(|| {
            (
                xml_code::NO_ATTRIBUTE,
                format!("the element has no attribute \"{name}\""),
            )
        })
    })?;
    put(p, args, 2, &value, span)?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `DOM GET XML ATTRIBUTE BY INDEX(elementRef; attribIndex; attribName; attribValue)`:
/// attributes are numbered in the alphabetical order of their names.
pub fn get_xml_attribute_by_index(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let index = int(p, args, 1, span)?;
    let (name, value) = with_node(p, args, 0, "DOM GET XML ATTRIBUTE BY INDEX", span, |d, node, _| {
        let mut attrs = d.attrs(node).to_vec();
        attrs.sort_by(|a, b| a.0.cmp(&b.0));
        usize::try_from(index.saturating_sub(1))
            .ok()
            .filter(|_| index >= 1)
            .and_then(|i| attrs.get(i).cloned())
            .ok_or_else(|| {
                (
                    xml_code::NO_ATTRIBUTE,
                    format!(
                        "the element has no attribute number {index} ({} attributes)",
                        attrs.len()
                    ),
                )
            })
    })?;
    set_arg(p, args, 2, Value::text(name), span)?;
    put(p, args, 3, &value, span)?;
    set_ok(p, true);
    Ok(Value::Undefined)
}
