//! Writing a tree as XML text (DOM EXPORT TO VAR, DOM EXPORT TO FILE).
//!
//! Format, from the docs' examples (dom-create-xml-ref.md,
//! dom-create-xml-element.md, dom-append-xml-child-node.md):
//! - the declaration `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>`
//!   (with `standalone="yes"` after DOM SET XML DECLARATION(…; True));
//! - with indentation (the default), every element or other node whose
//!   parent holds no text goes on its own line, indented by [`INDENT`] per
//!   level (the docs' examples indent by three spaces); an element holding
//!   text is written on one line with its content as is (`<myElement>Hello<br/>New<br/>York</myElement>`);
//! - an element without children is written `<name/>`;
//! - without indentation (XML no indentation) everything is on one line;
//! - line ends are the document's XML line ending (LF by default);
//! - text escapes `&`, `<`, `>`; attribute values also `"` and the
//!   characters tab, LF and CR (as character references, so that they
//!   survive a new reading).
//!
//! fourd's choices where the docs are silent: a line end after the root
//! element when indenting; exporting an element that is not the root writes
//! the declaration and that element's subtree only.

use super::tree::{DOCUMENT, Doc, Kind, NodeId};

/// One level of indentation.
pub const INDENT: &str = "   ";

/// The XML declaration of a document.
pub fn declaration(doc: &Doc) -> String {
    format!(
        "<?xml version=\"{}\" encoding=\"{}\" standalone=\"{}\" ?>",
        doc.version,
        doc.encoding,
        if doc.standalone { "yes" } else { "no" }
    )
}

/// The XML text of a document (`from` is its document node or root
/// element) or of one element's subtree.
pub fn write(doc: &Doc, from: NodeId) -> String {
    let indent = doc.options.indent();
    let mut out = declaration(doc);
    let tops: Vec<NodeId> = if from == DOCUMENT || Some(from) == doc.root() {
        doc.children(DOCUMENT).to_vec()
    } else {
        vec![from]
    };
    for n in tops {
        if indent {
            out.push('\n');
        }
        write_node(doc, n, indent, &mut out);
    }
    if indent {
        out.push('\n');
    }
    match doc.options.line_ending() {
        "\n" => out,
        other => out.replace('\n', other),
    }
}

enum Task {
    /// A node; `block`: it starts a line of its own (indented by `depth`)
    /// and may indent its children.
    Node(NodeId, usize, bool),
    /// The end tag of an element (on a line of its own when `block`).
    Close(NodeId, usize, bool),
}

fn new_line(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str(INDENT);
    }
}

/// Writes a node and its subtree (iteratively: any depth).
pub fn write_node(doc: &Doc, id: NodeId, indent: bool, out: &mut String) {
    let mut stack = vec![Task::Node(id, 0, indent)];
    while let Some(task) = stack.pop() {
        match task {
            Task::Node(n, depth, block) => {
                if block && depth > 0 {
                    new_line(out, depth);
                }
                match doc.kind(n) {
                    Some(Kind::Element { name, attrs }) => {
                        out.push('<');
                        out.push_str(name);
                        for (k, v) in attrs {
                            out.push(' ');
                            out.push_str(k);
                            out.push_str("=\"");
                            escape_attr(v, out);
                            out.push('"');
                        }
                        let kids = doc.children(n);
                        if kids.is_empty() {
                            out.push_str("/>");
                            continue;
                        }
                        out.push('>');
                        let child_block = block
                            && kids
                                .iter()
                                .all(|&c| !matches!(doc.kind(c), Some(Kind::Text(_) | Kind::CData(_))));
                        stack.push(Task::Close(n, depth, child_block));
                        for &c in kids.iter().rev() {
                            stack.push(Task::Node(c, depth + 1, child_block));
                        }
                    }
                    Some(Kind::Text(t)) => escape_text(t, out),
                    Some(Kind::CData(t)) => {
                        out.push_str("<![CDATA[");
                        out.push_str(&t.replace("]]>", "]]]]><![CDATA[>"));
                        out.push_str("]]>");
                    }
                    Some(Kind::Comment(t)) => {
                        out.push_str("<!--");
                        out.push_str(t);
                        out.push_str("-->");
                    }
                    Some(Kind::Pi { target, data }) => {
                        out.push_str("<?");
                        out.push_str(target);
                        if !data.is_empty() {
                            out.push(' ');
                            out.push_str(data);
                        }
                        out.push_str("?>");
                    }
                    Some(Kind::DocType(d)) => {
                        out.push_str("<!DOCTYPE ");
                        out.push_str(d);
                        out.push('>');
                    }
                    Some(Kind::Document) => {
                        for &c in doc.children(n).iter().rev() {
                            stack.push(Task::Node(c, 0, block));
                        }
                    }
                    None => {}
                }
            }
            Task::Close(n, depth, block) => {
                if block {
                    new_line(out, depth);
                }
                out.push_str("</");
                out.push_str(doc.name(n));
                out.push('>');
            }
        }
    }
}

pub fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

pub fn escape_attr(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::super::options::{CRLF, INDENTATION, LINE_ENDING, NO_INDENTATION};
    use super::super::parse::parse;
    use super::*;

    const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>";

    #[test]
    fn empty_root() {
        let d = Doc::with_root("MyRoot");
        assert_eq!(write(&d, DOCUMENT), format!("{DECL}\n<MyRoot/>\n"));
    }

    #[test]
    fn nested_and_mixed() {
        let d = parse("<Root><Elem1><Elem2 a=\"1\">x &amp; y</Elem2></Elem1><m>Hello<br/>New</m></Root>").unwrap();
        let expected = format!(
            "{DECL}\n<Root>\n{i}<Elem1>\n{i}{i}<Elem2 a=\"1\">x &amp; y</Elem2>\n{i}</Elem1>\n{i}<m>Hello<br/>New</m>\n</Root>\n",
            i = INDENT
        );
        assert_eq!(write(&d, DOCUMENT), expected);
    }

    #[test]
    fn options() {
        let mut d = parse("<a><b>t</b></a>").unwrap();
        d.options.set(INDENTATION, NO_INDENTATION);
        assert_eq!(write(&d, DOCUMENT), format!("{DECL}<a><b>t</b></a>"));
        d.options.set(INDENTATION, 1);
        d.options.set(LINE_ENDING, CRLF);
        d.standalone = true;
        assert_eq!(
            write(&d, DOCUMENT),
            format!(
                "{}\r\n<a>\r\n{INDENT}<b>t</b>\r\n</a>\r\n",
                DECL.replace("\"no\"", "\"yes\"")
            )
        );
    }

    #[test]
    fn other_nodes_and_escapes() {
        let d =
            parse("<!DOCTYPE a SYSTEM \"a.dtd\"><?pi x?><!--c--><a t=\"&quot;&#10;\"><![CDATA[1]]>]]&gt;</a>").unwrap();
        assert_eq!(
            write(&d, DOCUMENT),
            format!(
                "{DECL}\n<!DOCTYPE a SYSTEM \"a.dtd\">\n<?pi x?>\n<!--c-->\n<a t=\"&quot;&#10;\"><![CDATA[1]]>]]&gt;</a>\n"
            )
        );
    }

    #[test]
    fn subtree_and_round_trip() {
        let d = parse("<r><a><b/></a></r>").unwrap();
        let a = d.element_children(d.root().unwrap())[0];
        assert_eq!(write(&d, a), format!("{DECL}\n<a>\n{INDENT}<b/>\n</a>\n"));
        let again = parse(&write(&d, DOCUMENT)).unwrap();
        assert_eq!(write(&again, DOCUMENT), write(&d, DOCUMENT));
    }
}
