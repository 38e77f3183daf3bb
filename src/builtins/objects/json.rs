//! JSON commands (theme JSON): JSON Stringify, JSON Parse, JSON PARSE ARRAY,
//! JSON Stringify array, JSON Resolve pointers. The serializer and the
//! parser are `runtime::json`.
//!
//! Rules followed (json-stringify.md, json-parse.md, json-parse-array.md,
//! json-stringify-array.md, json-resolve-pointers.md):
//! - pointers are evaluated when stringified;
//! - `JSON Parse(text; type)` converts the result like `OB Get(…; type)`,
//!   except that a number means seconds for `Is time`;
//! - a badly formed text is an error (fourd code `BAD_ARGUMENT`: 4D's code
//!   is not documented).

use std::rc::Rc;

use super::{array_to_collection, convert_to, put_array};
use crate::builtins::{has_star, int, present, text, val};
use crate::runtime::error::{RtResult, code};
use crate::runtime::interp::Interp;
use crate::runtime::json::{self, ParseOptions};
use crate::runtime::object::{ArrayKind, Object};
use crate::runtime::pointer::Pointer;
use crate::runtime::text::Text;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// Serializes `v`, evaluating pointers with the interpreter (a pointer that
/// cannot be evaluated gives `null`).
pub fn stringify(p: &mut Interp, v: &Value, pretty: bool, span: Span) -> String {
    let mut resolve = |ptr: &Rc<Pointer>| -> Option<Value> {
        match p.deref(&Value::Pointer(ptr.clone()), span) {
            Ok(Value::Array(a)) => Some(array_to_collection(&a.borrow())),
            Ok(v) => Some(v),
            Err(_) => None,
        }
    };
    json::stringify_with(v, pretty, &mut resolve)
}

/// `JSON Stringify(value {; *})`
pub fn json_stringify(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = val(p, args, 0)?;
    let pretty = has_star(args);
    Ok(Value::text(stringify(p, &v, pretty, span)))
}

/// `JSON Stringify array(array {; *})`: a scalar gives `[value]`.
pub fn json_stringify_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = match val(p, args, 0)? {
        Value::Array(a) => {
            let items: Vec<Value> = a.borrow().items.iter().skip(1).cloned().collect();
            Value::new_collection(items)
        }
        other => Value::new_collection(vec![other]),
    };
    let pretty = has_star(args);
    Ok(Value::text(stringify(p, &v, pretty, span)))
}

/// Parses JSON text; a syntax error is a 4D error.
pub fn parse_text(text: &str, symbols: bool, span: Span) -> RtResult<Value> {
    json::parse_with(text, ParseOptions { dates: true, symbols }).map_err(|e| {
        crate::runtime::error::RuntimeError::new(code::BAD_ARGUMENT, format!("JSON parsing error: {e}"), span)
    })
}

/// `JSON Parse(jsonString {; type} {; *})`
pub fn json_parse(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let source = text(p, args, 0, span)?;
    let v = parse_text(source.as_str(), has_star(args), span)?;
    if !present(args, 1) {
        return Ok(v);
    }
    let t = int(p, args, 1, span)?;
    // A JSON number read as a time is a number of seconds (json-parse.md).
    convert_to(v, t, 1.0, span)
}

/// `JSON PARSE ARRAY(jsonString; array)`
pub fn json_parse_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let source = text(p, args, 0, span)?;
    let v = parse_text(source.as_str(), false, span)?;
    let values = match v {
        Value::Collection(c) => c.borrow().to_vec(),
        other => vec![other],
    };
    let kind = match values.first() {
        Some(Value::Real(_)) => ArrayKind::Real,
        Some(Value::Bool(_)) => ArrayKind::Boolean,
        Some(Value::Object(_)) => ArrayKind::Object,
        Some(Value::Date(_)) => ArrayKind::Date,
        _ => ArrayKind::Text,
    };
    put_array(p, args, 1, kind, values, span)?;
    Ok(Value::Undefined)
}

/// An error of `JSON Resolve pointers` (reported in `errors`, not thrown).
struct PointerError {
    message: String,
    uri: String,
    path: String,
}

/// Code of the errors `JSON Resolve pointers` reports (not documented).
const POINTER_ERROR: f64 = -1.0;

/// `JSON Resolve pointers(object {; options})`: resolves `{"$ref": "file#/a/b"}`
/// objects (RFC 6901), from the same document or from a file relative to
/// `options.rootFolder` (default: the Resources folder).
pub fn json_resolve_pointers(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let root = val(p, args, 0)?;
    let options = val(p, args, 1)?;
    let (merge, folder) = match &options {
        Value::Object(o) => {
            let o = o.borrow();
            (
                matches!(o.get("merge"), Some(Value::Bool(true))),
                o.get("rootFolder").and_then(|v| v.as_text().map(|t| t.to_string())),
            )
        }
        _ => (false, None),
    };
    let folder = match folder {
        Some(f) => std::path::PathBuf::from(f),
        None => crate::builtins::files::filesystem_folder(p, "RESOURCES"),
    };
    let mut errors = Vec::new();
    let doc = root.clone();
    let value = resolve(&root, &doc, &folder, merge, &mut errors, 0);
    if let (Value::Object(target), Value::Object(result)) = (&root, &value)
        && !Rc::ptr_eq(target, result)
    {
        let items: Vec<(Text, Value)> = result
            .borrow()
            .props
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut t = target.borrow_mut();
        t.props.clear();
        for (k, v) in items {
            t.set(k, v);
        }
    }
    let mut out = Object::new();
    // Property order of json-resolve-pointers.md example 2.
    out.set("success", Value::Bool(errors.is_empty()));
    out.set(
        "value",
        match (&root, &value) {
            (Value::Object(_), Value::Object(_)) => root.clone(),
            _ => value,
        },
    );
    if !errors.is_empty() {
        let list = errors
            .into_iter()
            .map(|e| {
                let mut o = Object::new();
                o.set("code", Value::Real(POINTER_ERROR));
                o.set("message", Value::text(e.message));
                o.set("pointerURI", Value::text(e.uri));
                o.set("referredPath", Value::text(e.path));
                Value::new_object(o)
            })
            .collect();
        out.set("errors", Value::new_collection(list));
    }
    let _ = span;
    Ok(Value::new_object(out))
}

/// Deepest chain of pointers followed.
const MAX_POINTER_DEPTH: usize = 64;

fn resolve(
    v: &Value,
    doc: &Value,
    folder: &std::path::Path,
    merge: bool,
    errors: &mut Vec<PointerError>,
    depth: usize,
) -> Value {
    if depth > MAX_POINTER_DEPTH {
        errors.push(PointerError {
            message: "too many nested JSON pointers (cycle?)".into(),
            uri: String::new(),
            path: folder.display().to_string(),
        });
        return Value::Null;
    }
    match v {
        Value::Object(o) => {
            let reference = o.borrow().get("$ref").and_then(|r| r.as_text().map(|t| t.to_string()));
            if let Some(uri) = reference {
                let (file, pointer) = uri.split_once('#').unwrap_or((uri.as_str(), ""));
                let (target_doc, target_folder) = if file.is_empty() {
                    (doc.clone(), folder.to_path_buf())
                } else {
                    let path = folder.join(file);
                    match std::fs::read_to_string(&path)
                        .ok()
                        .and_then(|t| json::parse(t.trim_start_matches('\u{feff}')).ok())
                    {
                        Some(d) => (d, path.parent().map(|p| p.to_path_buf()).unwrap_or_default()),
                        None => {
                            errors.push(PointerError {
                                message: format!("cannot read the JSON document \"{file}\""),
                                uri: uri.clone(),
                                path: path.display().to_string(),
                            });
                            return v.clone();
                        }
                    }
                };
                let Some(target) = walk(&target_doc, pointer) else {
                    errors.push(PointerError {
                        message: format!("the JSON pointer \"{pointer}\" does not match any value"),
                        uri: uri.clone(),
                        path: target_folder.join(file).display().to_string(),
                    });
                    return v.clone();
                };
                let resolved = resolve(&target, &target_doc, &target_folder, merge, errors, depth + 1);
                if merge && let Value::Object(r) = &resolved {
                    let mut out = Object::new();
                    for (k, item) in r.borrow().props.iter() {
                        out.set(k.clone(), item.clone());
                    }
                    let own: Vec<(Text, Value)> = o
                        .borrow()
                        .props
                        .iter()
                        .filter(|(k, _)| k.as_str() != "$ref")
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    for (k, item) in own {
                        let item = resolve(&item, doc, folder, merge, errors, depth + 1);
                        out.set(k, item);
                    }
                    return Value::new_object(out);
                }
                return resolved;
            }
            let items: Vec<(Text, Value)> = o.borrow().props.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            for (k, item) in items {
                let r = resolve(&item, doc, folder, merge, errors, depth + 1);
                o.borrow_mut().set(k, r);
            }
            v.clone()
        }
        Value::Collection(c) => {
            let items = c.borrow().to_vec();
            let resolved: Vec<Value> = items
                .iter()
                .map(|item| resolve(item, doc, folder, merge, errors, depth + 1))
                .collect();
            c.borrow_mut().set_values(resolved);
            v.clone()
        }
        other => other.clone(),
    }
}

/// The value at a JSON pointer (`/a/0/b`, with `~1` for `/` and `~0` for `~`).
fn walk(doc: &Value, pointer: &str) -> Option<Value> {
    let mut cur = doc.clone();
    if pointer.is_empty() {
        return Some(cur);
    }
    let rest = pointer.strip_prefix('/')?;
    for part in rest.split('/') {
        let key = part.replace("~1", "/").replace("~0", "~");
        cur = match &cur {
            Value::Object(o) => o.borrow().get(&key).cloned()?,
            Value::Collection(c) => {
                let i: usize = key.parse().ok()?;
                c.borrow().element(i)?
            }
            _ => return None,
        };
    }
    Some(cur)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn pointers_walk_documents() {
        let doc = json::parse("{\"a\":{\"b/c\":[1,{\"d\":2}]}}").unwrap();
        let v = walk(&doc, "/a/b~1c/1/d").unwrap();
        assert!(matches!(v, Value::Real(r) if r == 2.0));
        assert!(walk(&doc, "/x").is_none());
    }
}
