//! The tree of one DOM document: an arena of nodes (`Vec<Node>`, ids are
//! indices, node 0 is the document node), the document's declaration and
//! XML options, and the edits the DOM commands make. Removed nodes stay in
//! the arena marked dead, so an element reference to them is invalid from
//! then on, never reused. Every walk is iterative: a deep tree cannot
//! overflow the stack.

use std::cell::Cell;

use super::options::Options;

pub type NodeId = usize;

/// The document node: parent of the root element, of the DOCTYPE, and of
/// the comments and processing instructions around the root.
pub const DOCUMENT: NodeId = 0;

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Document,
    Element {
        name: String,
        attrs: Vec<(String, String)>,
    },
    Text(String),
    CData(String),
    Comment(String),
    Pi {
        target: String,
        data: String,
    },
    /// What stands between `<!DOCTYPE ` and `>`.
    DocType(String),
}

#[derive(Clone, Debug)]
pub struct Node {
    pub kind: Kind,
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub alive: bool,
    /// Where the node was last seen among its parent's children: a hint
    /// that makes walking siblings O(1) (checked before use).
    pos: Cell<usize>,
}

/// A detached copy of a subtree (DOM Append XML element between documents).
#[derive(Clone, Debug, PartialEq)]
pub struct Fragment {
    pub kind: Kind,
    pub children: Vec<Fragment>,
}

impl Drop for Fragment {
    // Dropping a deep fragment recursively would overflow the stack.
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.children);
        while let Some(mut f) = stack.pop() {
            stack.append(&mut f.children);
        }
    }
}

#[derive(Clone, Debug)]
pub struct Doc {
    pub nodes: Vec<Node>,
    /// The XML declaration: version, encoding, standalone.
    pub version: String,
    pub encoding: String,
    pub standalone: bool,
    pub options: Options,
    /// Where the document was read from (`file://…`), for DOM Get XML information.
    pub uri: String,
    /// Bumped by every change of a children list or of a name.
    generation: u64,
    /// The children of one parent with one name (DOM Get XML element in a
    /// loop over the index stays linear).
    named: Option<Named>,
}

#[derive(Clone, Debug)]
struct Named {
    generation: u64,
    parent: NodeId,
    name: String,
    insensitive: bool,
    found: Vec<NodeId>,
}

impl Default for Doc {
    fn default() -> Doc {
        Doc::new()
    }
}

impl Doc {
    /// An empty document (only the document node).
    pub fn new() -> Doc {
        Doc {
            nodes: vec![Node {
                kind: Kind::Document,
                parent: None,
                children: Vec::new(),
                alive: true,
                pos: Cell::new(0),
            }],
            version: "1.0".into(),
            encoding: "UTF-8".into(),
            standalone: false,
            options: Options::default(),
            uri: String::new(),
            generation: 0,
            named: None,
        }
    }

    /// A document whose root element is `name`.
    pub fn with_root(name: &str) -> Doc {
        let mut d = Doc::new();
        let root = d.add(element(name));
        d.append(DOCUMENT, root);
        d
    }

    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id).filter(|n| n.alive)
    }

    pub fn kind(&self, id: NodeId) -> Option<&Kind> {
        self.node(id).map(|n| &n.kind)
    }

    pub fn is_element(&self, id: NodeId) -> bool {
        matches!(self.kind(id), Some(Kind::Element { .. }))
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).and_then(|n| n.parent)
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        self.node(id).map(|n| n.children.as_slice()).unwrap_or_default()
    }

    /// The element children of a node, in order.
    pub fn element_children(&self, id: NodeId) -> Vec<NodeId> {
        self.children(id)
            .iter()
            .copied()
            .filter(|&c| self.is_element(c))
            .collect()
    }

    /// The root element.
    pub fn root(&self) -> Option<NodeId> {
        self.children(DOCUMENT).iter().copied().find(|&c| self.is_element(c))
    }

    /// The name of a node as the DOM gives it (`#document`, `#text`…).
    pub fn name(&self, id: NodeId) -> &str {
        match self.kind(id) {
            Some(Kind::Element { name, .. }) => name,
            Some(Kind::Document) => "#document",
            Some(Kind::Text(_)) => "#text",
            Some(Kind::CData(_)) => "#cdata-section",
            Some(Kind::Comment(_)) => "#comment",
            Some(Kind::Pi { target, .. }) => target,
            Some(Kind::DocType(d)) => d.split_whitespace().next().unwrap_or_default(),
            None => "",
        }
    }

    pub fn attrs(&self, id: NodeId) -> &[(String, String)] {
        match self.kind(id) {
            Some(Kind::Element { attrs, .. }) => attrs,
            _ => &[],
        }
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.attrs(id).iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The index of a node among its parent's children.
    pub fn position(&self, id: NodeId) -> Option<usize> {
        let node = self.node(id)?;
        let siblings = self.children(node.parent?);
        let hint = node.pos.get();
        if siblings.get(hint) == Some(&id) {
            return Some(hint);
        }
        // Refresh the hints of all the siblings: the next lookups are O(1).
        let mut found = None;
        for (i, &s) in siblings.iter().enumerate() {
            if let Some(n) = self.nodes.get(s) {
                n.pos.set(i);
            }
            if s == id {
                found = Some(i);
            }
        }
        found
    }

    /// The next (`forward`) or previous element among a node's siblings.
    pub fn sibling_element(&self, id: NodeId, forward: bool) -> Option<NodeId> {
        let siblings = self.children(self.parent(id)?);
        let at = self.position(id)?;
        if forward {
            siblings.get(at + 1..)?.iter().copied().find(|&c| self.is_element(c))
        } else {
            siblings.get(..at)?.iter().rev().copied().find(|&c| self.is_element(c))
        }
    }

    /// Removes the childless children of `parent` that `pred` selects, in
    /// one pass (dropping the indentation of a large document stays linear).
    pub fn remove_leaves(&mut self, parent: NodeId, pred: impl Fn(&Kind) -> bool) {
        self.generation += 1;
        let Some(children) = self.nodes.get(parent).map(|n| n.children.clone()) else {
            return;
        };
        let mut kept = Vec::with_capacity(children.len());
        for c in children {
            match self.nodes.get_mut(c) {
                Some(n) if n.children.is_empty() && pred(&n.kind) => {
                    n.alive = false;
                    n.parent = None;
                }
                _ => kept.push(c),
            }
        }
        if let Some(p) = self.nodes.get_mut(parent) {
            p.children = kept;
        }
    }

    /// The element children of `parent` named `name` (ignoring case when
    /// `insensitive`), cached until the tree changes.
    pub fn named_children(&mut self, parent: NodeId, name: &str, insensitive: bool) -> &[NodeId] {
        let fresh = self.named.as_ref().is_some_and(|c| {
            c.generation == self.generation && c.parent == parent && c.name == name && c.insensitive == insensitive
        });
        if !fresh {
            let lower = name.to_lowercase();
            let found = self
                .element_children(parent)
                .into_iter()
                .filter(|&c| {
                    let n = self.name(c);
                    if insensitive {
                        n.to_lowercase() == lower
                    } else {
                        n == name
                    }
                })
                .collect();
            self.named = Some(Named {
                generation: self.generation,
                parent,
                name: name.to_string(),
                insensitive,
                found,
            });
        }
        self.named.as_ref().map(|c| c.found.as_slice()).unwrap_or_default()
    }

    /// Adds a detached node.
    pub fn add(&mut self, kind: Kind) -> NodeId {
        self.nodes.push(Node {
            kind,
            parent: None,
            children: Vec::new(),
            alive: true,
            pos: Cell::new(0),
        });
        self.nodes.len() - 1
    }

    /// Makes `child` (detached) the last child of `parent`.
    pub fn append(&mut self, parent: NodeId, child: NodeId) {
        let at = self.children(parent).len();
        self.insert(parent, at, child);
    }

    /// Makes `child` (detached) the child number `at` (0-based) of `parent`.
    pub fn insert(&mut self, parent: NodeId, at: usize, child: NodeId) {
        self.generation += 1;
        if let Some(p) = self.nodes.get_mut(parent) {
            let at = at.min(p.children.len());
            p.children.insert(at, child);
        }
        if let Some(c) = self.nodes.get_mut(child) {
            c.parent = Some(parent);
        }
    }

    /// Takes a node out of its parent (it stays alive).
    pub fn detach(&mut self, id: NodeId) {
        self.generation += 1;
        let at = self.position(id);
        if let Some(parent) = self.parent(id)
            && let Some(p) = self.nodes.get_mut(parent)
        {
            match at {
                Some(i) if p.children.get(i) == Some(&id) => {
                    p.children.remove(i);
                }
                _ => p.children.retain(|&c| c != id),
            }
        }
        if let Some(n) = self.nodes.get_mut(id) {
            n.parent = None;
        }
    }

    /// Removes a node and its subtree: their references become invalid.
    pub fn remove(&mut self, id: NodeId) {
        self.detach(id);
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            if let Some(node) = self.nodes.get_mut(n) {
                node.alive = false;
                stack.extend(node.children.iter().copied());
            }
        }
    }

    /// The concatenated text (`cdata` false) or CDATA (true) children of a
    /// node: an element's value (dom-get-xml-element-value.md).
    pub fn value(&self, id: NodeId, cdata: bool) -> String {
        let mut s = String::new();
        for &c in self.children(id) {
            match self.kind(c) {
                Some(Kind::Text(t)) if !cdata => s.push_str(t),
                Some(Kind::CData(t)) if cdata => s.push_str(t),
                _ => {}
            }
        }
        s
    }

    /// The value shown for a node: its text for an element, its content otherwise.
    pub fn node_value(&self, id: NodeId) -> String {
        match self.kind(id) {
            Some(Kind::Text(t) | Kind::CData(t) | Kind::Comment(t) | Kind::DocType(t)) => t.clone(),
            Some(Kind::Pi { target, data }) if data.is_empty() => target.clone(),
            Some(Kind::Pi { target, data }) => format!("{target} {data}"),
            _ => self.value(id, false),
        }
    }

    /// XPath's string-value: every text and CDATA descendant, in order.
    pub fn string_value(&self, id: NodeId) -> String {
        match self.kind(id) {
            Some(Kind::Element { .. } | Kind::Document) => {
                let mut s = String::new();
                let mut stack = vec![id];
                while let Some(n) = stack.pop() {
                    match self.kind(n) {
                        Some(Kind::Text(t) | Kind::CData(t)) => s.push_str(t),
                        Some(Kind::Element { .. } | Kind::Document) => {
                            stack.extend(self.children(n).iter().rev().copied());
                        }
                        _ => {}
                    }
                }
                s
            }
            _ => self.node_value(id),
        }
    }

    /// Replaces the text and CDATA children of an element by `value` (one
    /// text or CDATA node where the first of them was, else first); an
    /// empty text value leaves none.
    pub fn set_value(&mut self, id: NodeId, value: &str, cdata: bool) {
        let children = self.children(id).to_vec();
        let mut at = None;
        for (i, &c) in children.iter().enumerate() {
            if matches!(self.kind(c), Some(Kind::Text(_) | Kind::CData(_))) {
                at.get_or_insert(i);
                self.remove(c);
            }
        }
        let at = at.unwrap_or(0);
        if value.is_empty() && !cdata {
            return;
        }
        let node = self.add(if cdata {
            Kind::CData(value.to_string())
        } else {
            Kind::Text(value.to_string())
        });
        // Indices before `at` are unchanged by the removals after it.
        self.insert(id, at, node);
    }

    /// Sets an attribute (kept at its place when it exists).
    pub fn set_attr(&mut self, id: NodeId, name: &str, value: &str) {
        if let Some(Node {
            kind: Kind::Element { attrs, .. },
            ..
        }) = self.nodes.get_mut(id)
        {
            match attrs.iter_mut().find(|(n, _)| n == name) {
                Some(a) => a.1 = value.to_string(),
                None => attrs.push((name.to_string(), value.to_string())),
            }
        }
    }

    /// Removes an attribute; false when there is none of that name.
    pub fn remove_attr(&mut self, id: NodeId, name: &str) -> bool {
        if let Some(Node {
            kind: Kind::Element { attrs, .. },
            ..
        }) = self.nodes.get_mut(id)
        {
            let before = attrs.len();
            attrs.retain(|(n, _)| n != name);
            return attrs.len() != before;
        }
        false
    }

    pub fn rename(&mut self, id: NodeId, new_name: &str) {
        self.generation += 1;
        if let Some(Node {
            kind: Kind::Element { name, .. },
            ..
        }) = self.nodes.get_mut(id)
        {
            *name = new_name.to_string();
        }
    }

    /// A detached copy of the subtree at `id`.
    pub fn extract(&self, id: NodeId) -> Option<Fragment> {
        // Post-order without recursion: build children before their parent.
        self.kind(id)?;
        let mut done: Vec<Fragment> = Vec::new();
        let mut stack: Vec<(NodeId, bool)> = vec![(id, false)];
        let mut counts: Vec<usize> = Vec::new();
        while let Some((n, expanded)) = stack.pop() {
            let children = self.children(n);
            if expanded {
                let count = counts.pop().unwrap_or(0);
                let kids = done.split_off(done.len().saturating_sub(count));
                let kind = self.kind(n).cloned().unwrap_or(Kind::Text(String::new()));
                done.push(Fragment { kind, children: kids });
            } else {
                stack.push((n, true));
                counts.push(children.len());
                for &c in children.iter().rev() {
                    stack.push((c, false));
                }
            }
        }
        done.pop()
    }

    /// Adds a copy of `frag` (detached); returns its top node.
    pub fn graft(&mut self, frag: &Fragment) -> NodeId {
        let top = self.add(frag.kind.clone());
        let mut stack: Vec<(&Fragment, NodeId)> = vec![(frag, top)];
        while let Some((f, id)) = stack.pop() {
            for c in &f.children {
                let cid = self.add(c.kind.clone());
                self.append(id, cid);
                stack.push((c, cid));
            }
        }
        top
    }

    /// Every live node under `id` (itself included) in document order.
    pub fn descendants(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            if self.node(n).is_none() {
                continue;
            }
            out.push(n);
            stack.extend(self.children(n).iter().rev().copied());
        }
        out
    }

    /// The position of every node in document order (dead nodes: `u32::MAX`).
    pub fn order(&self) -> Vec<u32> {
        let mut order = vec![u32::MAX; self.nodes.len()];
        for (i, n) in self.descendants(DOCUMENT).into_iter().enumerate() {
            if let Some(o) = order.get_mut(n) {
                *o = i as u32;
            }
        }
        order
    }

    /// True when `id` is `ancestor` or inside it.
    pub fn is_inside(&self, id: NodeId, ancestor: NodeId) -> bool {
        let mut cur = Some(id);
        while let Some(n) = cur {
            if n == ancestor {
                return true;
            }
            cur = self.parent(n);
        }
        false
    }
}

/// A new element kind without attributes.
pub fn element(name: &str) -> Kind {
    Kind::Element {
        name: name.to_string(),
        attrs: Vec::new(),
    }
}

/// XML 1.0 NameStartChar (colons allowed: names may be qualified).
fn is_name_start(c: char) -> bool {
    matches!(c,
        ':' | 'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

fn is_name_char(c: char) -> bool {
    is_name_start(c) || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// A valid XML name (dom-create-xml-element.md: a name starting with a
/// digit is invalid).
pub fn is_valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if is_name_start(c) => chars.all(is_name_char),
        _ => false,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn sample() -> (Doc, NodeId, NodeId, NodeId) {
        let mut d = Doc::with_root("Root");
        let root = d.root().unwrap();
        let a = d.add(element("a"));
        d.append(root, a);
        let t = d.add(Kind::Text("hello".into()));
        d.append(a, t);
        let b = d.add(element("b"));
        d.append(root, b);
        (d, root, a, b)
    }

    #[test]
    fn build_and_read() {
        let (d, root, a, b) = sample();
        assert_eq!(d.name(root), "Root");
        assert_eq!(d.name(DOCUMENT), "#document");
        assert_eq!(d.element_children(root), vec![a, b]);
        assert_eq!(d.value(a, false), "hello");
        assert_eq!(d.string_value(root), "hello");
        assert_eq!(d.parent(a), Some(root));
        assert_eq!(d.parent(root), Some(DOCUMENT));
        assert!(d.is_inside(a, root));
        assert!(!d.is_inside(root, a));
    }

    #[test]
    fn remove_kills_the_subtree() {
        let (mut d, root, a, b) = sample();
        let t = d.children(a)[0];
        d.remove(a);
        assert!(d.node(a).is_none());
        assert!(d.node(t).is_none());
        assert_eq!(d.element_children(root), vec![b]);
        assert_eq!(d.order()[t], u32::MAX);
    }

    #[test]
    fn values_replace_text_only() {
        let (mut d, root, a, _) = sample();
        d.set_value(a, "bye", false);
        assert_eq!(d.value(a, false), "bye");
        d.set_value(a, "x<y", true);
        assert_eq!(d.value(a, false), "");
        assert_eq!(d.value(a, true), "x<y");
        d.set_value(root, "v", false);
        assert_eq!(d.kind(d.children(root)[0]), Some(&Kind::Text("v".into())));
        assert_eq!(d.element_children(root).len(), 2);
    }

    #[test]
    fn attributes() {
        let (mut d, _, a, _) = sample();
        d.set_attr(a, "x", "1");
        d.set_attr(a, "y", "2");
        d.set_attr(a, "x", "3");
        assert_eq!(d.attrs(a), &[("x".into(), "3".into()), ("y".into(), "2".into())]);
        assert!(d.remove_attr(a, "x"));
        assert!(!d.remove_attr(a, "x"));
        assert_eq!(d.attr(a, "y"), Some("2"));
    }

    #[test]
    fn extract_and_graft_copy_deeply() {
        let (mut d, root, a, _) = sample();
        let frag = d.extract(root).unwrap();
        assert_eq!(frag.children.len(), 2);
        assert_eq!(frag.children[0].children[0].kind, Kind::Text("hello".into()));
        let copy = d.graft(&frag);
        d.append(a, copy);
        assert_eq!(d.string_value(copy), "hello");
        assert_eq!(d.string_value(root), "hellohello");
    }

    #[test]
    fn deep_trees_do_not_overflow() {
        let mut d = Doc::with_root("r");
        let mut cur = d.root().unwrap();
        for _ in 0..200_000 {
            let e = d.add(element("e"));
            d.append(cur, e);
            cur = e;
        }
        let frag = d.extract(d.root().unwrap()).unwrap();
        let g = d.graft(&frag);
        assert_eq!(d.descendants(g).len(), 200_001);
        d.remove(g);
    }

    #[test]
    fn names() {
        assert!(is_valid_name("Elem1"));
        assert!(is_valid_name("ns:elem"));
        assert!(is_valid_name("_x-y.z"));
        assert!(is_valid_name("été"));
        assert!(!is_valid_name("1elem"));
        assert!(!is_valid_name(""));
        assert!(!is_valid_name("a b"));
        assert!(!is_valid_name("a<b"));
    }
}
