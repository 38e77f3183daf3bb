//! `.query()` and `.indices()` (CollectionClass.md, with the query string
//! syntax of DataClassClass.md `.query()`): `propertyPath comparator value`
//! criteria joined by `and`/`&`/`&&` and `or`/`|`/`||`, `not(…)`,
//! parentheses, indexed (`:1`) and named (`:name`, querySettings
//! `parameters`/`attributes`) placeholders, `[]` paths into collections,
//! `IN` lists, `@` wildcards, and a final `order by` clause.

use crate::runtime::access::{from_shared, store_value};
use crate::runtime::date::parse_date;
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::ops;
use crate::runtime::text::{Text, fold, keyword_match};
use crate::runtime::value::{Value, real_text};
use crate::source::Span;

/// One step of a property path; `all` is the `[]` that reaches every
/// element of a collection (`children[].age`).
#[derive(Clone, Debug)]
pub struct Seg {
    pub name: Text,
    pub all: bool,
    /// `[a]`: a letter in the brackets (`!=` then means "at least one differs").
    pub letter: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    /// `=`, `==`: `@` is a wildcard.
    Eq,
    /// `===`, `IS`: `@` is a plain character.
    Is,
    /// `#`, `!=`
    Ne,
    /// `!==`, `IS NOT`
    IsNot,
    Lt,
    Gt,
    Le,
    Ge,
    In,
    /// `%`: contains keyword.
    Keyword,
}

#[derive(Debug)]
enum QValue {
    Value(Value),
    List(Vec<Value>),
    /// The `null` keyword: finds null and undefined properties.
    NullKeyword,
    /// Null passed through a placeholder: documented as "will NOT work"; it finds nothing.
    NullParam,
}

#[derive(Debug)]
enum Node {
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Not(Box<Node>),
    Cmp(Vec<Seg>, Op, QValue),
}

/// A parsed query: its criteria and the `order by` clause (path, descending).
pub struct Query {
    root: Node,
    pub order: Vec<(Vec<Seg>, bool)>,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Sym(&'static str),
    Quoted(String),
    Placeholder(String),
    Word(String),
}

fn syntax<T>(msg: impl Into<String>, span: Span) -> RtResult<T> {
    err(code::BAD_ARGUMENT, format!("query string: {}", msg.into()), span)
}

fn is_word_char(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(
            c,
            '(' | ')' | '=' | '#' | '<' | '>' | '!' | '&' | '|' | ',' | '\'' | '"' | '%'
        )
}

fn tokenize(s: &str, span: Span) -> RtResult<Vec<Tok>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied();
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let two: String = chars.get(i..(i + 2).min(chars.len())).unwrap_or(&[]).iter().collect();
        let three: String = chars.get(i..(i + 3).min(chars.len())).unwrap_or(&[]).iter().collect();
        let sym = match () {
            _ if three == "===" => Some("==="),
            _ if three == "!==" => Some("!=="),
            _ if two == "==" => Some("="),
            _ if two == "!=" => Some("#"),
            _ if two == "<=" => Some("<="),
            _ if two == ">=" => Some(">="),
            _ if two == "&&" => Some("&"),
            _ if two == "||" => Some("|"),
            _ => None,
        };
        if let Some(sym) = sym {
            out.push(Tok::Sym(sym));
            i += if matches!(sym, "===" | "!==") { 3 } else { 2 };
            continue;
        }
        match c {
            '(' => out.push(Tok::LParen),
            ')' => out.push(Tok::RParen),
            '[' => out.push(Tok::LBracket),
            ']' => out.push(Tok::RBracket),
            ',' => out.push(Tok::Comma),
            '=' => out.push(Tok::Sym("=")),
            '#' => out.push(Tok::Sym("#")),
            '<' => out.push(Tok::Sym("<")),
            '>' => out.push(Tok::Sym(">")),
            '&' => out.push(Tok::Sym("&")),
            '|' => out.push(Tok::Sym("|")),
            '%' => out.push(Tok::Sym("%")),
            '\'' | '"' => {
                let mut text = String::new();
                i += 1;
                loop {
                    match at(i) {
                        None => return syntax("a quote is not closed", span),
                        Some('\\') if at(i + 1) == Some(c) => {
                            text.push(c);
                            i += 2;
                        }
                        Some(x) if x == c => break,
                        Some(x) => {
                            text.push(x);
                            i += 1;
                        }
                    }
                }
                out.push(Tok::Quoted(text));
            }
            ':' => {
                let mut name = String::new();
                i += 1;
                while let Some(x) = at(i) {
                    if x.is_alphanumeric() || x == '_' || x == '.' || x == '$' {
                        name.push(x);
                        i += 1;
                    } else {
                        break;
                    }
                }
                if name.is_empty() {
                    return syntax("`:` must be followed by a placeholder number or name", span);
                }
                out.push(Tok::Placeholder(name));
                continue;
            }
            '!' => return syntax("unexpected `!`", span),
            _ => {
                // A word: a path (brackets allowed inside: `children[].age`) or a value.
                let mut word = String::new();
                let mut depth = 0;
                while let Some(x) = at(i) {
                    if x == '[' {
                        depth += 1;
                    } else if x == ']' {
                        if depth == 0 {
                            break;
                        }
                        depth -= 1;
                    } else if !is_word_char(x) {
                        break;
                    }
                    word.push(x);
                    i += 1;
                }
                out.push(Tok::Word(word));
                continue;
            }
        }
        i += 1;
    }
    Ok(out)
}

/// The values a query string's placeholders refer to.
pub struct Params<'a> {
    pub indexed: &'a [Value],
    pub parameters: Value,
    pub attributes: Value,
}

struct Parser<'a> {
    toks: Vec<Tok>,
    pos: usize,
    params: &'a Params<'a>,
    p: &'a mut Interp,
    span: Span,
}

fn is_kw(t: Option<&Tok>, kw: &str) -> bool {
    matches!(t, Some(Tok::Word(w)) if w.eq_ignore_ascii_case(kw))
}

/// Parses a dotted path with `[]` steps.
pub fn parse_path(s: &str) -> Vec<Seg> {
    s.split('.')
        .filter(|x| !x.is_empty())
        .map(|part| match part.find('[') {
            Some(b) => {
                let inner = part.get(b + 1..).unwrap_or("").trim_end_matches(']');
                Seg {
                    name: Text::from(part.get(..b).unwrap_or("")),
                    all: true,
                    letter: !inner.is_empty(),
                }
            }
            None => Seg {
                name: Text::from(part),
                all: false,
                letter: false,
            },
        })
        .collect()
}

/// A path given as a placeholder value: dotted text, or a collection of names.
fn path_from_value(v: &Value, span: Span) -> RtResult<Vec<Seg>> {
    match v {
        Value::Text(t) => Ok(parse_path(t.as_str())),
        Value::Collection(c) => path_from_list(c.borrow().to_vec(), span),
        Value::SharedCollection(c) => path_from_list(c.snapshot().iter().map(from_shared).collect(), span),
        _ => syntax("an attribute placeholder must be a text or a collection of texts", span),
    }
}

fn path_from_list(items: Vec<Value>, span: Span) -> RtResult<Vec<Seg>> {
    items
        .into_iter()
        .map(|v| match v {
            Value::Text(t) => Ok(Seg {
                name: t,
                all: false,
                letter: false,
            }),
            _ => syntax("an attribute path collection must contain texts", span),
        })
        .collect()
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn or_expr(&mut self) -> RtResult<Node> {
        let mut left = self.and_expr()?;
        while matches!(self.peek(), Some(Tok::Sym("|"))) || is_kw(self.peek(), "or") {
            self.pos += 1;
            let right = self.and_expr()?;
            left = Node::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and_expr(&mut self) -> RtResult<Node> {
        let mut left = self.unary()?;
        while matches!(self.peek(), Some(Tok::Sym("&"))) || is_kw(self.peek(), "and") {
            self.pos += 1;
            let right = self.unary()?;
            left = Node::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> RtResult<Node> {
        if is_kw(self.peek(), "not") {
            self.pos += 1;
            let inner = self.unary()?;
            return Ok(Node::Not(Box::new(inner)));
        }
        if self.peek() == Some(&Tok::LParen) {
            self.pos += 1;
            let inner = self.or_expr()?;
            if self.next() != Some(Tok::RParen) {
                return syntax("a parenthesis is not closed", self.span);
            }
            return Ok(inner);
        }
        self.comparison()
    }

    fn path(&mut self) -> RtResult<Vec<Seg>> {
        match self.next() {
            Some(Tok::Word(w)) => Ok(parse_path(&w)),
            Some(Tok::Quoted(w)) => Ok(parse_path(&w)),
            Some(Tok::Placeholder(name)) => {
                let v = self.placeholder(&name, true)?;
                path_from_value(&v, self.span)
            }
            other => syntax(
                format!("a property path was expected, not {}", describe(other.as_ref())),
                self.span,
            ),
        }
    }

    fn placeholder(&mut self, name: &str, attribute: bool) -> RtResult<Value> {
        if let Ok(n) = name.parse::<usize>() {
            return match n.checked_sub(1).and_then(|i| self.params.indexed.get(i)) {
                Some(v) => Ok(v.clone()),
                None => syntax(format!("no value is given for the placeholder :{n}"), self.span),
            };
        }
        let source = if attribute {
            &self.params.attributes
        } else {
            &self.params.parameters
        };
        let mut cur = source.clone();
        for part in name.split('.') {
            cur = self.p.get_member(&cur, &Text::from(part), self.span)?;
        }
        if cur.is_undefined() {
            return syntax(format!("no value is given for the placeholder :{name}"), self.span);
        }
        Ok(cur)
    }

    fn comparator(&mut self) -> RtResult<Op> {
        let t = self.next();
        Ok(match &t {
            Some(Tok::Sym("=")) => Op::Eq,
            Some(Tok::Sym("===")) => Op::Is,
            Some(Tok::Sym("#")) => Op::Ne,
            Some(Tok::Sym("!==")) => Op::IsNot,
            Some(Tok::Sym("<")) => Op::Lt,
            Some(Tok::Sym(">")) => Op::Gt,
            Some(Tok::Sym("<=")) => Op::Le,
            Some(Tok::Sym(">=")) => Op::Ge,
            Some(Tok::Sym("%")) => Op::Keyword,
            Some(Tok::Word(w)) if w.eq_ignore_ascii_case("in") => Op::In,
            Some(Tok::Word(w)) if w.eq_ignore_ascii_case("is") => {
                if is_kw(self.peek(), "not") {
                    self.pos += 1;
                    Op::IsNot
                } else {
                    Op::Is
                }
            }
            other => {
                return syntax(
                    format!("a comparator was expected, not {}", describe(other.as_ref())),
                    self.span,
                );
            }
        })
    }

    fn scalar(&mut self) -> RtResult<QValue> {
        match self.next() {
            Some(Tok::Quoted(s)) => Ok(QValue::Value(Value::text(s))),
            Some(Tok::Word(w)) => Ok(word_value(&w)),
            Some(Tok::Placeholder(name)) => {
                let v = self.placeholder(&name, false)?;
                Ok(match v {
                    Value::Null => QValue::NullParam,
                    Value::Collection(c) => QValue::List(c.borrow().to_vec()),
                    Value::SharedCollection(c) => QValue::List(c.snapshot().iter().map(from_shared).collect()),
                    v => QValue::Value(store_value(v)),
                })
            }
            other => syntax(
                format!("a value was expected, not {}", describe(other.as_ref())),
                self.span,
            ),
        }
    }

    fn value(&mut self, op: Op) -> RtResult<QValue> {
        if op == Op::In && self.peek() == Some(&Tok::LBracket) {
            self.pos += 1;
            let mut list = Vec::new();
            loop {
                if self.peek() == Some(&Tok::RBracket) {
                    self.pos += 1;
                    break;
                }
                match self.scalar()? {
                    QValue::Value(v) => list.push(v),
                    QValue::List(l) => list.extend(l),
                    QValue::NullKeyword | QValue::NullParam => list.push(Value::Null),
                }
                match self.next() {
                    Some(Tok::Comma) => {}
                    Some(Tok::RBracket) => break,
                    other => {
                        return syntax(
                            format!("`,` or `]` was expected, not {}", describe(other.as_ref())),
                            self.span,
                        );
                    }
                }
            }
            return Ok(QValue::List(list));
        }
        self.scalar()
    }

    fn comparison(&mut self) -> RtResult<Node> {
        let path = self.path()?;
        let op = self.comparator()?;
        let start = self.pos;
        let mut value = self.value(op)?;
        // A collection passed through a placeholder to `=`/`#` is a reference
        // ("Object or collection reference as value"), not a list of values.
        if op != Op::In
            && let QValue::List(_) = value
            && let Some(Tok::Placeholder(name)) = self.toks.get(start).cloned()
        {
            value = QValue::Value(self.placeholder(&name, false)?);
        }
        Ok(Node::Cmp(path, op, value))
    }

    fn order_by(&mut self) -> RtResult<Vec<(Vec<Seg>, bool)>> {
        let mut out = Vec::new();
        if !is_kw(self.peek(), "order") {
            return Ok(out);
        }
        self.pos += 1;
        if !is_kw(self.peek(), "by") {
            return syntax("`order` must be followed by `by`", self.span);
        }
        self.pos += 1;
        loop {
            let path = self.path()?;
            let mut desc = false;
            if is_kw(self.peek(), "desc") {
                desc = true;
                self.pos += 1;
            } else if is_kw(self.peek(), "asc") {
                self.pos += 1;
            }
            out.push((path, desc));
            if self.peek() == Some(&Tok::Comma) {
                self.pos += 1;
            } else {
                break;
            }
        }
        Ok(out)
    }
}

fn describe(t: Option<&Tok>) -> String {
    match t {
        None => "the end of the query".into(),
        Some(Tok::LParen) => "`(`".into(),
        Some(Tok::RParen) => "`)`".into(),
        Some(Tok::LBracket) => "`[`".into(),
        Some(Tok::RBracket) => "`]`".into(),
        Some(Tok::Comma) => "`,`".into(),
        Some(Tok::Sym(s)) => format!("`{s}`"),
        Some(Tok::Quoted(s)) => format!("'{s}'"),
        Some(Tok::Placeholder(s)) => format!("`:{s}`"),
        Some(Tok::Word(s)) => format!("`{s}`"),
    }
}

/// A constant written in the query string: `true`/`false` (case-sensitive),
/// `null`, numbers with a period, `YYYY-MM-DD` dates, else text.
fn word_value(w: &str) -> QValue {
    match w {
        "true" => return QValue::Value(Value::Bool(true)),
        "false" => return QValue::Value(Value::Bool(false)),
        _ => {}
    }
    if w.eq_ignore_ascii_case("null") {
        return QValue::NullKeyword;
    }
    if w.chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '.')
        && let Ok(n) = w.parse::<f64>()
    {
        return QValue::Value(Value::Real(n));
    }
    if w.len() == 10
        && w.as_bytes().get(4) == Some(&b'-')
        && let Some(d) = parse_date(w)
    {
        return QValue::Value(Value::Date(d));
    }
    QValue::Value(Value::text(w))
}

/// Parses `query` with its placeholder values.
pub fn parse(p: &mut Interp, query: &str, params: &Params<'_>, span: Span) -> RtResult<Query> {
    let toks = tokenize(query, span)?;
    let mut parser = Parser {
        toks,
        pos: 0,
        params,
        p,
        span,
    };
    if parser.peek().is_none() {
        return syntax("the query string is empty", span);
    }
    let root = parser.or_expr()?;
    let order = parser.order_by()?;
    if let Some(t) = parser.peek() {
        let t = describe(Some(t));
        return syntax(format!("unexpected {t}"), span);
    }
    Ok(Query { root, order })
}

/// The values a path reaches from `v` (several through `[]`).
pub fn path_values(p: &mut Interp, v: &Value, path: &[Seg], span: Span) -> RtResult<Vec<Value>> {
    let mut cur = vec![v.clone()];
    for seg in path {
        let mut next = Vec::with_capacity(cur.len());
        for c in &cur {
            let x = p.get_member(c, &seg.name, span)?;
            if seg.all {
                match &x {
                    Value::Collection(items) => next.extend(items.borrow().values().iter().cloned()),
                    Value::SharedCollection(items) => next.extend(items.snapshot().iter().map(from_shared)),
                    _ => {}
                }
            } else {
                next.push(x);
            }
        }
        cur = next;
    }
    Ok(cur)
}

impl Query {
    /// Does element `v` match? Only objects can match.
    pub fn matches(&self, p: &mut Interp, v: &Value, span: Span) -> RtResult<bool> {
        if !matches!(v, Value::Object(_) | Value::SharedObject(_)) {
            return Ok(false);
        }
        eval(&self.root, p, v, span)
    }
}

fn eval(n: &Node, p: &mut Interp, v: &Value, span: Span) -> RtResult<bool> {
    match n {
        Node::And(a, b) => Ok(eval(a, p, v, span)? && eval(b, p, v, span)?),
        Node::Or(a, b) => Ok(eval(a, p, v, span)? || eval(b, p, v, span)?),
        Node::Not(a) => Ok(!eval(a, p, v, span)?),
        Node::Cmp(path, op, value) => {
            let multi = path.iter().any(|s| s.all);
            let letter = path.iter().any(|s| s.letter);
            let found = path_values(p, v, path, span)?;
            match op {
                // "Not equal" is Not(equal): with `[]`, every element must differ;
                // with `[a]`, at least one must.
                Op::Ne | Op::IsNot => {
                    let eq_op = if *op == Op::Ne { Op::Eq } else { Op::Is };
                    if matches!(value, QValue::NullParam) {
                        return Ok(false);
                    }
                    if multi && letter {
                        return Ok(found.iter().any(|x| !test(x, eq_op, value)));
                    }
                    if multi && found.is_empty() {
                        return Ok(true);
                    }
                    Ok(!found.iter().any(|x| test(x, eq_op, value)))
                }
                _ => Ok(found.iter().any(|x| test(x, *op, value))),
            }
        }
    }
}

/// One property value against the query value.
fn test(prop: &Value, op: Op, value: &QValue) -> bool {
    match value {
        QValue::NullParam => false,
        QValue::NullKeyword => matches!(op, Op::Eq | Op::Is) && prop.is_nullish(),
        QValue::List(list) => match op {
            Op::In => list.iter().any(|x| compare(prop, Op::Eq, x)),
            _ => false,
        },
        QValue::Value(x) => match op {
            Op::In => compare(prop, Op::Eq, x),
            _ => compare(prop, op, x),
        },
    }
}

/// The query value converted to the property's type when 4D can ("v20" → 20).
fn convert(prop: &Value, v: &Value) -> Option<Value> {
    Some(match (prop, v) {
        (Value::Real(_) | Value::Int(_), Value::Text(t)) => {
            let digits: String = t
                .as_str()
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
                .collect();
            Value::Real(digits.parse::<f64>().ok()?)
        }
        (Value::Text(_), Value::Real(r)) => Value::text(real_text(*r)),
        (Value::Date(_), Value::Text(t)) => Value::Date(parse_date(t.as_str())?),
        (Value::Bool(_), Value::Text(t)) => match t.as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return None,
        },
        (Value::Bool(_), Value::Real(r)) => Value::Bool(*r != 0.0),
        _ => v.clone(),
    })
}

fn compare(prop: &Value, op: Op, value: &Value) -> bool {
    if prop.is_nullish() {
        return false;
    }
    let Some(value) = convert(prop, value) else {
        return false;
    };
    match op {
        Op::Eq | Op::In => ops::equal(prop, &value, Span::default()).unwrap_or(false),
        Op::Is => match (prop, &value) {
            (Value::Text(a), Value::Text(b)) => fold(a.as_str()) == fold(b.as_str()),
            _ => ops::equal(prop, &value, Span::default()).unwrap_or(false),
        },
        Op::Keyword => match (prop, &value) {
            (Value::Text(a), Value::Text(b)) => keyword_match(a.as_str(), b.as_str()),
            _ => false,
        },
        Op::Lt | Op::Gt | Op::Le | Op::Ge => {
            if matches!(prop, Value::Bool(_)) {
                return false;
            }
            match ops::compare(prop, &value, Span::default()) {
                Ok(Some(o)) => match op {
                    Op::Lt => o.is_lt(),
                    Op::Gt => o.is_gt(),
                    Op::Le => o.is_le(),
                    _ => o.is_ge(),
                },
                _ => false,
            }
        }
        Op::Ne | Op::IsNot => false,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let t = tokenize("a.b[].c == 'x y' && not(d in [1, 2]) | e # :1", Span::default()).unwrap();
        assert_eq!(t[0], Tok::Word("a.b[].c".into()));
        assert_eq!(t[1], Tok::Sym("="));
        assert_eq!(t[2], Tok::Quoted("x y".into()));
        assert_eq!(t[3], Tok::Sym("&"));
        assert_eq!(t[4], Tok::Word("not".into()));
        assert!(t.contains(&Tok::RBracket));
        assert_eq!(t.last(), Some(&Tok::Placeholder("1".into())));
    }

    #[test]
    fn paths() {
        let p = parse_path("children[].age");
        assert_eq!(p.len(), 2);
        assert!(p[0].all && !p[0].letter);
        assert!(parse_path("x[a].v")[0].letter);
    }
}
