//! Hierarchical lists in memory (theme "Hierarchical Lists", plus `LIST TO
//! ARRAY` / `ARRAY TO LIST`): lists referenced by number, items with a text,
//! a reference number, an optional sublist (itself a list) shown expanded or
//! collapsed, custom parameters and display properties; a current item and
//! a selection.
//!
//! Without forms there is one representation of each list: the `*` first
//! parameter (a form object name) designates no list, so those calls do
//! nothing and functions return 0. Positions count the visible items (the
//! top list, then the items of expanded sublists, depth first); item
//! reference numbers are searched through every level, depth first, and the
//! first match wins, as the docs describe. Lists belong to the run, not to
//! one process (list references can be passed between processes).
//!
//! `Load list` reads the choice lists of the project (`Project/Sources/
//! lists.json`); `SAVE LIST` and `ARRAY TO LIST` on a name keep the list in
//! memory for the run and do not rewrite the project.

mod choice;

use std::sync::Arc;

use parking_lot::Mutex;
use rustc_hash::FxHashMap;

use super::objects::put_array;
use super::{Builtin, b, boolean, int, present, set_arg, text, val};
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::ArrayKind;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("New list", 0, 0, new_list),
    b("CLEAR LIST", 1, 2, clear_list),
    b("APPEND TO LIST", 3, 5, append_to_list),
    b("INSERT IN LIST", 4, 7, insert_in_list),
    b("GET LIST ITEM", 4, 7, get_list_item),
    b("SET LIST ITEM", 4, 7, set_list_item),
    b("DELETE FROM LIST", 2, 4, delete_from_list),
    b("Count list items", 1, 3, count_list_items),
    b("List item position", 2, 3, list_item_position),
    b("Find in list", 3, 6, find_in_list),
    b("SELECT LIST ITEMS BY POSITION", 2, 4, select_by_position),
    b("SELECT LIST ITEMS BY REFERENCE", 2, 3, select_by_reference),
    b("Selected list items", 1, 4, selected_list_items),
    b("GET LIST ITEM PARAMETER", 4, 5, get_list_item_parameter),
    b("SET LIST ITEM PARAMETER", 4, 5, set_list_item_parameter),
    b("Is a list", 1, 1, is_a_list),
    b("Copy list", 1, 1, copy_list),
    b("List item parent", 2, 3, list_item_parent),
    b("GET LIST PROPERTIES", 2, 7, get_list_properties),
    b("SET LIST PROPERTIES", 2, 7, set_list_properties),
    b("SET LIST ITEM PROPERTIES", 4, 7, set_list_item_properties),
    b("GET LIST ITEM PROPERTIES", 3, 7, get_list_item_properties),
    b("SORT LIST", 1, 2, sort_list),
    b("Load list", 1, 1, choice::load_list),
    b("SAVE LIST", 2, 2, choice::save_list),
    b("LIST TO ARRAY", 2, 3, choice::list_to_array),
    b("ARRAY TO LIST", 2, 3, choice::array_to_list),
];

/// A custom item parameter (`SET LIST ITEM PARAMETER`): text, number or Boolean.
#[derive(Debug, Clone, PartialEq)]
enum Param {
    Text(String),
    Real(f64),
    Bool(bool),
}

#[derive(Debug, Clone)]
struct Item {
    /// Identifies the item for the selection (reference numbers need not be unique).
    uid: u64,
    text: String,
    r: i64,
    /// 0: no sublist.
    sublist: i64,
    expanded: bool,
    params: Vec<(String, Param)>,
    enterable: bool,
    style: i64,
    icon: String,
    /// RGB; -1: the original colour.
    color: i64,
}

#[derive(Debug, Clone, PartialEq)]
struct Props {
    appearance: i64,
    icon: i64,
    line_height: i64,
    double_click: i64,
    multi: i64,
    editable: i64,
}

impl Default for Props {
    fn default() -> Props {
        // set-list-properties.md: multiple selections off and editable on by default.
        Props {
            appearance: 0,
            icon: 0,
            line_height: 0,
            double_click: 0,
            multi: 0,
            editable: 1,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct List {
    items: Vec<Item>,
    /// Selected items, in the order they were selected.
    selected: Vec<u64>,
    current: Option<u64>,
    last_added: Option<u64>,
    props: Props,
}

/// A list detached from the store (copies, choice lists).
#[derive(Debug, Clone, Default)]
struct Tree {
    items: Vec<TreeItem>,
    props: Props,
}

#[derive(Debug, Clone)]
struct TreeItem {
    item: Item,
    children: Option<Tree>,
}

/// Where an item is: in list `list` at `index`; `visible` when every list
/// above it is expanded; `parent` is the item holding that list.
#[derive(Debug, Clone, Copy)]
struct Loc {
    list: i64,
    index: usize,
    visible: bool,
    parent: Option<(i64, usize)>,
}

#[derive(Debug, Default)]
struct Store {
    lists: FxHashMap<i64, List>,
    last_ref: i64,
    last_uid: u64,
    /// Choice lists saved during the run (`SAVE LIST`, `ARRAY TO LIST`).
    saved: FxHashMap<String, Tree>,
}

/// The run's hierarchical lists (`Runtime::extensions`).
#[derive(Debug, Default)]
pub struct Lists {
    store: Mutex<Store>,
}

impl Store {
    fn new_list(&mut self) -> i64 {
        self.last_ref += 1;
        self.lists.insert(self.last_ref, List::default());
        self.last_ref
    }

    fn item(&mut self, text: String, r: i64, sublist: i64, expanded: bool) -> Item {
        self.last_uid += 1;
        Item {
            uid: self.last_uid,
            text,
            r,
            sublist,
            expanded,
            params: Vec::new(),
            enterable: true,
            style: 0,
            icon: String::new(),
            color: -1,
        }
    }

    /// Every item under `root`, depth first (a list attached inside itself
    /// is not entered twice).
    fn walk(&self, root: i64) -> Vec<Loc> {
        let mut out = Vec::new();
        let mut path = Vec::new();
        self.walk_into(root, true, None, &mut path, &mut out);
        out
    }

    fn walk_into(
        &self,
        list: i64,
        visible: bool,
        parent: Option<(i64, usize)>,
        path: &mut Vec<i64>,
        out: &mut Vec<Loc>,
    ) {
        if path.contains(&list) {
            return;
        }
        let Some(l) = self.lists.get(&list) else { return };
        path.push(list);
        for (index, it) in l.items.iter().enumerate() {
            out.push(Loc {
                list,
                index,
                visible,
                parent,
            });
            if it.sublist != 0 {
                self.walk_into(it.sublist, visible && it.expanded, Some((list, index)), path, out);
            }
        }
        path.pop();
    }

    fn visible(&self, root: i64) -> Vec<Loc> {
        self.walk(root).into_iter().filter(|l| l.visible).collect()
    }

    fn get(&self, loc: Loc) -> Option<&Item> {
        self.lists.get(&loc.list)?.items.get(loc.index)
    }

    fn get_mut(&mut self, loc: Loc) -> Option<&mut Item> {
        self.lists.get_mut(&loc.list)?.items.get_mut(loc.index)
    }

    fn find_ref(&self, root: i64, r: i64) -> Option<Loc> {
        self.walk(root)
            .into_iter()
            .find(|l| self.get(*l).is_some_and(|i| i.r == r))
    }

    fn find_uid(&self, root: i64, uid: u64) -> Option<Loc> {
        self.walk(root)
            .into_iter()
            .find(|l| self.get(*l).is_some_and(|i| i.uid == uid))
    }

    /// The item an `itemRef | * | 0` argument designates.
    fn resolve(&self, root: i64, which: Which) -> Option<Loc> {
        let list = self.lists.get(&root)?;
        match which {
            Which::Current => self.find_uid(root, list.current?),
            Which::Last => self.find_uid(root, list.last_added?),
            Which::Ref(r) => self.find_ref(root, r),
        }
    }

    /// 1-based visible position of an item (0: not visible).
    fn position(&self, root: i64, uid: u64) -> usize {
        self.visible(root)
            .iter()
            .position(|l| self.get(*l).is_some_and(|i| i.uid == uid))
            .map(|p| p + 1)
            .unwrap_or(0)
    }

    /// Expands the lists above an item so that it becomes visible.
    fn reveal(&mut self, root: i64, loc: Loc) {
        let all = self.walk(root);
        let mut parent = loc.parent;
        while let Some((list, index)) = parent {
            if let Some(it) = self.get_mut(Loc {
                list,
                index,
                visible: true,
                parent: None,
            }) {
                it.expanded = true;
            }
            parent = all
                .iter()
                .find(|l| l.list == list && l.index == index)
                .and_then(|l| l.parent);
        }
    }

    /// Deletes a list, and with `deep` every list attached below it.
    fn clear(&mut self, list: i64, deep: bool) {
        let Some(l) = self.lists.remove(&list) else { return };
        if deep {
            for it in l.items {
                if it.sublist != 0 {
                    self.clear(it.sublist, true);
                }
            }
        }
    }

    /// Forgets a removed item in every selection.
    fn unselect(&mut self, uid: u64) {
        for l in self.lists.values_mut() {
            l.selected.retain(|u| *u != uid);
            if l.current == Some(uid) {
                l.current = None;
            }
        }
    }

    fn export(&self, list: i64, path: &mut Vec<i64>) -> Tree {
        let Some(l) = self.lists.get(&list) else {
            return Tree::default();
        };
        path.push(list);
        let items = l
            .items
            .iter()
            .map(|it| TreeItem {
                item: it.clone(),
                children: (it.sublist != 0 && !path.contains(&it.sublist)).then(|| self.export(it.sublist, path)),
            })
            .collect();
        path.pop();
        Tree {
            items,
            props: l.props.clone(),
        }
    }

    /// A new list (and new sublists) from a detached tree.
    fn import(&mut self, tree: &Tree) -> i64 {
        let r = self.new_list();
        let mut items = Vec::with_capacity(tree.items.len());
        for ti in &tree.items {
            let sub = match &ti.children {
                Some(t) => self.import(t),
                None => 0,
            };
            let mut it = ti.item.clone();
            self.last_uid += 1;
            it.uid = self.last_uid;
            it.sublist = sub;
            items.push(it);
        }
        if let Some(l) = self.lists.get_mut(&r) {
            l.items = items;
            l.props = tree.props.clone();
        }
        r
    }

    fn sort(&mut self, list: i64, descending: bool, path: &mut Vec<i64>) {
        if path.contains(&list) {
            return;
        }
        let Some(l) = self.lists.get_mut(&list) else { return };
        l.items.sort_by(|a, b| {
            let o = crate::runtime::text::text_cmp(&a.text, &b.text);
            if descending { o.reverse() } else { o }
        });
        let subs: Vec<i64> = l.items.iter().map(|i| i.sublist).filter(|s| *s != 0).collect();
        path.push(list);
        for s in subs {
            self.sort(s, descending, path);
        }
        path.pop();
    }
}

/// How an argument designates an item.
#[derive(Debug, Clone, Copy)]
enum Which {
    /// `*`: the current item.
    Current,
    /// 0: the last item added.
    Last,
    Ref(i64),
}

fn lists(p: &Interp) -> Arc<Lists> {
    p.rt.extensions.get::<Lists>()
}

/// The list of a command whose first parameter may be `*` (then the list
/// is a form object name: there are none headless, so no list); the index
/// of the parameter after the list.
fn list_arg(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<(Option<i64>, usize)> {
    if matches!(args.first(), Some(Arg::Star)) {
        return Ok((None, 2));
    }
    Ok((Some(int(p, args, 0, span)?), 1))
}

fn which(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<Which> {
    if matches!(args.get(i), Some(Arg::Star)) {
        return Ok(Which::Current);
    }
    Ok(match int(p, args, i, span)? {
        0 => Which::Last,
        r => Which::Ref(r),
    })
}

fn star_at(args: &[Arg], i: usize) -> bool {
    matches!(args.get(i), Some(Arg::Star))
}

fn num(n: i64) -> Value {
    Value::Real(n as f64)
}

fn param_value(v: &Param) -> Value {
    match v {
        Param::Text(t) => Value::text(t.as_str()),
        Param::Real(r) => Value::Real(*r),
        Param::Bool(b) => Value::Bool(*b),
    }
}

fn new_list(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    let r = lists(p).store.lock().new_list();
    Ok(num(r))
}

/// `CLEAR LIST(list {; *})`
fn clear_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let list = int(p, args, 0, span)?;
    let deep = star_at(args, 1);
    lists(p).store.lock().clear(list, deep);
    Ok(Value::Undefined)
}

/// The optional `sublist; expanded` pair at `i` (they go together).
fn sublist_args(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<Option<(i64, bool)>> {
    if !present(args, i) {
        return Ok(None);
    }
    let sub = int(p, args, i, span)?;
    let expanded = if present(args, i + 1) {
        boolean(p, args, i + 1, span)?
    } else {
        false
    };
    Ok(Some((sub, expanded)))
}

/// `APPEND TO LIST(list; itemText; itemRef {; sublist; expanded})`
fn append_to_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let list = int(p, args, 0, span)?;
    let t = text(p, args, 1, span)?.to_string();
    let r = int(p, args, 2, span)?;
    let (sub, expanded) = sublist_args(p, args, 3, span)?.unwrap_or((0, false));
    let ls = lists(p);
    let mut st = ls.store.lock();
    if !st.lists.contains_key(&list) {
        return Ok(Value::Undefined);
    }
    let sub = if st.lists.contains_key(&sub) { sub } else { 0 };
    let it = st.item(t, r, sub, expanded);
    let uid = it.uid;
    if let Some(l) = st.lists.get_mut(&list) {
        l.items.push(it);
        l.last_added = Some(uid);
    }
    Ok(Value::Undefined)
}

/// `INSERT IN LIST({*;} list; beforeItemRef | * | 0; itemText; itemRef {; sublist; expanded})`:
/// before the last item added (0) or the current item (`*`), the new item
/// becomes the selected one; before an item by reference, it does not.
fn insert_in_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let before = which(p, args, at, span)?;
    let t = text(p, args, at + 1, span)?.to_string();
    let r = int(p, args, at + 2, span)?;
    let (sub, expanded) = sublist_args(p, args, at + 3, span)?.unwrap_or((0, false));
    let Some(list) = list else { return Ok(Value::Undefined) };
    let ls = lists(p);
    let mut st = ls.store.lock();
    let Some(loc) = st.resolve(list, before) else {
        return Ok(Value::Undefined);
    };
    let sub = if st.lists.contains_key(&sub) { sub } else { 0 };
    let it = st.item(t, r, sub, expanded);
    let uid = it.uid;
    if let Some(l) = st.lists.get_mut(&loc.list) {
        l.items.insert(loc.index.min(l.items.len()), it);
    }
    if let Some(l) = st.lists.get_mut(&list) {
        l.last_added = Some(uid);
        if !matches!(before, Which::Ref(_)) {
            l.selected = vec![uid];
            l.current = Some(uid);
        }
    }
    Ok(Value::Undefined)
}

/// `GET LIST ITEM({*;} list; itemPos | *; itemRef; itemText {; sublist; expanded})`:
/// empty values (0, "") for a position out of range.
fn get_list_item(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let found = match list {
        Some(list) => {
            let current = star_at(args, at);
            let pos = if current { 0 } else { int(p, args, at, span)? };
            let ls = lists(p);
            let st = ls.store.lock();
            let loc = if current {
                st.resolve(list, Which::Current)
            } else {
                usize::try_from(pos - 1)
                    .ok()
                    .and_then(|i| st.visible(list).get(i).copied())
            };
            loc.and_then(|l| st.get(l).cloned())
        }
        None => None,
    };
    let (r, t, sub, expanded) = match found {
        Some(it) => (it.r, it.text, it.sublist, it.expanded && it.sublist != 0),
        None => (0, String::new(), 0, false),
    };
    set_arg(p, args, at + 1, num(r), span)?;
    set_arg(p, args, at + 2, Value::text(t), span)?;
    set_arg(p, args, at + 3, num(sub), span)?;
    set_arg(p, args, at + 4, Value::Bool(expanded), span)?;
    Ok(Value::Undefined)
}

/// `SET LIST ITEM({*;} list; itemRef | * | 0; newItemText; newItemRef {; sublist; expanded})`:
/// sublist 0 detaches, -1 keeps the current one.
fn set_list_item(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let w = which(p, args, at, span)?;
    let t = text(p, args, at + 1, span)?.to_string();
    let r = int(p, args, at + 2, span)?;
    let sub = sublist_args(p, args, at + 3, span)?;
    let Some(list) = list else { return Ok(Value::Undefined) };
    let ls = lists(p);
    let mut st = ls.store.lock();
    let Some(loc) = st.resolve(list, w) else {
        return Ok(Value::Undefined);
    };
    let valid_sub = sub.map(|(s, e)| {
        (
            if s == -1 || s == 0 || st.lists.contains_key(&s) {
                s
            } else {
                0
            },
            e,
        )
    });
    if let Some(it) = st.get_mut(loc) {
        it.text = t;
        it.r = r;
        if let Some((s, e)) = valid_sub {
            if s != -1 {
                it.sublist = s;
            }
            it.expanded = e;
        }
    }
    Ok(Value::Undefined)
}

/// `DELETE FROM LIST({*;} list; itemRef | * | 0 {; *})`: with the last `*`,
/// the item's sublists are cleared too.
fn delete_from_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let w = which(p, args, at, span)?;
    let deep = star_at(args, at + 1);
    let Some(list) = list else { return Ok(Value::Undefined) };
    let ls = lists(p);
    let mut st = ls.store.lock();
    let Some(loc) = st.resolve(list, w) else {
        return Ok(Value::Undefined);
    };
    let removed = st.lists.get_mut(&loc.list).and_then(|l| {
        if loc.index < l.items.len() {
            Some(l.items.remove(loc.index))
        } else {
            None
        }
    });
    if let Some(it) = removed {
        st.unselect(it.uid);
        if deep && it.sublist != 0 {
            st.clear(it.sublist, true);
        }
    }
    Ok(Value::Undefined)
}

/// `Count list items({*;} list {; *})`: visible items, or all with `*`.
fn count_list_items(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let Some(list) = list else { return Ok(num(0)) };
    let all = star_at(args, at);
    let ls = lists(p);
    let st = ls.store.lock();
    let n = if all {
        st.walk(list).len()
    } else {
        st.visible(list).len()
    };
    Ok(num(n as i64))
}

/// `List item position({*;} list; itemRef)`: expands the lists above the
/// item to make it visible; 0 when there is no such item (0 does not mean
/// the last item added here).
fn list_item_position(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let r = int(p, args, at, span)?;
    let Some(list) = list else { return Ok(num(0)) };
    let ls = lists(p);
    let mut st = ls.store.lock();
    let Some(loc) = st.find_ref(list, r) else {
        return Ok(num(0));
    };
    st.reveal(list, loc);
    let uid = st.get(loc).map(|i| i.uid).unwrap_or(0);
    Ok(num(st.position(list, uid) as i64))
}

/// `Find in list({*;} list; value; scope {; itemsArray {; *}})`: "is
/// exactly" with `@` wildcards; scope 0 = first level, 1 = every level;
/// positions of visible items, or references with the last `*`.
fn find_in_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let value = text(p, args, at, span)?.to_string();
    let scope = int(p, args, at + 1, span)?;
    let by_ref = star_at(args, at + 3);
    let mut found: Vec<i64> = Vec::new();
    if let Some(list) = list {
        let ls = lists(p);
        let st = ls.store.lock();
        let all = st.walk(list);
        let mut pos = 0i64;
        for l in &all {
            if l.visible {
                pos += 1;
            }
            let Some(it) = st.get(*l) else { continue };
            if scope == 0 && l.list != list {
                continue;
            }
            if !crate::runtime::text::text_eq(&it.text, &value) {
                continue;
            }
            if by_ref {
                found.push(it.r);
            } else if l.visible {
                // Items inside collapsed sublists have no position.
                found.push(pos);
            }
        }
    }
    if present(args, at + 2) {
        let values = found.iter().map(|n| num(*n)).collect();
        put_array(p, args, at + 2, ArrayKind::Longint, values, span)?;
    }
    Ok(num(found.first().copied().unwrap_or(0)))
}

/// Makes `uids` the selection of `list` with `current` as the current item
/// (only the current one when multiple selections are off).
fn select(st: &mut Store, list: i64, current: Option<u64>, uids: Vec<u64>) {
    let Some(l) = st.lists.get_mut(&list) else { return };
    let mut sel = Vec::new();
    if l.props.multi == 1 {
        for u in uids {
            if !sel.contains(&u) {
                sel.push(u);
            }
        }
    }
    if let Some(c) = current
        && !sel.contains(&c)
    {
        sel.push(c);
    }
    l.selected = sel;
    l.current = current;
}

/// The numbers of a Longint array argument.
fn numbers(p: &mut Interp, args: &[Arg], i: usize) -> RtResult<Vec<i64>> {
    match val(p, args, i)? {
        Value::Array(a) => Ok(a
            .borrow()
            .items
            .iter()
            .skip(1)
            .map(|v| v.as_num().unwrap_or(0.0) as i64)
            .collect()),
        _ => Ok(Vec::new()),
    }
}

/// `SELECT LIST ITEMS BY POSITION({*;} list; itemPos {; positionsArray})`:
/// a position out of range selects nothing.
fn select_by_position(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let pos = int(p, args, at, span)?;
    let more = if present(args, at + 1) {
        numbers(p, args, at + 1)?
    } else {
        Vec::new()
    };
    let Some(list) = list else { return Ok(Value::Undefined) };
    let ls = lists(p);
    let mut st = ls.store.lock();
    let visible = st.visible(list);
    let uid_at = |st: &Store, n: i64| -> Option<u64> {
        let i = usize::try_from(n - 1).ok()?;
        st.get(*visible.get(i)?).map(|it| it.uid)
    };
    let current = uid_at(&st, pos);
    let uids: Vec<u64> = more.iter().filter_map(|n| uid_at(&st, *n)).collect();
    if current.is_none() {
        select(&mut st, list, None, Vec::new());
        return Ok(Value::Undefined);
    }
    select(&mut st, list, current, uids);
    Ok(Value::Undefined)
}

/// `SELECT LIST ITEMS BY REFERENCE(list; itemRef {; refArray})`: expands
/// the lists above the selected items; no such item: does nothing.
fn select_by_reference(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let list = int(p, args, 0, span)?;
    let w = which(p, args, 1, span)?;
    let more = if present(args, 2) {
        numbers(p, args, 2)?
    } else {
        Vec::new()
    };
    let ls = lists(p);
    let mut st = ls.store.lock();
    let Some(loc) = st.resolve(list, w) else {
        return Ok(Value::Undefined);
    };
    let mut locs = vec![loc];
    let multi = st.lists.get(&list).is_some_and(|l| l.props.multi == 1);
    if multi {
        locs.extend(more.iter().filter_map(|r| st.find_ref(list, *r)));
    }
    for l in &locs {
        st.reveal(list, *l);
    }
    let current = st.get(loc).map(|i| i.uid);
    let uids = locs.iter().filter_map(|l| st.get(*l).map(|i| i.uid)).collect();
    select(&mut st, list, current, uids);
    Ok(Value::Undefined)
}

/// `Selected list items({*;} list {; itemsArray {; *}})`: the current item's
/// position (reference with `*`), 0 when nothing is selected; the array gets
/// every selected item in list order.
fn selected_list_items(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    // `Selected list items(list; *)` or `(list; array; *)`.
    let (array_at, by_ref) = if star_at(args, at) {
        (None, true)
    } else {
        (present(args, at).then_some(at), star_at(args, at + 1))
    };
    let mut result = 0;
    let mut items = Vec::new();
    if let Some(list) = list {
        let ls = lists(p);
        let st = ls.store.lock();
        if let Some(l) = st.lists.get(&list) {
            let mut pos = 0;
            for loc in st.walk(list) {
                if loc.visible {
                    pos += 1;
                }
                let Some(it) = st.get(loc) else { continue };
                let value = if by_ref { it.r } else { pos };
                if Some(it.uid) == l.current && (by_ref || loc.visible) {
                    result = value;
                }
                if l.selected.contains(&it.uid) && (by_ref || loc.visible) {
                    items.push(num(value));
                }
            }
        }
    }
    if let Some(i) = array_at {
        put_array(p, args, i, ArrayKind::Longint, items, span)?;
    }
    Ok(num(result))
}

/// `GET LIST ITEM PARAMETER({*;} list; itemRef | * | 0; selector; value)`:
/// a parameter never set leaves the variable unchanged.
fn get_list_item_parameter(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let w = which(p, args, at, span)?;
    let key = text(p, args, at + 1, span)?.to_string();
    let Some(list) = list else { return Ok(Value::Undefined) };
    let found = {
        let ls = lists(p);
        let st = ls.store.lock();
        st.resolve(list, w)
            .and_then(|l| st.get(l))
            .and_then(|it| it.params.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()))
    };
    if let Some(v) = found {
        set_arg(p, args, at + 2, param_value(&v), span)?;
    }
    Ok(Value::Undefined)
}

/// `SET LIST ITEM PARAMETER({*;} list; itemRef | * | 0; selector; value)`:
/// text, number or Boolean values (others are stored as their text).
fn set_list_item_parameter(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let w = which(p, args, at, span)?;
    let key = text(p, args, at + 1, span)?.to_string();
    let value = match val(p, args, at + 2)? {
        Value::Text(t) => Param::Text(t.to_string()),
        Value::Bool(b) => Param::Bool(b),
        Value::Real(r) => Param::Real(r),
        Value::Int(i) => Param::Real(i as f64),
        other => Param::Text(crate::runtime::ops::to_display(&other)),
    };
    let Some(list) = list else { return Ok(Value::Undefined) };
    let ls = lists(p);
    let mut st = ls.store.lock();
    let Some(loc) = st.resolve(list, w) else {
        return Ok(Value::Undefined);
    };
    if let Some(it) = st.get_mut(loc) {
        match it.params.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => it.params.push((key, value)),
        }
    }
    Ok(Value::Undefined)
}

fn is_a_list(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    let r = match val(p, args, 0)? {
        v @ (Value::Real(_) | Value::Int(_)) => v.as_num().unwrap_or(0.0) as i64,
        _ => return Ok(Value::Bool(false)),
    };
    Ok(Value::Bool(lists(p).store.lock().lists.contains_key(&r)))
}

/// `Copy list(list)`: a new list with copies of every sublist; 0 when
/// `list` is not a list.
fn copy_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let list = int(p, args, 0, span)?;
    let ls = lists(p);
    let mut st = ls.store.lock();
    if !st.lists.contains_key(&list) {
        return Ok(num(0));
    }
    let tree = st.export(list, &mut Vec::new());
    Ok(num(st.import(&tree)))
}

/// `List item parent({*;} list; itemRef | * | 0)`: 0 when none.
fn list_item_parent(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let w = which(p, args, at, span)?;
    let Some(list) = list else { return Ok(num(0)) };
    let ls = lists(p);
    let st = ls.store.lock();
    let parent = st
        .resolve(list, w)
        .and_then(|l| l.parent)
        .and_then(|(list, index)| {
            st.get(Loc {
                list,
                index,
                visible: true,
                parent: None,
            })
        })
        .map(|it| it.r)
        .unwrap_or(0);
    Ok(num(parent))
}

/// `GET LIST PROPERTIES(list; appearance {; icon {; lineHeight {; doubleClick {; multiSelections {; editable}}}}})`
fn get_list_properties(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let list = int(p, args, 0, span)?;
    let props = lists(p).store.lock().lists.get(&list).map(|l| l.props.clone());
    let Some(pr) = props else { return Ok(Value::Undefined) };
    let values = [
        pr.appearance,
        pr.icon,
        pr.line_height,
        pr.double_click,
        pr.multi,
        pr.editable,
    ];
    for (k, v) in values.into_iter().enumerate() {
        set_arg(p, args, k + 1, num(v), span)?;
    }
    Ok(Value::Undefined)
}

/// `SET LIST PROPERTIES(list; appearance {; icon {; lineHeight {; doubleClick {; multiSelections {; editable}}}}})`:
/// omitted parameters take their default (editable 1, the others 0).
fn set_list_properties(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let list = int(p, args, 0, span)?;
    let mut v = [0i64, 0, 0, 0, 0, 1];
    for (k, slot) in v.iter_mut().enumerate() {
        if present(args, k + 1) {
            *slot = int(p, args, k + 1, span)?;
        }
    }
    let [appearance, icon, line_height, double_click, multi, editable] = v;
    if let Some(l) = lists(p).store.lock().lists.get_mut(&list) {
        l.props = Props {
            appearance,
            icon,
            line_height,
            double_click,
            multi,
            editable,
        };
    }
    Ok(Value::Undefined)
}

/// `SET LIST ITEM PROPERTIES({*;} list; itemRef | * | 0; enterable; styles {; icon {; color}})`
fn set_list_item_properties(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let w = which(p, args, at, span)?;
    let enterable = boolean(p, args, at + 1, span)?;
    let style = int(p, args, at + 2, span)?;
    let icon = if present(args, at + 3) {
        Some(match val(p, args, at + 3)? {
            Value::Text(t) => t.to_string(),
            v @ (Value::Real(_) | Value::Int(_)) if v.as_num() == Some(0.0) => String::new(),
            other => crate::runtime::ops::to_display(&other),
        })
    } else {
        None
    };
    let color = if present(args, at + 4) {
        Some(int(p, args, at + 4, span)?)
    } else {
        None
    };
    let Some(list) = list else { return Ok(Value::Undefined) };
    let ls = lists(p);
    let mut st = ls.store.lock();
    let Some(loc) = st.resolve(list, w) else {
        return Ok(Value::Undefined);
    };
    if let Some(it) = st.get_mut(loc) {
        it.enterable = enterable;
        it.style = style;
        if let Some(i) = icon {
            it.icon = i;
        }
        if let Some(c) = color {
            it.color = c;
        }
    }
    Ok(Value::Undefined)
}

/// `GET LIST ITEM PROPERTIES({*;} list; itemRef | * | 0; enterable {; styles {; icon {; color}}})`:
/// no such item: the variables are left unchanged.
fn get_list_item_properties(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (list, at) = list_arg(p, args, span)?;
    let w = which(p, args, at, span)?;
    let Some(list) = list else { return Ok(Value::Undefined) };
    let found = {
        let ls = lists(p);
        let st = ls.store.lock();
        st.resolve(list, w).and_then(|l| st.get(l).cloned())
    };
    let Some(it) = found else { return Ok(Value::Undefined) };
    set_arg(p, args, at + 1, Value::Bool(it.enterable), span)?;
    set_arg(p, args, at + 2, num(it.style), span)?;
    set_arg(p, args, at + 3, Value::text(it.icon), span)?;
    set_arg(p, args, at + 4, num(it.color), span)?;
    Ok(Value::Undefined)
}

/// `SORT LIST(list {; > or <})`: every level, ascending by default; the
/// current item and the expanded states do not change.
fn sort_list(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let list = int(p, args, 0, span)?;
    let descending = matches!(args.get(1), Some(Arg::Lt));
    lists(p).store.lock().sort(list, descending, &mut Vec::new());
    Ok(Value::Undefined)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn add(st: &mut Store, list: i64, t: &str, r: i64, sub: i64, expanded: bool) {
        let it = st.item(t.into(), r, sub, expanded);
        st.lists.get_mut(&list).unwrap().items.push(it);
    }

    #[test]
    fn positions_follow_expanded_sublists() {
        let mut st = Store::default();
        let main = st.new_list();
        let sub = st.new_list();
        add(&mut st, sub, "a-1", 101, 0, false);
        add(&mut st, sub, "a-2", 102, 0, false);
        add(&mut st, main, "a", 100, sub, false);
        add(&mut st, main, "b", 200, 0, false);
        assert_eq!(st.walk(main).len(), 4);
        assert_eq!(st.visible(main).len(), 2);
        let loc = st.find_ref(main, 102).unwrap();
        st.reveal(main, loc);
        assert_eq!(st.visible(main).len(), 4);
        assert_eq!(st.position(main, st.get(loc).unwrap().uid), 3);
    }

    #[test]
    fn a_list_inside_itself_is_walked_once() {
        let mut st = Store::default();
        let main = st.new_list();
        add(&mut st, main, "self", 1, main, true);
        assert_eq!(st.walk(main).len(), 1);
        let tree = st.export(main, &mut Vec::new());
        assert!(tree.items[0].children.is_none());
        st.sort(main, false, &mut Vec::new());
        st.clear(main, true);
        assert!(st.lists.is_empty());
    }
}
