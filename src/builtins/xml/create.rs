//! The paths DOM Create XML element and DOM Create XML element arrays
//! create (dom-create-xml-element.md): `[/]name[n]/name[last()]/name`.

use super::tree::{Doc, NodeId, element, is_valid_name};

/// The largest `[n]` of a path to create (it may create n elements).
const MAX_CREATE_INDEX: usize = 100_000;

#[derive(Clone, Debug, PartialEq)]
enum Index {
    None,
    Nth(usize),
    Last,
}

#[derive(Clone, Debug, PartialEq)]
struct CreateStep {
    name: String,
    index: Index,
}

/// `[/]name[n]/name[last()]/name`; None when the path has another form.
fn parse_create_path(s: &str) -> Option<(bool, Vec<CreateStep>)> {
    let s = s.trim();
    let (absolute, rest) = match s.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let mut steps = Vec::new();
    for part in rest.split('/') {
        let part = part.trim();
        let (name, index) = match part.split_once('[') {
            Some((name, idx)) => {
                let idx = idx.strip_suffix(']')?.trim();
                let index = if idx == "last()" {
                    Index::Last
                } else {
                    Index::Nth(
                        idx.parse::<usize>()
                            .ok()
                            .filter(|n| (1..=MAX_CREATE_INDEX).contains(n))?,
                    )
                };
                (name.trim(), index)
            }
            None => (part, Index::None),
        };
        if !is_valid_name(name) {
            return None;
        }
        steps.push(CreateStep {
            name: name.to_string(),
            index,
        });
    }
    Some((absolute, steps))
}

/// The children of `parent` named `name`.
fn named(doc: &Doc, parent: NodeId, name: &str) -> Vec<NodeId> {
    doc.element_children(parent)
        .into_iter()
        .filter(|&c| doc.name(c) == name)
        .collect()
}

fn new_child(doc: &mut Doc, parent: NodeId, name: &str) -> NodeId {
    let id = doc.add(element(name));
    doc.append(parent, id);
    id
}

/// Creates the element a DOM Create XML element path designates, from
/// `context` (dom-create-xml-element.md): the missing elements of the path
/// are created, existing ones are used (the first, the n-th or the last);
/// the last step always adds a new element, at position n among its
/// namesakes with `[n]` (creating the ones before it when they are
/// missing, as example 1 shows), after the existing children otherwise.
pub fn create(doc: &mut Doc, context: NodeId, path: &str) -> Result<NodeId, String> {
    let (absolute, steps) = parse_create_path(path).ok_or_else(|| format!("'{path}' is not a valid path"))?;
    let Some((last, inner)) = steps.split_last() else {
        return Err("the path is empty".into());
    };
    let mut cur = context;
    let mut inner = inner;
    if absolute {
        let root = doc.root().ok_or("the document has no root element")?;
        let Some((first, rest)) = steps.split_first() else {
            return Err("the path is empty".into());
        };
        if first.name != doc.name(root) || matches!(first.index, Index::Nth(n) if n > 1) {
            return Err(format!("the root element is not {}", first.name));
        }
        if rest.is_empty() {
            return Err("a document has only one root element".into());
        }
        cur = root;
        inner = rest.split_last().map(|(_, i)| i).unwrap_or_default();
    }
    for step in inner {
        let mut found = named(doc, cur, &step.name);
        cur = match step.index {
            Index::None | Index::Last if !found.is_empty() => {
                let pick = if step.index == Index::Last {
                    found.last()
                } else {
                    found.first()
                };
                pick.copied().unwrap_or(cur)
            }
            Index::Nth(n) => {
                while found.len() < n {
                    found.push(new_child(doc, cur, &step.name));
                }
                found.get(n - 1).copied().unwrap_or(cur)
            }
            _ => new_child(doc, cur, &step.name),
        };
    }
    let mut found = named(doc, cur, &last.name);
    match last.index {
        Index::Nth(n) => {
            while found.len() + 1 < n {
                found.push(new_child(doc, cur, &last.name));
            }
            let id = doc.add(element(&last.name));
            match found.get(n - 1) {
                Some(&before) => {
                    let at = doc.children(cur).iter().position(|&c| c == before).unwrap_or(0);
                    doc.insert(cur, at, id);
                }
                None => doc.append(cur, id),
            }
            Ok(id)
        }
        _ => Ok(new_child(doc, cur, &last.name)),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::super::tree::DOCUMENT;
    use super::super::write::write;
    use super::super::xpath::XPath;
    use super::*;

    #[test]
    fn create_paths() {
        // dom-create-xml-element.md, examples 1 and 2.
        let mut d = Doc::with_root("RootElement");
        let root = d.root().unwrap();
        create(&mut d, root, "/RootElement/Elem1/Elem2/Elem3[2]").unwrap();
        assert_eq!(
            XPath::parse("/RootElement/Elem1/Elem2/Elem3")
                .unwrap()
                .elements(&d, root)
                .unwrap()
                .len(),
            2
        );
        let mut d = Doc::with_root("RootElement");
        let path = "/RootElement/Elem1/Elem2/Elem3";
        let a = create(&mut d, root, path).unwrap();
        d.set_attr(a, "Size", "10");
        let b = create(&mut d, root, path).unwrap();
        d.set_attr(b, "Size", "8");
        let c = create(&mut d, root, "/RootElement/Elem1/Elem2/Elem3[2]").unwrap();
        d.set_attr(c, "Font", "Arial");
        let found = XPath::parse(path).unwrap().elements(&d, root).unwrap();
        assert_eq!(found, [a, c, b]);
        // example 3: a simple name creates a child.
        let e = create(&mut d, root, "Elem1").unwrap();
        assert_eq!(d.parent(e), Some(root));
        assert_eq!(d.element_children(root).len(), 2);
        assert!(write(&d, DOCUMENT).contains("<Elem3 Font=\"Arial\"/>"));
    }

    #[test]
    fn bad_create_paths() {
        let mut d = Doc::with_root("R");
        let root = d.root().unwrap();
        for bad in ["", "/", "1a", "/Other/x", "/R", "a[0]", "a[x]", "a//b", "a[@x='1']"] {
            assert!(create(&mut d, root, bad).is_err(), "{bad:?}");
        }
        assert!(create(&mut d, root, "a[last()]/b").is_ok());
    }
}
