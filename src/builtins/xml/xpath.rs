//! The XPath of the DOM commands: an XPath 1.0 evaluator over the tree
//! (DOM Find XML element, DOM SET XML ELEMENT VALUE). The paths DOM Create
//! XML element creates are in `create.rs`.
//!
//! Supported (dom-find-xml-element.md's list and more of XPath 1.0):
//! absolute and relative location paths, `//`, `.`, `..`, `*`, `@name`,
//! `@*`, `text()`, `node()`, `comment()`, `processing-instruction()`, the
//! axes `child`, `descendant`, `descendant-or-self`, `parent`, `ancestor`,
//! `ancestor-or-self`, `self`, `attribute`, `following-sibling`,
//! `preceding-sibling`; predicates (`[1]`, `[last()]`, `[@type="warning"]`,
//! `[title]`, `[title="Introduction"]`, `[contains(@type,'bg')]`…),
//! unions (`|`), `and`, `or`, comparisons, arithmetic, and the functions
//! last, position, count, name, local-name, string, concat, contains,
//! starts-with, ends-with, substring, substring-before, substring-after,
//! string-length, normalize-space, translate, not, true, false, boolean,
//! number, sum, floor, ceiling, round. Names are compared as written
//! (prefix included): namespaces are not resolved. Searches are case
//! sensitive (dom-find-xml-element.md).

use super::tree::{DOCUMENT, Doc, Kind, NodeId};
use super::xpath_tokens::{Tok, tokenize};

/// How deeply expressions may nest (parentheses, predicates, calls).
const MAX_NESTING: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Axis {
    Child,
    Descendant,
    DescendantOrSelf,
    Parent,
    Ancestor,
    AncestorOrSelf,
    Itself,
    Attribute,
    FollowingSibling,
    PrecedingSibling,
}

#[derive(Clone, Debug, PartialEq)]
enum Test {
    Name(String),
    /// `*` or `prefix:*` (the prefix with its colon).
    Any(Option<String>),
    Text,
    Node,
    Comment,
    Pi(Option<String>),
}

#[derive(Clone, Debug, PartialEq)]
struct Step {
    axis: Axis,
    test: Test,
    preds: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
enum Expr {
    Binary(&'static str, Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    Union(Box<Expr>, Box<Expr>),
    /// A location path: absolute (from the document node) or relative.
    Path(bool, Vec<Step>),
    /// A filter expression followed by steps (`(//a)[1]/b`).
    Filter(Box<Expr>, Vec<Expr>, Vec<Step>),
    Literal(String),
    Number(f64),
    Call(String, Vec<Expr>),
}

struct Parser {
    toks: Vec<Tok>,
    at: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }

    fn peek2(&self) -> Option<&Tok> {
        self.toks.get(self.at + 1)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn eat(&mut self, t: &Tok) -> bool {
        if self.peek() == Some(t) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, t: &Tok) -> Result<(), String> {
        // A `]` or `)` missing at the very end is tolerated (the example 3 of
        // dom-find-xml-element.md lacks its `]`, and real code copies it).
        let closing_at_end = matches!(t, Tok::RBracket | Tok::RParen) && self.peek().is_none();
        if self.eat(t) || closing_at_end {
            Ok(())
        } else {
            Err(format!("expected {t:?}"))
        }
    }

    fn nest(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err("the expression is nested too deeply".into());
        }
        Ok(())
    }

    fn expr(&mut self) -> Result<Expr, String> {
        self.nest()?;
        let e = self.binary(0);
        self.depth -= 1;
        e
    }

    /// Binary operators by precedence level (or, and, equality, relational,
    /// additive, multiplicative).
    fn binary(&mut self, level: usize) -> Result<Expr, String> {
        const LEVELS: [&[&str]; 6] = [
            &["or"],
            &["and"],
            &["=", "!="],
            &["<", "<=", ">", ">="],
            &["+", "-"],
            &["*", "div", "mod"],
        ];
        let Some(ops) = LEVELS.get(level) else {
            return self.unary();
        };
        let mut left = self.binary(level + 1)?;
        while let Some(Tok::Op(op)) = self.peek() {
            let op = *op;
            if !ops.contains(&op) {
                break;
            }
            self.at += 1;
            let right = self.binary(level + 1)?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, String> {
        if self.eat(&Tok::Op("-")) {
            self.nest()?;
            let e = self.unary()?;
            self.depth -= 1;
            return Ok(Expr::Neg(Box::new(e)));
        }
        let mut left = self.path_expr()?;
        while self.eat(&Tok::Pipe) {
            let right = self.path_expr()?;
            left = Expr::Union(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn is_function_call(&self) -> bool {
        matches!((self.peek(), self.peek2()), (Some(Tok::Name(n)), Some(Tok::LParen))
            if !matches!(n.as_str(), "text" | "node" | "comment" | "processing-instruction"))
    }

    fn path_expr(&mut self) -> Result<Expr, String> {
        let primary = match self.peek() {
            Some(Tok::Literal(_) | Tok::Number(_) | Tok::LParen) => true,
            _ => self.is_function_call(),
        };
        if !primary {
            return self.location_path();
        }
        let base = match self.next() {
            Some(Tok::Literal(s)) => Expr::Literal(s),
            Some(Tok::Number(n)) => Expr::Number(n),
            Some(Tok::LParen) => {
                let e = self.expr()?;
                self.expect(&Tok::RParen)?;
                e
            }
            Some(Tok::Name(name)) => {
                self.expect(&Tok::LParen)?;
                let mut args = Vec::new();
                if !self.eat(&Tok::RParen) {
                    loop {
                        args.push(self.expr()?);
                        if self.eat(&Tok::RParen) {
                            break;
                        }
                        self.expect(&Tok::Comma)?;
                    }
                }
                Expr::Call(name, args)
            }
            _ => return Err("expected an expression".into()),
        };
        let preds = self.predicates()?;
        let mut steps = Vec::new();
        self.more_steps(&mut steps)?;
        if preds.is_empty() && steps.is_empty() {
            return Ok(base);
        }
        Ok(Expr::Filter(Box::new(base), preds, steps))
    }

    fn predicates(&mut self) -> Result<Vec<Expr>, String> {
        let mut preds = Vec::new();
        while self.eat(&Tok::LBracket) {
            preds.push(self.expr()?);
            self.expect(&Tok::RBracket)?;
        }
        Ok(preds)
    }

    fn descendant_or_self() -> Step {
        Step {
            axis: Axis::DescendantOrSelf,
            test: Test::Node,
            preds: Vec::new(),
        }
    }

    /// `/step` and `//step` after a first step.
    fn more_steps(&mut self, steps: &mut Vec<Step>) -> Result<(), String> {
        loop {
            if self.eat(&Tok::Slash) {
                steps.push(self.step()?);
            } else if self.eat(&Tok::DoubleSlash) {
                steps.push(Self::descendant_or_self());
                steps.push(self.step()?);
            } else {
                return Ok(());
            }
        }
    }

    fn location_path(&mut self) -> Result<Expr, String> {
        let mut steps = Vec::new();
        let absolute = if self.eat(&Tok::Slash) {
            let starts_step = matches!(
                self.peek(),
                Some(Tok::Name(_) | Tok::At | Tok::Dot | Tok::DotDot | Tok::Star)
            );
            if !starts_step {
                return Ok(Expr::Path(true, steps));
            }
            true
        } else if self.eat(&Tok::DoubleSlash) {
            steps.push(Self::descendant_or_self());
            true
        } else {
            false
        };
        steps.push(self.step()?);
        self.more_steps(&mut steps)?;
        Ok(Expr::Path(absolute, steps))
    }

    fn step(&mut self) -> Result<Step, String> {
        if self.eat(&Tok::Dot) {
            return Ok(Step {
                axis: Axis::Itself,
                test: Test::Node,
                preds: self.predicates()?,
            });
        }
        if self.eat(&Tok::DotDot) {
            return Ok(Step {
                axis: Axis::Parent,
                test: Test::Node,
                preds: self.predicates()?,
            });
        }
        let axis = if self.eat(&Tok::At) {
            Axis::Attribute
        } else if let (Some(Tok::Name(n)), Some(Tok::DoubleColon)) = (self.peek(), self.peek2()) {
            let axis = match n.as_str() {
                "child" => Axis::Child,
                "descendant" => Axis::Descendant,
                "descendant-or-self" => Axis::DescendantOrSelf,
                "parent" => Axis::Parent,
                "ancestor" => Axis::Ancestor,
                "ancestor-or-self" => Axis::AncestorOrSelf,
                "self" => Axis::Itself,
                "attribute" => Axis::Attribute,
                "following-sibling" => Axis::FollowingSibling,
                "preceding-sibling" => Axis::PrecedingSibling,
                other => return Err(format!("the axis {other} is not supported")),
            };
            self.at += 2;
            axis
        } else {
            Axis::Child
        };
        let test = match self.next() {
            Some(Tok::Star) => Test::Any(None),
            Some(Tok::Name(n)) if n.ends_with(":*") => Test::Any(n.strip_suffix('*').map(str::to_string)),
            Some(Tok::Name(n)) if self.peek() == Some(&Tok::LParen) => {
                self.at += 1;
                let test = match n.as_str() {
                    "text" => Test::Text,
                    "node" => Test::Node,
                    "comment" => Test::Comment,
                    "processing-instruction" => match self.peek() {
                        Some(Tok::Literal(l)) => {
                            let l = l.clone();
                            self.at += 1;
                            Test::Pi(Some(l))
                        }
                        _ => Test::Pi(None),
                    },
                    other => return Err(format!("{other}() is not a node test")),
                };
                self.expect(&Tok::RParen)?;
                test
            }
            Some(Tok::Name(n)) => Test::Name(n),
            _ => return Err("expected a step".into()),
        };
        Ok(Step {
            axis,
            test,
            preds: self.predicates()?,
        })
    }
}

/// A compiled XPath expression.
#[derive(Clone, Debug, PartialEq)]
pub struct XPath(Expr);

impl XPath {
    pub fn parse(s: &str) -> Result<XPath, String> {
        let toks = tokenize(s)?;
        if toks.is_empty() {
            return Err("the path is empty".into());
        }
        let mut p = Parser { toks, at: 0, depth: 0 };
        let e = p.expr()?;
        if p.at < p.toks.len() {
            return Err(format!("unexpected {:?}", p.toks.get(p.at)));
        }
        Ok(XPath(e))
    }

    /// The nodes the expression selects from `context`, in document order
    /// (an expression that is not a node-set selects nothing).
    pub fn select(&self, doc: &Doc, context: NodeId) -> Result<Vec<Item>, String> {
        let ev = Eval {
            doc,
            order: std::cell::OnceCell::new(),
        };
        match ev.eval(&self.0, Item::Node(context), 1, 1, 0)? {
            Val::Set(s) => Ok(s),
            _ => Ok(Vec::new()),
        }
    }

    /// The elements the expression selects.
    ///
    /// Before 4D v18 R3 a relative path started with the name of the
    /// context element itself ("Root/Elem1" from Root), and converted
    /// databases keep that reading unless "Use standard XPath" is set
    /// (dom-find-xml-element.md, compatibility note). fourd reads paths the
    /// standard way and, when that selects nothing and the first step names
    /// the context element, reads them the former way.
    pub fn elements(&self, doc: &Doc, context: NodeId) -> Result<Vec<NodeId>, String> {
        let elements = |items: Vec<Item>| -> Vec<NodeId> {
            items
                .into_iter()
                .filter_map(|i| match i {
                    Item::Node(n) if doc.is_element(n) => Some(n),
                    _ => None,
                })
                .collect()
        };
        let found = elements(self.select(doc, context)?);
        if !found.is_empty() {
            return Ok(found);
        }
        match self.legacy(doc, context) {
            Some(x) => Ok(elements(x.select(doc, context)?)),
            None => Ok(found),
        }
    }

    /// The former reading of a relative path whose first step names the
    /// context element: that step is the context itself.
    fn legacy(&self, doc: &Doc, context: NodeId) -> Option<XPath> {
        let Expr::Path(false, steps) = &self.0 else {
            return None;
        };
        let first = steps.first()?;
        match (&first.axis, &first.test) {
            (Axis::Child, Test::Name(n)) if doc.is_element(context) && n == doc.name(context) => {
                let mut steps = steps.clone();
                if let Some(s) = steps.first_mut() {
                    s.axis = Axis::Itself;
                }
                Some(XPath(Expr::Path(false, steps)))
            }
            _ => None,
        }
    }
}

/// A node of a node-set: a tree node or the attribute number `i` of an element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Node(NodeId),
    Attr(NodeId, usize),
}

#[derive(Clone, Debug)]
enum Val {
    Set(Vec<Item>),
    Str(String),
    Num(f64),
    Bool(bool),
}

struct Eval<'d> {
    doc: &'d Doc,
    /// Document order, computed when results must be merged.
    order: std::cell::OnceCell<Vec<u32>>,
}

impl Eval<'_> {
    fn key(&self, i: &Item) -> (u32, usize) {
        match i {
            Item::Node(n) => (self.order().get(*n).copied().unwrap_or(u32::MAX), 0),
            Item::Attr(n, a) => (self.order().get(*n).copied().unwrap_or(u32::MAX), a + 1),
        }
    }

    fn order(&self) -> &[u32] {
        self.order.get_or_init(|| self.doc.order())
    }

    fn sort(&self, items: &mut Vec<Item>) {
        items.sort_by_key(|i| self.key(i));
        items.dedup();
    }

    fn string_of(&self, i: &Item) -> String {
        match i {
            Item::Node(n) => self.doc.string_value(*n),
            Item::Attr(n, a) => self.doc.attrs(*n).get(*a).map(|(_, v)| v.clone()).unwrap_or_default(),
        }
    }

    fn name_of(&self, i: &Item) -> String {
        match i {
            Item::Node(n) => match self.doc.kind(*n) {
                Some(Kind::Element { name, .. }) => name.clone(),
                Some(Kind::Pi { target, .. }) => target.clone(),
                _ => String::new(),
            },
            Item::Attr(n, a) => self.doc.attrs(*n).get(*a).map(|(k, _)| k.clone()).unwrap_or_default(),
        }
    }

    fn to_str(&self, v: &Val) -> String {
        match v {
            Val::Set(s) => s.first().map(|i| self.string_of(i)).unwrap_or_default(),
            Val::Str(s) => s.clone(),
            Val::Num(n) => number_text(*n),
            Val::Bool(b) => if *b { "true" } else { "false" }.into(),
        }
    }

    fn to_num(&self, v: &Val) -> f64 {
        match v {
            Val::Num(n) => *n,
            Val::Bool(b) => f64::from(u8::from(*b)),
            other => text_number(&self.to_str(other)),
        }
    }

    fn to_bool(v: &Val) -> bool {
        match v {
            Val::Set(s) => !s.is_empty(),
            Val::Str(s) => !s.is_empty(),
            Val::Num(n) => *n != 0.0 && !n.is_nan(),
            Val::Bool(b) => *b,
        }
    }

    /// The nodes of `axis` from `item`, in the axis' order (reverse
    /// document order for the reverse axes).
    fn axis(&self, axis: Axis, item: Item) -> Vec<Item> {
        let doc = self.doc;
        let n = match item {
            Item::Node(n) => n,
            Item::Attr(n, _) => {
                return match axis {
                    Axis::Parent => vec![Item::Node(n)],
                    Axis::Itself => vec![item],
                    Axis::Ancestor | Axis::AncestorOrSelf => {
                        let mut v = if axis == Axis::AncestorOrSelf {
                            vec![item]
                        } else {
                            Vec::new()
                        };
                        v.extend(self.axis(Axis::AncestorOrSelf, Item::Node(n)));
                        v
                    }
                    _ => Vec::new(),
                };
            }
        };
        let nodes = |v: Vec<NodeId>| v.into_iter().map(Item::Node).collect::<Vec<_>>();
        match axis {
            Axis::Child => nodes(doc.children(n).to_vec()),
            Axis::Descendant => nodes(doc.descendants(n).into_iter().skip(1).collect()),
            Axis::DescendantOrSelf => nodes(doc.descendants(n)),
            Axis::Parent => nodes(doc.parent(n).into_iter().collect()),
            Axis::Itself => vec![item],
            Axis::Ancestor | Axis::AncestorOrSelf => {
                let mut v = Vec::new();
                let mut cur = if axis == Axis::Ancestor { doc.parent(n) } else { Some(n) };
                while let Some(c) = cur {
                    v.push(Item::Node(c));
                    cur = doc.parent(c);
                }
                v
            }
            Axis::Attribute => (0..doc.attrs(n).len()).map(|a| Item::Attr(n, a)).collect(),
            Axis::FollowingSibling | Axis::PrecedingSibling => {
                let Some(p) = doc.parent(n) else { return Vec::new() };
                let sibs = doc.children(p);
                let Some(pos) = sibs.iter().position(|&s| s == n) else {
                    return Vec::new();
                };
                if axis == Axis::FollowingSibling {
                    nodes(sibs.get(pos + 1..).unwrap_or_default().to_vec())
                } else {
                    nodes(sibs.get(..pos).unwrap_or_default().iter().rev().copied().collect())
                }
            }
        }
    }

    fn test(&self, axis: Axis, test: &Test, item: &Item) -> bool {
        let doc = self.doc;
        match item {
            Item::Attr(n, a) => {
                let name = doc.attrs(*n).get(*a).map(|(k, _)| k.as_str()).unwrap_or_default();
                match test {
                    Test::Name(t) => name == t,
                    Test::Any(None) | Test::Node => true,
                    Test::Any(Some(prefix)) => name.starts_with(prefix.as_str()),
                    _ => false,
                }
            }
            Item::Node(n) => match (test, doc.kind(*n)) {
                (_, None) => false,
                (Test::Node, _) => axis != Axis::Attribute,
                (Test::Name(t), Some(Kind::Element { name, .. })) => name == t,
                (Test::Any(None), Some(Kind::Element { .. })) => true,
                (Test::Any(Some(prefix)), Some(Kind::Element { name, .. })) => name.starts_with(prefix.as_str()),
                (Test::Text, Some(Kind::Text(_) | Kind::CData(_))) => true,
                (Test::Comment, Some(Kind::Comment(_))) => true,
                (Test::Pi(None), Some(Kind::Pi { .. })) => true,
                (Test::Pi(Some(t)), Some(Kind::Pi { target, .. })) => target == t,
                _ => false,
            },
        }
    }

    /// Applies location steps to a node-set.
    fn steps(&self, mut set: Vec<Item>, steps: &[Step], depth: usize) -> Result<Vec<Item>, String> {
        for step in steps {
            let mut next = Vec::new();
            for item in &set {
                let mut found: Vec<Item> = self
                    .axis(step.axis, *item)
                    .into_iter()
                    .filter(|i| self.test(step.axis, &step.test, i))
                    .collect();
                for pred in &step.preds {
                    found = self.filter(found, pred, depth)?;
                }
                next.extend(found);
            }
            // One context: the axis gave document order (reversed for the
            // reverse axes); several: merge.
            let reverse = matches!(
                step.axis,
                Axis::Ancestor | Axis::AncestorOrSelf | Axis::PrecedingSibling
            );
            match (set.len(), reverse) {
                (0 | 1, false) => {}
                (0 | 1, true) => next.reverse(),
                _ => self.sort(&mut next),
            }
            set = next;
        }
        Ok(set)
    }

    /// Keeps the items for which a predicate holds (a number is a position).
    fn filter(&self, items: Vec<Item>, pred: &Expr, depth: usize) -> Result<Vec<Item>, String> {
        // `[n]` and `[last()]` pick an item without evaluating anything.
        match pred {
            Expr::Number(n) => {
                let pick = (n.fract() == 0.0 && *n >= 1.0)
                    .then(|| items.get(*n as usize - 1).copied())
                    .flatten();
                return Ok(pick.into_iter().collect());
            }
            Expr::Call(f, args) if f == "last" && args.is_empty() => {
                return Ok(items.last().copied().into_iter().collect());
            }
            _ => {}
        }
        let size = items.len();
        let mut kept = Vec::new();
        for (i, item) in items.into_iter().enumerate() {
            let v = self.eval(pred, item, i + 1, size, depth + 1)?;
            let keep = match v {
                Val::Num(n) => n == (i + 1) as f64,
                other => Self::to_bool(&other),
            };
            if keep {
                kept.push(item);
            }
        }
        Ok(kept)
    }

    fn eval(&self, e: &Expr, ctx: Item, pos: usize, size: usize, depth: usize) -> Result<Val, String> {
        if depth > MAX_NESTING * 4 {
            return Err("the expression is nested too deeply".into());
        }
        let sub = |e: &Expr| self.eval(e, ctx, pos, size, depth + 1);
        Ok(match e {
            Expr::Literal(s) => Val::Str(s.clone()),
            Expr::Number(n) => Val::Num(*n),
            Expr::Neg(e) => Val::Num(-self.to_num(&sub(e)?)),
            Expr::Path(absolute, steps) => {
                let start = if *absolute { Item::Node(DOCUMENT) } else { ctx };
                Val::Set(self.steps(vec![start], steps, depth)?)
            }
            Expr::Filter(base, preds, steps) => {
                let Val::Set(mut set) = sub(base)? else {
                    return Err("a predicate or a path applies to a node-set only".into());
                };
                for pred in preds {
                    set = self.filter(set, pred, depth)?;
                }
                Val::Set(self.steps(set, steps, depth)?)
            }
            Expr::Union(a, b) => match (sub(a)?, sub(b)?) {
                (Val::Set(mut x), Val::Set(y)) => {
                    x.extend(y);
                    self.sort(&mut x);
                    Val::Set(x)
                }
                _ => return Err("| applies to node-sets only".into()),
            },
            Expr::Binary(op, a, b) => match *op {
                "or" => Val::Bool(Self::to_bool(&sub(a)?) || Self::to_bool(&sub(b)?)),
                "and" => Val::Bool(Self::to_bool(&sub(a)?) && Self::to_bool(&sub(b)?)),
                "=" | "!=" | "<" | "<=" | ">" | ">=" => Val::Bool(self.compare(op, &sub(a)?, &sub(b)?)),
                _ => {
                    let (x, y) = (self.to_num(&sub(a)?), self.to_num(&sub(b)?));
                    Val::Num(match *op {
                        "+" => x + y,
                        "-" => x - y,
                        "*" => x * y,
                        "div" => x / y,
                        _ => x % y,
                    })
                }
            },
            Expr::Call(name, args) => {
                let mut vals = Vec::with_capacity(args.len());
                for a in args {
                    vals.push(sub(a)?);
                }
                self.call(name, vals, ctx, pos, size)?
            }
        })
    }

    fn compare(&self, op: &str, a: &Val, b: &Val) -> bool {
        let cmp_num = |x: f64, y: f64| match op {
            "=" => x == y,
            "!=" => x != y,
            "<" => x < y,
            "<=" => x <= y,
            ">" => x > y,
            _ => x >= y,
        };
        let cmp_str = |x: &str, y: &str| match op {
            "=" => x == y,
            "!=" => x != y,
            _ => cmp_num(text_number(x), text_number(y)),
        };
        match (a, b) {
            (Val::Set(x), Val::Set(y)) => {
                let ys: Vec<String> = y.iter().map(|i| self.string_of(i)).collect();
                x.iter().any(|i| {
                    let s = self.string_of(i);
                    ys.iter().any(|t| cmp_str(&s, t))
                })
            }
            (Val::Set(x), other) | (other, Val::Set(x)) => {
                let set_left = matches!(a, Val::Set(_));
                match other {
                    Val::Bool(_) => {
                        let sv = Val::Bool(!x.is_empty());
                        if set_left {
                            self.compare(op, &sv, other)
                        } else {
                            self.compare(op, other, &sv)
                        }
                    }
                    Val::Num(n) => x.iter().any(|i| {
                        let v = text_number(&self.string_of(i));
                        if set_left { cmp_num(v, *n) } else { cmp_num(*n, v) }
                    }),
                    _ => {
                        let t = self.to_str(other);
                        x.iter().any(|i| {
                            let v = self.string_of(i);
                            if set_left { cmp_str(&v, &t) } else { cmp_str(&t, &v) }
                        })
                    }
                }
            }
            _ if matches!(op, "=" | "!=") => {
                if matches!(a, Val::Bool(_)) || matches!(b, Val::Bool(_)) {
                    let (x, y) = (Self::to_bool(a), Self::to_bool(b));
                    if op == "=" { x == y } else { x != y }
                } else if matches!(a, Val::Num(_)) || matches!(b, Val::Num(_)) {
                    cmp_num(self.to_num(a), self.to_num(b))
                } else {
                    cmp_str(&self.to_str(a), &self.to_str(b))
                }
            }
            _ => cmp_num(self.to_num(a), self.to_num(b)),
        }
    }

    fn call(&self, name: &str, args: Vec<Val>, ctx: Item, pos: usize, size: usize) -> Result<Val, String> {
        let arity = |min: usize, max: usize| -> Result<(), String> {
            if args.len() < min || args.len() > max {
                Err(format!("{name}() takes {min} to {max} arguments"))
            } else {
                Ok(())
            }
        };
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Val::Set(vec![ctx]));
        let s = |i: usize| self.to_str(&arg(i));
        Ok(match name {
            "last" => {
                arity(0, 0)?;
                Val::Num(size as f64)
            }
            "position" => {
                arity(0, 0)?;
                Val::Num(pos as f64)
            }
            "count" => {
                arity(1, 1)?;
                match arg(0) {
                    Val::Set(v) => Val::Num(v.len() as f64),
                    _ => return Err("count() needs a node-set".into()),
                }
            }
            "name" | "local-name" => {
                arity(0, 1)?;
                let n = match arg(0) {
                    Val::Set(v) => v.first().map(|i| self.name_of(i)).unwrap_or_default(),
                    _ => return Err(format!("{name}() needs a node-set")),
                };
                Val::Str(if name == "local-name" {
                    n.rsplit(':').next().unwrap_or_default().to_string()
                } else {
                    n
                })
            }
            "string" => {
                arity(0, 1)?;
                Val::Str(s(0))
            }
            "concat" => {
                if args.len() < 2 {
                    return Err("concat() takes at least 2 arguments".into());
                }
                Val::Str(args.iter().map(|a| self.to_str(a)).collect())
            }
            "contains" | "starts-with" | "ends-with" | "substring-before" | "substring-after" => {
                arity(2, 2)?;
                let (a, b) = (s(0), s(1));
                match name {
                    "contains" => Val::Bool(a.contains(&b)),
                    "starts-with" => Val::Bool(a.starts_with(&b)),
                    "ends-with" => Val::Bool(a.ends_with(&b)),
                    "substring-before" => Val::Str(a.find(&b).and_then(|i| a.get(..i)).unwrap_or_default().into()),
                    _ => Val::Str(a.find(&b).and_then(|i| a.get(i + b.len()..)).unwrap_or_default().into()),
                }
            }
            "substring" => {
                arity(2, 3)?;
                let chars: Vec<char> = s(0).chars().collect();
                let start = self.to_num(&arg(1)).round();
                let end = if args.len() == 3 {
                    start + self.to_num(&arg(2)).round()
                } else {
                    f64::INFINITY
                };
                Val::Str(
                    chars
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| {
                            let p = (*i + 1) as f64;
                            p >= start && p < end
                        })
                        .map(|(_, c)| *c)
                        .collect(),
                )
            }
            "string-length" => {
                arity(0, 1)?;
                Val::Num(s(0).chars().count() as f64)
            }
            "normalize-space" => {
                arity(0, 1)?;
                Val::Str(s(0).split_whitespace().collect::<Vec<_>>().join(" "))
            }
            "translate" => {
                arity(3, 3)?;
                let from: Vec<char> = s(1).chars().collect();
                let to: Vec<char> = s(2).chars().collect();
                Val::Str(
                    s(0).chars()
                        .filter_map(|c| match from.iter().position(|&f| f == c) {
                            Some(i) => to.get(i).copied(),
                            None => Some(c),
                        })
                        .collect(),
                )
            }
            "not" => {
                arity(1, 1)?;
                Val::Bool(!Self::to_bool(&arg(0)))
            }
            "boolean" => {
                arity(1, 1)?;
                Val::Bool(Self::to_bool(&arg(0)))
            }
            "true" | "false" => {
                arity(0, 0)?;
                Val::Bool(name == "true")
            }
            "number" => {
                arity(0, 1)?;
                Val::Num(self.to_num(&arg(0)))
            }
            "sum" => {
                arity(1, 1)?;
                match arg(0) {
                    Val::Set(v) => Val::Num(v.iter().map(|i| text_number(&self.string_of(i))).sum()),
                    _ => return Err("sum() needs a node-set".into()),
                }
            }
            "floor" | "ceiling" | "round" => {
                arity(1, 1)?;
                let n = self.to_num(&arg(0));
                Val::Num(match name {
                    "floor" => n.floor(),
                    "ceiling" => n.ceil(),
                    _ => (n + 0.5).floor(),
                })
            }
            other => return Err(format!("the function {other}() is not supported")),
        })
    }
}

/// XPath's number(): a decimal number with optional sign, else NaN.
fn text_number(s: &str) -> f64 {
    let t = s.trim();
    let ok = !t.is_empty()
        && t.trim_start_matches('-')
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && t.trim_start_matches('-').chars().any(|c| c.is_ascii_digit());
    if ok { t.parse().unwrap_or(f64::NAN) } else { f64::NAN }
}

/// XPath's string() of a number.
fn number_text(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::super::parse::parse;
    use super::*;

    const BOOKS: &str = "<bookstore><book category=\"children\"><title lang=\"en\">Harry Potter</title><price>29.99</price></book><book category=\"web\"><title lang=\"en\">Learning XML</title><price>39.95</price></book><!--c--></bookstore>";

    fn texts(doc: &Doc, path: &str, from: NodeId) -> Vec<String> {
        XPath::parse(path)
            .unwrap()
            .select(doc, from)
            .unwrap()
            .iter()
            .map(|i| match i {
                Item::Node(n) => doc.string_value(*n),
                Item::Attr(n, a) => doc.attrs(*n)[*a].1.clone(),
            })
            .collect()
    }

    #[test]
    fn paths() {
        let d = parse(BOOKS).unwrap();
        let root = d.root().unwrap();
        assert_eq!(texts(&d, "book[2]/title", root), ["Learning XML"]);
        assert_eq!(texts(&d, "/bookstore/book[2]/title", root), ["Learning XML"]);
        assert_eq!(texts(&d, "/bookstore/book[last()]/price", root), ["39.95"]);
        assert_eq!(texts(&d, "//title", DOCUMENT), ["Harry Potter", "Learning XML"]);
        assert_eq!(texts(&d, "//title | //price", root).len(), 4);
        assert_eq!(texts(&d, "//title | //price", root)[1], "29.99");
        assert_eq!(texts(&d, "book/title/@lang", root), ["en", "en"]);
        assert_eq!(texts(&d, "book[1]/@*", root), ["children"]);
        assert_eq!(texts(&d, "book/title/text()", root), ["Harry Potter", "Learning XML"]);
        assert_eq!(texts(&d, ".", root).len(), 1);
        assert_eq!(
            XPath::parse("..").unwrap().select(&d, root).unwrap(),
            [Item::Node(DOCUMENT)]
        );
        assert_eq!(texts(&d, "*", root).len(), 2);
        assert_eq!(texts(&d, "node()", root).len(), 3);
        assert_eq!(texts(&d, "comment()", root), ["c"]);
        assert_eq!(texts(&d, "nothing", root).len(), 0);
        assert_eq!(texts(&d, "child::book/descendant::price", root).len(), 2);
        assert_eq!(texts(&d, "//price/ancestor::book/@category", root), ["children", "web"]);
        assert_eq!(
            texts(&d, "book[1]/following-sibling::book/title", root),
            ["Learning XML"]
        );
        assert_eq!(texts(&d, "(//title)[2]", root), ["Learning XML"]);
    }

    #[test]
    fn predicates() {
        let d = parse(BOOKS).unwrap();
        let root = d.root().unwrap();
        assert_eq!(texts(&d, "book[@category='web']/title", root), ["Learning XML"]);
        assert_eq!(texts(&d, "book[@category=\"web\"][1]/title", root), ["Learning XML"]);
        assert_eq!(texts(&d, "book[1][@category='web']", root).len(), 0);
        assert_eq!(texts(&d, "book[title='Harry Potter']/price", root), ["29.99"]);
        assert_eq!(texts(&d, "book[title]", root).len(), 2);
        assert_eq!(texts(&d, "book[nothing]", root).len(), 0);
        assert_eq!(texts(&d, "book[price>35]/title", root), ["Learning XML"]);
        assert_eq!(texts(&d, "book[contains(@category,'chi')]/price", root), ["29.99"]);
        assert_eq!(texts(&d, "book[starts-with(title,'Learn')]/price", root), ["39.95"]);
        assert_eq!(texts(&d, "book[not(@category='web')]/price", root), ["29.99"]);
        assert_eq!(texts(&d, "book[position()=2 and price<40]/price", root), ["39.95"]);
        assert_eq!(texts(&d, "book[last()-1]/price", root), ["29.99"]);
        assert_eq!(texts(&d, "*[local-name()='book'][2]/price", root), ["39.95"]);
        assert_eq!(texts(&d, "book[count(*)=2][2]/price", root), ["39.95"]);
    }

    #[test]
    fn lenient_and_legacy_paths() {
        let d = parse(BOOKS).unwrap();
        let root = d.root().unwrap();
        let x = XPath::parse("//book[contains(@category,'we')").unwrap();
        assert_eq!(x.elements(&d, root).unwrap().len(), 1);
        let x = XPath::parse("bookstore/book[2]/price").unwrap();
        let found = x.elements(&d, root).unwrap();
        assert_eq!(d.string_value(found[0]), "39.95");
        assert_eq!(XPath::parse("bookstore").unwrap().elements(&d, root).unwrap(), [root]);
    }

    #[test]
    fn bad_paths() {
        for bad in [
            "",
            "book[1 2",
            "book]",
            "/bookstore/",
            "@",
            "book[1)",
            "'x",
            "a::b",
            "foo()",
            "book[[1]]",
        ] {
            let r = XPath::parse(bad).and_then(|x| {
                let d = parse(BOOKS).unwrap();
                x.select(&d, DOCUMENT).map(|_| ())
            });
            assert!(r.is_err(), "{bad:?} should be an error");
        }
        assert!(XPath::parse(&"(".repeat(10_000)).is_err());
        assert!(XPath::parse(&"-".repeat(10_000)).is_err());
        assert_eq!(
            XPath::parse("/").unwrap().select(&parse(BOOKS).unwrap(), 1).unwrap(),
            [Item::Node(DOCUMENT)]
        );
    }

    #[test]
    fn numbers_and_strings() {
        assert!(text_number("12.5") == 12.5);
        assert!(text_number("abc").is_nan());
        assert_eq!(number_text(3.0), "3");
        assert_eq!(number_text(0.5), "0.5");
    }

    /// Random expressions never panic.
    #[test]
    fn random_expressions() {
        let d = parse(BOOKS).unwrap();
        let pieces = [
            "/",
            "//",
            "book",
            "title",
            "[",
            "]",
            "(",
            ")",
            "@",
            "@*",
            "*",
            ".",
            "..",
            "1",
            "last()",
            "position()",
            "=",
            "!=",
            "<",
            "and",
            "or",
            "'x'",
            "\"y\"",
            ",",
            "|",
            "-",
            "+",
            "div",
            "contains(",
            "text()",
            "node()",
            "child::",
            "ancestor::",
            "::",
            "count(",
            "0.5",
            " ",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..5000 {
            let mut src = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for _ in 0..(seed % 10) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                src.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            if let Ok(x) = XPath::parse(&src) {
                let _ = x.select(&d, d.root().unwrap());
            }
        }
    }
}
