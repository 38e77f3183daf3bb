//! Choice lists (the project's `lists.json`, and those saved during the
//! run): `Load list`, `SAVE LIST`, `LIST TO ARRAY`, `ARRAY TO LIST`.

use super::{Props, Store, Tree, TreeItem, lists, num, numbers};
use crate::builtins::objects::put_array;
use crate::builtins::{int, present, text, val};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::ArrayKind;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// A choice list of the project (`Project/Sources/lists.json`): `{name:
/// {lineHeight, editable, items: [{text, ref, items?/children?,
/// collapsed?}]}}`.
fn project_choice_list(p: &mut Interp, name: &str) -> Option<Tree> {
    let root = p.prog.root.clone()?;
    let path = root.join("Project").join("Sources").join("lists.json");
    let text = std::fs::read_to_string(path).ok()?;
    let json = crate::runtime::json::parse(&text).ok()?;
    let Value::Object(o) = json else { return None };
    let list = o.borrow().props.get(name)?.clone();
    let ls = lists(p);
    let mut st = ls.store.lock();
    Some(tree_from_json(&mut st, &list))
}

fn json_member(v: &Value, key: &str) -> Value {
    match v {
        Value::Object(o) => o.borrow().props.get(key).cloned().unwrap_or_default(),
        _ => Value::Undefined,
    }
}

fn tree_from_json(st: &mut Store, v: &Value) -> Tree {
    let mut tree = Tree::default();
    if let Some(h) = json_member(v, "lineHeight").as_num() {
        tree.props.line_height = h as i64;
    }
    if let Value::Bool(e) = json_member(v, "editable") {
        tree.props.editable = e as i64;
    }
    let items = json_member(v, "items");
    let Value::Collection(c) = items else { return tree };
    let items: Vec<Value> = c.borrow().to_vec();
    for it in &items {
        let t = match json_member(it, "text") {
            Value::Text(t) => t.to_string(),
            _ => String::new(),
        };
        let r = json_member(it, "ref").as_num().unwrap_or(0.0) as i64;
        let collapsed = matches!(json_member(it, "collapsed"), Value::Bool(true));
        let mut item = st.item(t, r, 0, !collapsed);
        if let Value::Bool(e) = json_member(it, "editable") {
            item.enterable = e;
        }
        let children = ["items", "children"]
            .iter()
            .find(|k| matches!(json_member(it, k), Value::Collection(_)))
            .map(|k| {
                let mut sub = Value::new_object(crate::runtime::object::Object::new());
                if let Value::Object(o) = &mut sub {
                    o.borrow_mut().set("items", json_member(it, k));
                }
                tree_from_json(st, &sub)
            });
        tree.items.push(TreeItem { item, children });
    }
    tree
}

/// A choice list by name: saved during the run, else from the project.
fn choice_list(p: &mut Interp, name: &str) -> Option<Tree> {
    if let Some(t) = lists(p).store.lock().saved.get(name).cloned() {
        return Some(t);
    }
    project_choice_list(p, name)
}

/// `Load list(listName)`: a new list copied from the choice list; 0 (not a
/// list) when there is none of that name.
pub(super) fn load_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?.to_string();
    let Some(tree) = choice_list(p, &name) else {
        return Ok(num(0));
    };
    Ok(num(lists(p).store.lock().import(&tree)))
}

/// `SAVE LIST(list; listName)`: kept for the run (`Load list` finds it).
pub(super) fn save_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let list = int(p, args, 0, span)?;
    let name = text(p, args, 1, span)?.to_string();
    let ls = lists(p);
    let mut st = ls.store.lock();
    if st.lists.contains_key(&list) {
        let tree = st.export(list, &mut Vec::new());
        st.saved.insert(name, tree);
    }
    Ok(Value::Undefined)
}

/// `LIST TO ARRAY(list; array {; itemRefs})`: the first-level items of a
/// list (reference) or choice list (name); a Text array unless the array
/// exists.
pub(super) fn list_to_array(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let items: Vec<(String, i64)> = match val(p, args, 0)? {
        Value::Text(name) => choice_list(p, name.as_str())
            .map(|t| t.items.into_iter().map(|i| (i.item.text, i.item.r)).collect())
            .unwrap_or_default(),
        v => {
            let list = v.as_num().unwrap_or(0.0) as i64;
            lists(p)
                .store
                .lock()
                .lists
                .get(&list)
                .map(|l| l.items.iter().map(|i| (i.text.clone(), i.r)).collect())
                .unwrap_or_default()
        }
    };
    let texts = items.iter().map(|(t, _)| Value::text(t.as_str())).collect();
    put_array(p, args, 1, ArrayKind::Text, texts, span)?;
    if present(args, 2) {
        let refs = items.iter().map(|(_, r)| num(*r)).collect();
        put_array(p, args, 2, ArrayKind::Longint, refs, span)?;
    }
    Ok(Value::Undefined)
}

/// `ARRAY TO LIST(array; list {; itemRefs})`: replaces the first level of
/// an existing list, or of a choice list by name (kept for the run); item
/// references 1…N unless given.
pub(super) fn array_to_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let texts: Vec<String> = match val(p, args, 0)? {
        Value::Array(a) => a
            .borrow()
            .items
            .iter()
            .skip(1)
            .map(crate::runtime::ops::to_display)
            .collect(),
        _ => return err(code::BAD_ARGUMENT, "ARRAY TO LIST: argument 1 must be an array", span),
    };
    let refs = if present(args, 2) {
        numbers(p, args, 2)?
    } else {
        Vec::new()
    };
    let target = val(p, args, 1)?;
    let ls = lists(p);
    let mut st = ls.store.lock();
    let mut items = Vec::with_capacity(texts.len());
    for (k, t) in texts.into_iter().enumerate() {
        let r = refs.get(k).copied().unwrap_or(k as i64 + 1);
        items.push(st.item(t, r, 0, false));
    }
    match target {
        Value::Text(name) => {
            let tree = Tree {
                items: items
                    .into_iter()
                    .map(|item| TreeItem { item, children: None })
                    .collect(),
                props: Props::default(),
            };
            st.saved.insert(name.to_string(), tree);
        }
        v => {
            let list = v.as_num().unwrap_or(0.0) as i64;
            if let Some(l) = st.lists.get_mut(&list) {
                l.items = items;
                l.selected.clear();
                l.current = None;
                l.last_added = None;
            }
        }
    }
    Ok(Value::Undefined)
}
