//! Changing a DOM tree: DOM Create XML element (and its arrays form), DOM
//! SET XML ATTRIBUTE, DOM REMOVE XML ATTRIBUTE, DOM SET XML ELEMENT VALUE,
//! DOM SET XML ELEMENT NAME, DOM REMOVE XML ELEMENT, DOM Append XML
//! element, DOM Insert XML element, DOM Append XML child node.
//!
//! Every change is checked before it is made: a command that fails leaves
//! the tree as it was.

use super::convert::to_xml;
use super::create::create;
use super::options::{Options, STRING_ENCODING};
use super::parse::parse_fragment;
use super::tree::{DOCUMENT, Doc, Fragment, Kind, NodeId, element, is_valid_name};
use super::xpath::XPath;
use super::{Ref, fail, need_element, ref_arg, set_ok, text_arg, with_node, with_table, xml_code};
use crate::builtins::{has_star, int, val};
use crate::runtime::error::{RtResult, code};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

type Fail = (i32, String);

/// Attribute name/value pairs as given (values converted in the document).
fn pairs(p: &mut Interp, args: &[Arg], from: usize, span: Span) -> RtResult<Vec<(String, Value)>> {
    let mut out = Vec::new();
    let mut i = from;
    while i < args.len() {
        let name = text_arg(p, args, i, span)?;
        let value = val(p, args, i + 1)?;
        out.push((name, value));
        i += 2;
    }
    Ok(out)
}

/// Pairs converted to text under the document's options, names checked.
fn attributes(pairs: &[(String, Value)], options: &Options) -> Result<Vec<(String, String)>, Fail> {
    pairs
        .iter()
        .map(|(name, v)| {
            if !is_valid_name(name) {
                return Err((xml_code::BAD_NAME, format!("\"{name}\" is not a valid attribute name")));
            }
            let text = to_xml(v, options).ok_or_else(|| {
                (
                    code::BAD_ARGUMENT,
                    format!(
                        "the value of \"{name}\" cannot be written in XML ({})",
                        crate::runtime::ops::type_name_of(v)
                    ),
                )
            })?;
            Ok((name.clone(), text))
        })
        .collect()
}

/// Creates the element of `path` from `node` with its attributes.
fn create_with(
    d: &mut Doc,
    node: NodeId,
    path: &str,
    attrs: Result<Vec<(String, String)>, Fail>,
) -> Result<NodeId, Fail> {
    let attrs = attrs?;
    if !d.is_element(node) && node != DOCUMENT {
        return Err((xml_code::BAD_REF, "the reference is not an element".into()));
    }
    let id = create(d, node, path).map_err(|m| (xml_code::BAD_NAME, m))?;
    for (n, v) in attrs {
        d.set_attr(id, &n, &v);
    }
    Ok(id)
}

/// `DOM Create XML element(elementRef; xPath {; attribName; attrValue}…)`
pub fn create_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let path = text_arg(p, args, 1, span)?;
    let given = pairs(p, args, 2, span)?;
    let r = with_node(p, args, 0, "DOM Create XML element", span, |d, node, doc| {
        let attrs = attributes(&given, &d.options);
        create_with(d, node, &path, attrs).map(|node| Ref { doc, node })
    })?;
    set_ok(p, true);
    Ok(r.value())
}

/// The elements (from 1) of array argument `i`.
fn array_items(p: &mut Interp, args: &[Arg], i: usize, cmd: &str, span: Span) -> RtResult<Vec<Value>> {
    match val(p, args, i)? {
        Value::Array(a) => Ok(a.borrow().items.iter().skip(1).cloned().collect()),
        _ => fail(
            p,
            xml_code::BAD_ARRAY,
            format!("{cmd}: argument {} must be an array", i + 1),
            span,
        ),
    }
}

/// `DOM Create XML element arrays(elementRef; xPath {; attribNamesArray; attribValuesArray}…)`
pub fn create_xml_element_arrays(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOM Create XML element arrays";
    let path = text_arg(p, args, 1, span)?;
    let mut given = Vec::new();
    let mut i = 2;
    while i < args.len() {
        let names = array_items(p, args, i, CMD, span)?;
        let values = if i + 1 < args.len() {
            array_items(p, args, i + 1, CMD, span)?
        } else {
            Vec::new()
        };
        for (k, name) in names.into_iter().enumerate() {
            let Value::Text(name) = name else {
                return fail(
                    p,
                    xml_code::BAD_ARRAY,
                    format!("{CMD}: the names must be a text array"),
                    span,
                );
            };
            given.push((name.as_str().to_string(), values.get(k).cloned().unwrap_or_default()));
        }
        i += 2;
    }
    let r = with_node(p, args, 0, CMD, span, |d, node, doc| {
        let attrs = attributes(&given, &d.options);
        create_with(d, node, &path, attrs).map(|node| Ref { doc, node })
    })?;
    set_ok(p, true);
    Ok(r.value())
}

/// `DOM SET XML ATTRIBUTE(elementRef; attribName; attrValue {; attribName2; attrValue2}…)`
pub fn set_xml_attribute(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let given = pairs(p, args, 1, span)?;
    with_node(p, args, 0, "DOM SET XML ATTRIBUTE", span, |d, node, _| {
        need_element(d, node)?;
        for (n, v) in attributes(&given, &d.options)? {
            d.set_attr(node, &n, &v);
        }
        Ok(())
    })?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `DOM REMOVE XML ATTRIBUTE(elementRef; attribName)`: an error when there
/// is no such attribute (dom-remove-xml-attribute.md).
pub fn remove_xml_attribute(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text_arg(p, args, 1, span)?;
    with_node(p, args, 0, "DOM REMOVE XML ATTRIBUTE", span, |d, node, _| {
        if d.remove_attr(node, &name) {
            Ok(())
        } else {
            Err((
                xml_code::NO_ATTRIBUTE,
                format!("the element has no attribute \"{name}\""),
            ))
        }
    })?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// Sets an element's value: as text, as CDATA, or (XML raw data, not
/// CDATA) as the XML fragment it holds, in a CDATA section when it is none
/// (xml-set-options.md, XML string encoding).
fn set_value(d: &mut Doc, node: NodeId, value: &str, cdata: bool) {
    let raw = d.options.get(STRING_ENCODING) == Some(2);
    if raw && !cdata {
        if let Ok(frags) = parse_fragment(value) {
            d.set_value(node, "", false);
            for f in &frags {
                let id = d.graft(f);
                d.append(node, id);
            }
            return;
        }
        d.set_value(node, value, true);
        return;
    }
    d.set_value(node, value, cdata);
}

/// `DOM SET XML ELEMENT VALUE(elementRef {; xPath}; elementValue {; *})`:
/// `*` writes a CDATA section; CR and CRLF become LF
/// (dom-set-xml-element-value.md); with *xPath*, the first element it
/// selects from *elementRef* (none is an error).
pub fn set_xml_element_value(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOM SET XML ELEMENT VALUE";
    let cdata = has_star(args);
    let given: Vec<usize> = (0..args.len())
        .filter(|&i| matches!(args.get(i), Some(Arg::Ex(_))))
        .collect();
    let (path, value_at) = match given.as_slice() {
        [_, path, value, ..] => (Some(text_arg(p, args, *path, span)?), *value),
        [_, value] => (None, *value),
        _ => return fail(p, code::BAD_ARGUMENT, format!("{CMD}: the value is missing"), span),
    };
    let value = val(p, args, value_at)?;
    with_node(p, args, 0, CMD, span, |d, node, _| {
        let text = to_xml(&value, &d.options).ok_or_else(|| {
            (
                code::BAD_ARGUMENT,
                format!(
                    "a value of type {} cannot be written in XML",
                    crate::runtime::ops::type_name_of(&value)
                ),
            )
        })?;
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let target = match &path {
            Some(path) => {
                let xp =
                    XPath::parse(path).map_err(|e| (xml_code::PARSER, format!("invalid XPath \"{path}\": {e}")))?;
                let found = xp
                    .elements(d, node)
                    .map_err(|e| (xml_code::PARSER, format!("invalid XPath \"{path}\": {e}")))?;
                *found
                    .first()
                    .ok_or_else(|| (xml_code::BAD_REF, format!("no element matches \"{path}\"")))?
            }
            None => node,
        };
        need_element(d, target)?;
        set_value(d, target, &text, cdata);
        Ok(())
    })?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `DOM SET XML ELEMENT NAME(elementRef; elementName)`
pub fn set_xml_element_name(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text_arg(p, args, 1, span)?;
    with_node(p, args, 0, "DOM SET XML ELEMENT NAME", span, |d, node, _| {
        need_element(d, node)?;
        if !is_valid_name(&name) {
            return Err((xml_code::BAD_NAME, format!("\"{name}\" is not a valid element name")));
        }
        d.rename(node, &name);
        Ok(())
    })?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `DOM REMOVE XML ELEMENT(elementRef)`
pub fn remove_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    with_node(p, args, 0, "DOM REMOVE XML ELEMENT", span, |d, node, _| {
        if node == DOCUMENT {
            return Err((xml_code::BAD_REF, "the document node cannot be removed".into()));
        }
        d.remove(node);
        Ok(())
    })?;
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// A copy of the element of reference argument `i`.
fn source_element(p: &mut Interp, args: &[Arg], i: usize, cmd: &str, span: Span) -> RtResult<Fragment> {
    let r = ref_arg(p, args, i, cmd, span)?;
    let frag = with_table(p, |t| {
        let d = t.docs.get(&r.doc)?;
        if !d.is_element(r.node) {
            return None;
        }
        d.extract(r.node)
    });
    match frag {
        Some(f) => Ok(f),
        None => fail(
            p,
            xml_code::BAD_REF,
            format!("{cmd}: the source reference is not an element"),
            span,
        ),
    }
}

/// Where a copy may go: under an element, or under the document node when
/// it has no root element.
fn check_target(d: &Doc, node: NodeId) -> Result<(), Fail> {
    if d.is_element(node) || (node == DOCUMENT && d.root().is_none()) {
        Ok(())
    } else {
        Err((xml_code::BAD_REF, "the target is not an element".into()))
    }
}

/// `DOM Append XML element(targetElementRef; sourceElementRef)`: a copy of
/// the source after the last child of the target.
pub fn append_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOM Append XML element";
    let frag = source_element(p, args, 1, CMD, span)?;
    let r = with_node(p, args, 0, CMD, span, |d, node, doc| {
        check_target(d, node)?;
        let id = d.graft(&frag);
        d.append(node, id);
        Ok(Ref { doc, node: id })
    })?;
    set_ok(p, true);
    Ok(r.value())
}

/// `DOM Insert XML element(targetElementRef; sourceElementRef; childIndex)`:
/// a copy of the source before the child element number *childIndex*, or
/// before the first child when there is no such child.
pub fn insert_xml_element(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOM Insert XML element";
    let frag = source_element(p, args, 1, CMD, span)?;
    let index = int(p, args, 2, span)?;
    let r = with_node(p, args, 0, CMD, span, |d, node, doc| {
        check_target(d, node)?;
        let before = usize::try_from(index.saturating_sub(1))
            .ok()
            .filter(|_| index >= 1)
            .and_then(|i| d.element_children(node).get(i).copied());
        let at = before
            .and_then(|b| d.children(node).iter().position(|&c| c == b))
            .unwrap_or(0);
        let id = d.graft(&frag);
        d.insert(node, at, id);
        Ok(Ref { doc, node: id })
    })?;
    set_ok(p, true);
    Ok(r.value())
}

/// Where a prolog node goes under the document node: before the root
/// element (after the DOCTYPE).
fn before_root(d: &Doc) -> usize {
    d.children(DOCUMENT)
        .iter()
        .position(|&c| d.is_element(c))
        .unwrap_or(d.children(DOCUMENT).len())
}

/// `DOM Append XML child node(elementRef; childType; childValue)`
/// (dom-append-xml-child-node.md): XML DATA (6), XML CDATA (7), XML comment
/// (2), XML processing instruction (3), XML DOCTYPE (10, added or replaced
/// in the document), XML ELEMENT (11: an XML fragment's nodes, or a new
/// empty element named *childValue*). Comments and processing instructions
/// appended to the document node go before the root element.
pub fn append_xml_child_node(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    const CMD: &str = "DOM Append XML child node";
    let kind = int(p, args, 1, span)?;
    let value = match val(p, args, 2)? {
        Value::Blob(b) => String::from_utf8_lossy(&b).into_owned(),
        Value::Text(t) => t.as_str().to_string(),
        Value::Undefined => String::new(),
        other => crate::runtime::value::display(&other),
    };
    let fragments = if kind == 11 && value.contains('<') {
        match parse_fragment(&value) {
            Ok(f) => Some(f),
            Err(e) => {
                return fail(
                    p,
                    xml_code::PARSER,
                    format!("{CMD}: the value is not valid XML: {} (column {})", e.message, e.column),
                    span,
                );
            }
        }
    } else {
        None
    };
    let r = with_node(p, args, 0, CMD, span, |d, node, doc| {
        let at_document = node == DOCUMENT;
        if !at_document {
            need_element(d, node)?;
        }
        let new_kind = match kind {
            6 => Kind::Text(value.clone()),
            7 => Kind::CData(value.clone()),
            2 => Kind::Comment(value.clone()),
            3 => {
                let v = value.trim();
                let (target, data) = v.split_once(char::is_whitespace).unwrap_or((v, ""));
                if !is_valid_name(target) || target.eq_ignore_ascii_case("xml") {
                    return Err((
                        xml_code::BAD_NAME,
                        format!("\"{target}\" is not a valid instruction target"),
                    ));
                }
                Kind::Pi {
                    target: target.to_string(),
                    data: data.trim().to_string(),
                }
            }
            10 => {
                let doctype = value.trim().to_string();
                let existing = d
                    .children(DOCUMENT)
                    .iter()
                    .copied()
                    .find(|&c| matches!(d.kind(c), Some(Kind::DocType(_))));
                if let Some(old) = existing {
                    d.remove(old);
                }
                let id = d.add(Kind::DocType(doctype));
                d.insert(DOCUMENT, 0, id);
                return Ok(Ref { doc, node: id });
            }
            11 => {
                if at_document {
                    return Err((xml_code::BAD_NODE_TYPE, "the document has its root element".into()));
                }
                if let Some(frags) = &fragments {
                    let mut ids = Vec::new();
                    for f in frags {
                        let id = d.graft(f);
                        d.append(node, id);
                        ids.push(id);
                    }
                    let first = ids.iter().copied().find(|&i| d.is_element(i)).or(ids.first().copied());
                    return Ok(Ref {
                        doc,
                        node: first.unwrap_or(node),
                    });
                }
                if !is_valid_name(&value) {
                    return Err((xml_code::BAD_NAME, format!("\"{value}\" is not a valid element name")));
                }
                element(&value)
            }
            other => return Err((xml_code::BAD_NODE_TYPE, format!("{other} is not a node type"))),
        };
        let id = match (&new_kind, at_document) {
            (Kind::Text(_) | Kind::CData(_), true) => {
                return Err((
                    xml_code::BAD_NODE_TYPE,
                    "text cannot be added to the document node".into(),
                ));
            }
            (_, true) => {
                let at = before_root(d);
                let id = d.add(new_kind);
                d.insert(DOCUMENT, at, id);
                id
            }
            _ => {
                let id = d.add(new_kind);
                d.append(node, id);
                id
            }
        };
        Ok(Ref { doc, node: id })
    })?;
    set_ok(p, true);
    Ok(r.value())
}
