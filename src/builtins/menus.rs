//! Menus in memory (theme "Menus", and `Pop up menu`): menus created with
//! `Create menu`, referenced by a MenuRef (16 characters), with items that
//! carry a text, a submenu, a method, a parameter, a mark, a style, a
//! shortcut, properties, and an enabled state; menu bars per process.
//!
//! Headless nothing is drawn and nobody chooses: `Dynamic pop up menu`
//! returns "" and `Pop up menu` 0 (nothing chosen), each logged on stderr
//! like the dialogs (system.rs); `Menu selected` is 0. A project's menu bars
//! (Design mode) are not loaded: `SET MENU BAR` with a number or a name does
//! nothing, with a MenuRef it installs that menu as the process's bar, whose
//! menus the commands then reach by number. Menus are shared by every
//! process (a change "is immediately carried over to all the instances of
//! this menu and in all the processes").

use std::sync::Arc;

use parking_lot::Mutex;
use rustc_hash::FxHashMap;

use super::objects::put_array;
use super::system::headless_log;
use super::{Builtin, b, int, present, set_arg, text, val};
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::ArrayKind;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("Create menu", 0, 1, create_menu),
    b("RELEASE MENU", 1, 1, release_menu),
    b("APPEND MENU ITEM", 2, 5, append_menu_item),
    b("INSERT MENU ITEM", 3, 6, insert_menu_item),
    b("DELETE MENU ITEM", 2, 3, delete_menu_item),
    b("Count menu items", 1, 2, count_menu_items),
    b("Get menu item", 2, 3, get_menu_item),
    b("SET MENU ITEM", 3, 5, set_menu_item),
    b("SET MENU ITEM PARAMETER", 3, 3, set_menu_item_parameter),
    b("Get menu item parameter", 2, 2, get_menu_item_parameter),
    b("SET MENU ITEM METHOD", 3, 4, set_menu_item_method),
    b("Get menu item method", 2, 3, get_menu_item_method),
    b("SET MENU ITEM SHORTCUT", 3, 5, set_menu_item_shortcut),
    b("Get menu item key", 2, 3, get_menu_item_key),
    b("Get menu item modifiers", 2, 3, get_menu_item_modifiers),
    b("SET MENU ITEM MARK", 3, 4, set_menu_item_mark),
    b("Get menu item mark", 2, 3, get_menu_item_mark),
    b("DISABLE MENU ITEM", 2, 3, disable_menu_item),
    b("ENABLE MENU ITEM", 2, 3, enable_menu_item),
    b("SET MENU ITEM STYLE", 3, 4, set_menu_item_style),
    b("Get menu item style", 2, 3, get_menu_item_style),
    b("SET MENU ITEM PROPERTY", 4, 5, set_menu_item_property),
    b("GET MENU ITEM PROPERTY", 4, 5, get_menu_item_property),
    b("SET MENU ITEM ICON", 3, 4, set_menu_item_icon),
    b("GET MENU ITEM ICON", 3, 4, get_menu_item_icon),
    b("GET MENU ITEMS", 3, 3, get_menu_items),
    b("Get menu title", 1, 2, get_menu_title),
    b("Count menus", 0, 1, count_menus),
    b("Get menu bar reference", 0, 1, get_menu_bar_reference),
    b("SET MENU BAR", 1, 3, set_menu_bar),
    b("Dynamic pop up menu", 1, 4, dynamic_pop_up_menu),
    b(
        "Get selected menu item parameter",
        0,
        0,
        get_selected_menu_item_parameter,
    ),
    b("Menu selected", 0, 1, menu_selected),
    b("Pop up menu", 1, 4, pop_up_menu),
];

/// A custom or standard item property (`SET MENU ITEM PROPERTY`).
#[derive(Debug, Clone, PartialEq)]
enum Prop {
    Text(String),
    Real(f64),
    Bool(bool),
}

#[derive(Debug, Clone, Default)]
struct MenuItem {
    uid: u64,
    text: String,
    submenu: Option<String>,
    enabled: bool,
    mark: String,
    /// `Bold` 1, `Italic` 2, `Underline` 4 (sums).
    style: i64,
    /// The shortcut key ("" for none): one character, or "[F4]"…
    key: String,
    /// Modifiers added to Ctrl/Command (`Shift key mask`, `Option key mask`).
    modifiers: i64,
    method: String,
    param: String,
    icon: String,
    props: Vec<(String, Prop)>,
}

#[derive(Debug, Clone, Default)]
struct Menu {
    items: Vec<MenuItem>,
    last_added: Option<u64>,
    /// `RELEASE MENU` was called: the reference is no longer valid, but the
    /// menu lives on where it is a submenu or a menu bar.
    released: bool,
}

#[derive(Debug, Default)]
struct Store {
    menus: FxHashMap<String, Menu>,
    last_ref: u64,
    last_uid: u64,
    /// The menu bar (MenuRef) of each process, by process number.
    bars: FxHashMap<i64, String>,
}

/// The run's menus (`Runtime::extensions`).
#[derive(Debug, Default)]
pub struct Menus {
    store: Mutex<Store>,
}

impl Store {
    fn new_ref(&mut self) -> String {
        self.last_ref += 1;
        // A MenuRef is "a unique ID (16-character alphanumeric)".
        format!("{:016X}", 0x4D00_0000_0000_0000u64 | self.last_ref)
    }

    fn uid(&mut self) -> u64 {
        self.last_uid += 1;
        self.last_uid
    }

    /// A deep copy of `src` with new references for it and its submenus.
    fn copy(&mut self, src: &str, depth: usize) -> String {
        let r = self.new_ref();
        let items = self.menus.get(src).map(|m| m.items.clone()).unwrap_or_default();
        let mut copied = Vec::with_capacity(items.len());
        for mut it in items {
            it.uid = self.uid();
            if let Some(sub) = &it.submenu {
                it.submenu = (depth < 32 && self.menus.contains_key(sub)).then(|| self.copy(sub, depth + 1));
            }
            copied.push(it);
        }
        self.menus.insert(
            r.clone(),
            Menu {
                items: copied,
                ..Menu::default()
            },
        );
        r
    }

    /// Drops released menus nothing refers to any more.
    fn collect(&mut self) {
        loop {
            let used: Vec<String> = self
                .menus
                .values()
                .flat_map(|m| m.items.iter().filter_map(|i| i.submenu.clone()))
                .chain(self.bars.values().cloned())
                .collect();
            let dead: Vec<String> = self
                .menus
                .iter()
                .filter(|(r, m)| m.released && !used.contains(r))
                .map(|(r, _)| r.clone())
                .collect();
            if dead.is_empty() {
                return;
            }
            for r in dead {
                self.menus.remove(&r);
            }
        }
    }
}

fn menus(p: &Interp) -> Arc<Menus> {
    p.rt.extensions.get::<Menus>()
}

/// The menu a `menu` argument designates: a MenuRef, or the number of a
/// menu of the process's menu bar (`process` argument at `proc_at`, else
/// the current process).
fn menu_arg(p: &mut Interp, args: &[Arg], proc_at: Option<usize>, span: Span) -> RtResult<Option<String>> {
    let v = val(p, args, 0)?;
    let process = match proc_at {
        Some(i) if present(args, i) => int(p, args, i, span)?,
        _ => p.entry.number as i64,
    };
    let ms = menus(p);
    let st = ms.store.lock();
    Ok(match v {
        Value::Text(r) => st.menus.get(r.as_str()).filter(|m| !m.released).map(|_| r.to_string()),
        v => {
            let n = v.as_num().unwrap_or(0.0) as i64;
            st.bars
                .get(&process)
                .and_then(|bar| st.menus.get(bar))
                .and_then(|bar| usize::try_from(n - 1).ok().and_then(|i| bar.items.get(i)))
                .and_then(|it| it.submenu.clone())
        }
    })
}

/// The index of the item a `menuItem` argument designates (-1: the last
/// item added).
fn item_index(menu: &Menu, n: i64) -> Option<usize> {
    if n == -1 {
        let uid = menu.last_added?;
        return menu.items.iter().position(|i| i.uid == uid);
    }
    let i = usize::try_from(n - 1).ok()?;
    (i < menu.items.len()).then_some(i)
}

/// Runs `f` on the designated item, if there is one.
fn with_item<R>(
    p: &mut Interp,
    args: &[Arg],
    proc_at: Option<usize>,
    span: Span,
    f: impl FnOnce(&mut MenuItem) -> R,
) -> RtResult<Option<R>> {
    let Some(r) = menu_arg(p, args, proc_at, span)? else {
        return Ok(None);
    };
    let n = int(p, args, 1, span)?;
    let ms = menus(p);
    let mut st = ms.store.lock();
    let Some(menu) = st.menus.get_mut(&r) else {
        return Ok(None);
    };
    let Some(i) = item_index(menu, n) else { return Ok(None) };
    Ok(menu.items.get_mut(i).map(f))
}

/// One item definition of `APPEND MENU ITEM` and `Pop up menu`: `(`
/// disables, `<B` `<I` `<U` (and `<O` `<S`) set the style, `!c` the mark,
/// `^c` an icon, `/c` the shortcut; "-" and "(-" are separator lines.
fn parse_item(def: &str) -> MenuItem {
    let mut it = MenuItem {
        enabled: true,
        ..MenuItem::default()
    };
    let mut chars = def.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' => it.enabled = false,
            '<' if chars.peek().is_some_and(|n| "BIUOSbiuos".contains(*n)) => {
                it.style |= match chars.next().map(|c| c.to_ascii_uppercase()) {
                    Some('B') => 1,
                    Some('I') => 2,
                    Some('U') => 4,
                    Some('O') => 8,
                    _ => 16,
                };
            }
            '!' if chars.peek().is_some() => it.mark = chars.next().map(String::from).unwrap_or_default(),
            '^' if chars.peek().is_some() => it.icon = chars.next().map(String::from).unwrap_or_default(),
            '/' if chars.peek().is_some() => it.key = chars.next().map(String::from).unwrap_or_default(),
            c => it.text.push(c),
        }
    }
    if it.text == "-" {
        // A separator line ("-" or "(-").
        it.enabled = false;
    }
    it
}

/// The items an item text defines: several separated by `;`, unless `*`
/// makes the metacharacters ordinary characters.
fn parse_items(text: &str, literal: bool) -> Vec<MenuItem> {
    if literal {
        return vec![MenuItem {
            text: text.to_string(),
            enabled: true,
            ..MenuItem::default()
        }];
    }
    text.split(';').map(parse_item).collect()
}

/// `Create menu {(menu)}`: a blank menu, or a copy of a menu (and of its
/// submenus, with new references). Menu bars of the project are not loaded,
/// so a number or a name gives a blank menu ("If you pass an invalid value
/// in menu, a blank menu is created").
fn create_menu(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    let src = match val(p, args, 0)? {
        Value::Text(t) => Some(t.to_string()),
        _ => None,
    };
    let ms = menus(p);
    let mut st = ms.store.lock();
    let r = match src.filter(|s| st.menus.get(s).is_some_and(|m| !m.released)) {
        Some(s) => st.copy(&s, 0),
        None => {
            let r = st.new_ref();
            st.menus.insert(r.clone(), Menu::default());
            r
        }
    };
    Ok(Value::text(r))
}

/// `RELEASE MENU(menu)`: the reference becomes invalid; the menu stays
/// where it is a submenu or a menu bar until those go too.
fn release_menu(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let r = text(p, args, 0, span)?;
    let ms = menus(p);
    let mut st = ms.store.lock();
    if let Some(m) = st.menus.get_mut(r.as_str()) {
        m.released = true;
    }
    st.collect();
    Ok(Value::Undefined)
}

/// Inserts items at `at` (clamped); the first one gets the submenu; the
/// last one becomes the last item added.
fn add_items(p: &mut Interp, menu: &str, at: Option<usize>, mut items: Vec<MenuItem>, submenu: Option<String>) {
    let ms = menus(p);
    let mut st = ms.store.lock();
    let submenu = submenu.filter(|s| st.menus.contains_key(s));
    for it in items.iter_mut() {
        it.uid = st.uid();
    }
    if let Some(first) = items.first_mut() {
        first.submenu = submenu;
    }
    let Some(m) = st.menus.get_mut(menu) else { return };
    m.last_added = items.last().map(|i| i.uid).or(m.last_added);
    let at = at.unwrap_or(m.items.len()).min(m.items.len());
    m.items.splice(at..at, items);
}

fn submenu_arg(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<Option<String>> {
    if !present(args, i) {
        return Ok(None);
    }
    let t = text(p, args, i, span)?;
    Ok((!t.is_empty()).then(|| t.to_string()))
}

/// `APPEND MENU ITEM(menu; itemText {; subMenu {; process {; *}}})`
fn append_menu_item(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let Some(menu) = menu_arg(p, args, Some(3), span)? else {
        return Ok(Value::Undefined);
    };
    let t = text(p, args, 1, span)?;
    let sub = submenu_arg(p, args, 2, span)?;
    let literal = super::has_star(args);
    let items = parse_items(t.as_str(), literal);
    add_items(p, &menu, None, items, sub);
    Ok(Value::Undefined)
}

/// `INSERT MENU ITEM(menu; afterItem; itemText {; subMenu {; process}}{; *})`:
/// after item `afterItem` (0: first; -1: after the last item added).
fn insert_menu_item(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let Some(menu) = menu_arg(p, args, Some(4), span)? else {
        return Ok(Value::Undefined);
    };
    let after = int(p, args, 1, span)?;
    let t = text(p, args, 2, span)?;
    let sub = submenu_arg(p, args, 3, span)?;
    let literal = super::has_star(args);
    let at = {
        let ms = menus(p);
        let st = ms.store.lock();
        let m = st.menus.get(&menu);
        match (after, m) {
            (-1, Some(m)) => Some(item_index(m, -1).map(|i| i + 1).unwrap_or(m.items.len())),
            (n, _) => Some(usize::try_from(n).unwrap_or(0)),
        }
    };
    let items = parse_items(t.as_str(), literal);
    add_items(p, &menu, at, items, sub);
    Ok(Value::Undefined)
}

/// `DELETE MENU ITEM(menu; menuItem {; process})`: a submenu stays in memory.
fn delete_menu_item(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let Some(menu) = menu_arg(p, args, Some(2), span)? else {
        return Ok(Value::Undefined);
    };
    let n = int(p, args, 1, span)?;
    let ms = menus(p);
    let mut st = ms.store.lock();
    if let Some(m) = st.menus.get_mut(&menu)
        && let Some(i) = item_index(m, n)
    {
        m.items.remove(i);
    }
    st.collect();
    Ok(Value::Undefined)
}

fn count_menu_items(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = match menu_arg(p, args, Some(1), span)? {
        Some(menu) => menus(p)
            .store
            .lock()
            .menus
            .get(&menu)
            .map(|m| m.items.len())
            .unwrap_or(0),
        None => 0,
    };
    Ok(Value::Real(n as f64))
}

fn get_menu_item(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let t = with_item(p, args, Some(2), span, |it| it.text.clone())?;
    Ok(Value::text(t.unwrap_or_default()))
}

/// `SET MENU ITEM(menu; menuItem; itemText {; process}{; *})`: the
/// metacharacters of the text apply unless `*` is passed.
fn set_menu_item(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let t = text(p, args, 2, span)?;
    let literal = super::has_star(args);
    with_item(p, args, Some(3), span, |it| {
        if literal {
            it.text = t.to_string();
            return;
        }
        let new = parse_item(t.as_str());
        it.text = new.text;
        it.enabled = new.enabled;
        it.style = new.style;
        if !new.mark.is_empty() {
            it.mark = new.mark;
        }
        if !new.key.is_empty() {
            it.key = new.key;
        }
        if !new.icon.is_empty() {
            it.icon = new.icon;
        }
    })?;
    Ok(Value::Undefined)
}

fn set_menu_item_parameter(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = text(p, args, 2, span)?.to_string();
    with_item(p, args, None, span, |it| it.param = v)?;
    Ok(Value::Undefined)
}

fn get_menu_item_parameter(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = with_item(p, args, None, span, |it| it.param.clone())?;
    Ok(Value::text(v.unwrap_or_default()))
}

fn set_menu_item_method(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = text(p, args, 2, span)?.to_string();
    with_item(p, args, Some(3), span, |it| it.method = v)?;
    Ok(Value::Undefined)
}

/// `Get menu item method`: "" when no method is associated.
fn get_menu_item_method(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = with_item(p, args, Some(2), span, |it| it.method.clone())?;
    Ok(Value::text(v.unwrap_or_default()))
}

/// `SET MENU ITEM SHORTCUT(menu; menuItem; itemKey; modifiers {; process})`:
/// a letter (or "[F4]"…) with extra modifiers, or (former syntax) a
/// character code, whose modifiers are not taken into account; 0 removes it.
fn set_menu_item_shortcut(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let (key, modifiers) = match val(p, args, 2)? {
        Value::Text(t) => {
            let m = if present(args, 3) { int(p, args, 3, span)? } else { 0 };
            (t.to_string(), m)
        }
        v => {
            let code = v.as_num().unwrap_or(0.0) as u32;
            let key = if code == 0 {
                String::new()
            } else {
                char::from_u32(code).map(String::from).unwrap_or_default()
            };
            (key, 0)
        }
    };
    // The Ctrl/Command key is always part of the shortcut; only the others count.
    let command_key_mask = 256;
    let modifiers = if key.is_empty() {
        0
    } else {
        modifiers & !command_key_mask
    };
    with_item(p, args, Some(4), span, |it| {
        it.key = key;
        it.modifiers = modifiers;
    })?;
    Ok(Value::Undefined)
}

/// `Get menu item key`: the character code of the Ctrl/Command shortcut, 0
/// when there is none or the item holds a submenu.
fn get_menu_item_key(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = with_item(p, args, Some(2), span, |it| {
        let mut chars = it.key.chars();
        match (chars.next(), chars.next(), &it.submenu) {
            (Some(c), None, None) => c as u32,
            _ => 0,
        }
    })?;
    Ok(Value::Real(v.unwrap_or(0) as f64))
}

/// `Get menu item modifiers`: `Shift key mask` (512) and `Option key mask` (2048).
fn get_menu_item_modifiers(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = with_item(p, args, Some(2), span, |it| it.modifiers)?;
    Ok(Value::Real(v.unwrap_or(0) as f64))
}

/// `SET MENU ITEM MARK(menu; menuItem; mark {; process})`: the first
/// character of `mark`; "" removes it.
fn set_menu_item_mark(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let mark: String = text(p, args, 2, span)?.as_str().chars().take(1).collect();
    with_item(p, args, Some(3), span, |it| it.mark = mark)?;
    Ok(Value::Undefined)
}

/// `Get menu item mark`: "" without a mark or for a submenu item.
fn get_menu_item_mark(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = with_item(p, args, Some(2), span, |it| {
        if it.submenu.is_some() {
            String::new()
        } else {
            it.mark.clone()
        }
    })?;
    Ok(Value::text(v.unwrap_or_default()))
}

/// `DISABLE MENU ITEM` / `ENABLE MENU ITEM(menu; menuItem {; process})`:
/// 0 stands for every item of the menu.
fn enable(p: &mut Interp, args: &[Arg], on: bool, span: Span) -> RtResult<Value> {
    if int(p, args, 1, span)? != 0 {
        with_item(p, args, Some(2), span, |it| it.enabled = on)?;
        return Ok(Value::Undefined);
    }
    let Some(menu) = menu_arg(p, args, Some(2), span)? else {
        return Ok(Value::Undefined);
    };
    if let Some(m) = menus(p).store.lock().menus.get_mut(&menu) {
        for it in m.items.iter_mut() {
            it.enabled = on;
        }
    }
    Ok(Value::Undefined)
}

fn disable_menu_item(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    enable(p, args, false, span)
}

fn enable_menu_item(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    enable(p, args, true, span)
}

fn set_menu_item_style(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let style = int(p, args, 2, span)?;
    with_item(p, args, Some(3), span, |it| it.style = style)?;
    Ok(Value::Undefined)
}

fn get_menu_item_style(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let v = with_item(p, args, Some(2), span, |it| it.style)?;
    Ok(Value::Real(v.unwrap_or(0) as f64))
}

/// `SET MENU ITEM PROPERTY(menu; menuItem; property; value {; process})`:
/// standard (`Associated standard action`…) and custom properties alike.
fn set_menu_item_property(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let key = text(p, args, 2, span)?.to_string();
    let value = match val(p, args, 3)? {
        Value::Text(t) => Prop::Text(t.to_string()),
        Value::Bool(b) => Prop::Bool(b),
        v @ (Value::Real(_) | Value::Int(_)) => Prop::Real(v.as_num().unwrap_or(0.0)),
        other => Prop::Text(crate::runtime::ops::to_display(&other)),
    };
    with_item(p, args, Some(4), span, |it| {
        match it.props.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => it.props.push((key, value)),
        }
    })?;
    Ok(Value::Undefined)
}

/// `GET MENU ITEM PROPERTY`: a property never set leaves the variable unchanged.
fn get_menu_item_property(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let key = text(p, args, 2, span)?.to_string();
    let found = with_item(p, args, Some(4), span, |it| {
        it.props.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
    })?
    .flatten();
    if let Some(v) = found {
        let v = match v {
            Prop::Text(t) => Value::text(t),
            Prop::Real(r) => Value::Real(r),
            Prop::Bool(b) => Value::Bool(b),
        };
        set_arg(p, args, 3, v, span)?;
    }
    Ok(Value::Undefined)
}

fn set_menu_item_icon(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let icon = match val(p, args, 2)? {
        Value::Text(t) => t.to_string(),
        other => crate::runtime::ops::to_display(&other),
    };
    with_item(p, args, Some(3), span, |it| it.icon = icon)?;
    Ok(Value::Undefined)
}

fn get_menu_item_icon(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    if let Some(icon) = with_item(p, args, Some(3), span, |it| it.icon.clone())? {
        set_arg(p, args, 2, Value::text(icon), span)?;
    }
    Ok(Value::Undefined)
}

/// `GET MENU ITEMS(menu; menuTitlesArray; menuRefsArray)`: "" for items
/// without a submenu.
fn get_menu_items(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let items = match menu_arg(p, args, None, span)? {
        Some(menu) => menus(p)
            .store
            .lock()
            .menus
            .get(&menu)
            .map(|m| m.items.clone())
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let titles = items.iter().map(|i| Value::text(i.text.as_str())).collect();
    let refs = items
        .iter()
        .map(|i| Value::text(i.submenu.clone().unwrap_or_default()))
        .collect();
    put_array(p, args, 1, ArrayKind::Text, titles, span)?;
    put_array(p, args, 2, ArrayKind::Text, refs, span)?;
    Ok(Value::Undefined)
}

/// `Get menu title(menu {; process})`: the text of the item that holds the
/// menu (in the menu bar, or any menu); "" when it is attached nowhere.
fn get_menu_title(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let Some(menu) = menu_arg(p, args, Some(1), span)? else {
        return Ok(Value::text(""));
    };
    let ms = menus(p);
    let st = ms.store.lock();
    let process = p.entry.number as i64;
    let in_bar = st
        .bars
        .get(&process)
        .and_then(|b| st.menus.get(b))
        .and_then(|b| b.items.iter().find(|i| i.submenu.as_deref() == Some(menu.as_str())));
    let title = in_bar
        .or_else(|| {
            st.menus
                .values()
                .flat_map(|m| m.items.iter())
                .find(|i| i.submenu.as_deref() == Some(menu.as_str()))
        })
        .map(|i| i.text.clone())
        .unwrap_or_default();
    Ok(Value::text(title))
}

fn process_at(p: &mut Interp, args: &[Arg], i: usize, span: Span) -> RtResult<i64> {
    if present(args, i) {
        int(p, args, i, span)
    } else {
        Ok(p.entry.number as i64)
    }
}

/// `Count menus {(process)}`: the menus of the process's menu bar.
fn count_menus(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let process = process_at(p, args, 0, span)?;
    let ms = menus(p);
    let st = ms.store.lock();
    let n = st
        .bars
        .get(&process)
        .and_then(|b| st.menus.get(b))
        .map(|b| b.items.len())
        .unwrap_or(0);
    Ok(Value::Real(n as f64))
}

/// `Get menu bar reference {(process)}`: "" while no menu bar was installed.
fn get_menu_bar_reference(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let process = process_at(p, args, 0, span)?;
    let r = menus(p).store.lock().bars.get(&process).cloned().unwrap_or_default();
    Ok(Value::text(r))
}

/// `SET MENU BAR(menuBar {; process}{; *})`: a MenuRef becomes the current
/// process's menu bar; the project's menu bars (number, name) are not
/// loaded headless, so those do nothing.
fn set_menu_bar(p: &mut Interp, args: &[Arg], _: Span) -> RtResult<Value> {
    let Value::Text(r) = val(p, args, 0)? else {
        return Ok(Value::Undefined);
    };
    let process = p.entry.number as i64;
    let ms = menus(p);
    let mut st = ms.store.lock();
    if st.menus.get(r.as_str()).is_some_and(|m| !m.released) {
        st.bars.insert(process, r.to_string());
        st.collect();
    }
    Ok(Value::Undefined)
}

/// `Dynamic pop up menu(menu {; default {; xCoord; yCoord}})`: nobody
/// chooses headless: "" (no item selected), logged on stderr.
fn dynamic_pop_up_menu(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let r = text(p, args, 0, span)?;
    let items: Vec<String> = menus(p)
        .store
        .lock()
        .menus
        .get(r.as_str())
        .map(|m| m.items.iter().map(|i| i.text.clone()).collect())
        .unwrap_or_default();
    headless_log(p, "Dynamic pop up menu", &items.join(";"));
    Ok(Value::text(""))
}

/// Headless, no menu item has been chosen.
fn get_selected_menu_item_parameter(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::text(""))
}

/// `Menu selected {(subMenu)}`: 0, no menu command chosen; `subMenu` gets "".
fn menu_selected(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    if present(args, 0) {
        set_arg(p, args, 0, Value::text(""), span)?;
    }
    Ok(Value::Real(0.0))
}

/// `Pop up menu(contents {; default {; xCoord; yCoord}})`: 0 (nothing
/// chosen), logged on stderr with the items' texts.
fn pop_up_menu(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let contents = text(p, args, 0, span)?;
    let texts: Vec<String> = contents
        .as_str()
        .split(';')
        .map(|d| match d.strip_prefix('\u{1}') {
            // Char(1) first: no metacharacters in this item.
            Some(plain) => plain.to_string(),
            None => parse_item(d).text,
        })
        .collect();
    headless_log(p, "Pop up menu", &texts.join(";"));
    Ok(Value::Real(0.0))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn metacharacters() {
        let it = parse_item("(Cut<B!x/X");
        assert_eq!(it.text, "Cut");
        assert!(!it.enabled);
        assert_eq!(it.style, 1);
        assert_eq!(it.mark, "x");
        assert_eq!(it.key, "X");
        assert_eq!(parse_items("a;(-;b", false).len(), 3);
        assert_eq!(parse_items("Copy (special)...", true)[0].text, "Copy (special)...");
        assert!(!parse_item("(-").enabled);
    }

    #[test]
    fn released_menus_live_while_used() {
        let mut st = Store::default();
        let main = st.new_ref();
        let sub = st.new_ref();
        st.menus.insert(main.clone(), Menu::default());
        st.menus.insert(sub.clone(), Menu::default());
        st.menus.get_mut(&main).unwrap().items.push(MenuItem {
            submenu: Some(sub.clone()),
            ..MenuItem::default()
        });
        st.menus.get_mut(&sub).unwrap().released = true;
        st.collect();
        assert!(st.menus.contains_key(&sub));
        st.menus.get_mut(&main).unwrap().released = true;
        st.collect();
        assert!(st.menus.is_empty());
        assert_eq!(st.new_ref().len(), 16);
    }
}
