//! Expressions (chumsky): one left fold over every binary operator — 4D has
//! no operator precedence — then the ternary on top; postfix chains (members,
//! calls, indexes, array elements, characters, dereference) bind tightest.

use chumsky::input::ValueInput;
use chumsky::prelude::*;

use super::{Ctx, Ex};
use crate::source::Span;
use crate::syntax::ast::{Arg, BinOp, Expr, ExprKind, NameRef};
use crate::syntax::token::{Kw, Tok};

/// One postfix operation, folded onto the operand it follows.
#[derive(Clone)]
enum Post {
    Member(Span),
    Call(Vec<Arg>),
    Index(Expr),
    Char(Expr),
    Element(Expr),
    Deref(Option<Span>),
}

/// Processes the escapes of a text literal: `\n \r \t \\ \"` (either case);
/// any other backslash is kept as written (`"C:\Temp"`).
pub fn unescape(raw: &str) -> std::borrow::Cow<'_, str> {
    if !raw.contains('\\') {
        return raw.into();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('n' | 'N') => out.push('\n'),
            Some('r' | 'R') => out.push('\r'),
            Some('t' | 'T') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            _ => {
                out.push('\\');
                continue;
            }
        }
        chars.next();
    }
    out.into()
}

/// The name a token stands for, when it is a name.
pub(super) fn name_ref(tok: Tok) -> Option<NameRef> {
    Some(match tok {
        // `property` is a keyword only at the start of a class line; elsewhere
        // a variable may be named so (cf_looping.md: `For each(property;vObject)`).
        Tok::Word | Tok::Name | Tok::Kw(Kw::Try | Kw::Catch | Kw::Property) => NameRef::Plain,
        Tok::Command(i) => NameRef::Command(i),
        Tok::UnknownCommand(i) => NameRef::UnknownCommand(i),
        Tok::Constant(i) => NameRef::Constant(i),
        Tok::UnknownConstant(a, b) => NameRef::UnknownConstant(a, b),
        Tok::Plugin(a, b) => NameRef::Plugin(a, b),
        _ => return None,
    })
}

/// The value of a number literal (decimal, exponent, or 32-bit hexadecimal).
pub(super) fn number(text: &str) -> f64 {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).unwrap_or(0) as u32 as i32 as f64,
        None => text.parse().unwrap_or(0.0),
    }
}

pub(super) fn binop<'t, 's: 't, I, E>() -> impl Parser<'t, I, BinOp, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    chumsky::primitive::select(|tok: Tok, _: &mut chumsky::input::MapExtra<'t, '_, I, E>| super::direct::binop(tok))
        .labelled("operator")
}

/// The expression parser. Built with `recursive` (whose self-references are
/// weak): parsers built with `Recursive::declare` hold themselves and leak.
pub(super) fn parsers<'t, 's: 't, I, E>(ctx: Ctx<'s>) -> impl Parser<'t, I, Expr, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    recursive(move |expr| expression(ctx, expr))
}

fn expression<'t, 's: 't, I, E>(
    ctx: Ctx<'s>,
    expr: impl Parser<'t, I, Expr, E> + Clone + 't,
) -> impl Parser<'t, I, Expr, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    let c = ctx;
    let atom = chumsky::primitive::select(move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| {
        let span: SimpleSpan = x.span();
        let kind = match tok {
            Tok::Num => ExprKind::Num(number(c.text(span))),
            Tok::Str => ExprKind::Str,
            Tok::Date(p) => ExprKind::Date(p),
            Tok::Time(t) => ExprKind::Time(t),
            Tok::Local => ExprKind::Local,
            Tok::Param(n) => ExprKind::Param(n),
            Tok::Interprocess => ExprKind::Interprocess,
            Tok::Table => ExprKind::Table,
            other => ExprKind::Name(name_ref(other)?),
        };
        Some(Expr {
            kind,
            span: c.span(span),
        })
    })
    .labelled("value");

    let c = ctx;
    let indirect = expr
        .clone()
        .delimited_by(just(Tok::ParamOpen), just(Tok::RBrace))
        .map_with(move |e, x| Expr {
            kind: ExprKind::ParamIndirect(Box::new(e)),
            span: c.span(x.span()),
        });

    let paren = expr
        .clone()
        .delimited_by(just(Tok::LParen), just(Tok::RParen))
        .labelled("parenthesized expression");

    let c = ctx;
    let key = chumsky::primitive::select(move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| {
        super::direct::object_key(tok).then(|| c.span(x.span()))
    })
    .labelled("property name");

    let c = ctx;
    let object = key
        .then_ignore(just(Tok::Colon))
        .then(expr.clone())
        .separated_by(just(Tok::Semi))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
        .map_with(move |pairs, x| Expr {
            kind: ExprKind::Object(pairs.into_boxed_slice()),
            span: c.span(x.span()),
        })
        .labelled("object literal");

    let c = ctx;
    let collection = expr
        .clone()
        .separated_by(just(Tok::Semi))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LBracket), just(Tok::RBracket))
        .map_with(move |items, x| Expr {
            kind: ExprKind::Collection(items.into_boxed_slice()),
            span: c.span(x.span()),
        })
        .labelled("collection literal");

    // `{$2}` as written in some compiler directives (`C_REAL({$2})`, found in
    // public code): the parameter itself.
    let c = ctx;
    let braced_param =
        chumsky::primitive::select(
            move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
                Tok::Param(n) => Some(Expr {
                    kind: ExprKind::Param(n),
                    span: c.span(x.span()),
                }),
                _ => None,
            },
        )
        .delimited_by(just(Tok::LBrace), just(Tok::RBrace));

    let primary = choice((atom, indirect, paren, braced_param, object, collection));

    // Arguments: `*`, `>`, `<` alone; `target:=value` (formula arguments); empty.
    let arg_end = one_of([Tok::Semi, Tok::RParen]).rewind();
    let c1 = ctx;
    let c2 = ctx;
    let c3 = ctx;
    let c4 = ctx;
    let c5 = ctx;
    let c6 = ctx;
    let c7 = ctx;
    let arg = choice((
        expr.clone()
            .then(assign_tail().then(expr.clone()).or_not())
            .map_with(move |(e, value), x| match value {
                Some((op, v)) => Arg::Assign(Box::new(desugar_assign(e, op, v)), c4.span(x.span())),
                None => Arg::Expr(e),
            }),
        just(Tok::Star)
            .then_ignore(arg_end)
            .map_with(move |_, x| Arg::Star(c1.span(x.span()))),
        just(Tok::Gt)
            .then_ignore(arg_end)
            .map_with(move |_, x| Arg::Gt(c2.span(x.span()))),
        just(Tok::Lt)
            .then_ignore(arg_end)
            .map_with(move |_, x| Arg::Lt(c3.span(x.span()))),
        // `QUERY([T]; | ; …)`: a query conjunction alone (no database: kept as
        // a marker), or glued to the query that follows (`QUERY([T]; & [T]F=5)`).
        one_of([Tok::Pipe, Tok::Amp, Tok::Hash])
            .ignore_then(choice((arg_end.to(None), expr.clone().map(Some))))
            .map_with(move |e, x| match e {
                Some(e) => Arg::Expr(e),
                None => Arg::Star(c6.span(x.span())),
            }),
        // A query operator alone (`QUERY BY ATTRIBUTE([T]; [T]F; "age"; >=; 20)`):
        // a marker, like a conjunction (`<` and `>` are above).
        one_of([Tok::Eq, Tok::Ge, Tok::Le, Tok::Percent])
            .then_ignore(arg_end)
            .map_with(move |_, x| Arg::Star(c7.span(x.span()))),
        arg_end.map_with(move |_, x| Arg::Empty(c5.span(x.span()))),
    ))
    .labelled("argument");
    let args = arg
        .separated_by(just(Tok::Semi))
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LParen), just(Tok::RParen))
        .map(|mut args: Vec<Arg>| {
            if args.len() == 1 && matches!(args.first(), Some(Arg::Empty(_))) {
                args.clear();
            }
            args
        })
        .labelled("arguments");

    let c = ctx;
    let member_name = chumsky::primitive::select(move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| {
        super::direct::member_name(tok).then(|| c.span(x.span()))
    })
    .labelled("property name");

    // Most operands have no postfix at all: one look at the next token
    // decides before trying each form.
    let post_start = one_of([Tok::Dot, Tok::LParen, Tok::LBracket, Tok::LBrace, Tok::Arrow]).rewind();
    let post = post_start.ignore_then(choice((
        just(Tok::Dot).ignore_then(member_name).map(Post::Member),
        args.map(Post::Call),
        just(Tok::LBracket)
            .then(just(Tok::LBracket))
            .ignore_then(expr.clone())
            .then_ignore(just(Tok::RBracket).then(just(Tok::RBracket)))
            .map(Post::Char),
        expr.clone()
            .delimited_by(just(Tok::LBracket), just(Tok::RBracket))
            .map(Post::Index),
        expr.clone()
            .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
            .map(Post::Element),
        just(Tok::Arrow).ignore_then(member_name.or_not()).map(Post::Deref),
    )));

    let c = ctx;
    let postfix = primary.foldl_with(post.repeated(), move |acc, p, x| {
        let span = c.span(x.span());
        let kind = match p {
            Post::Member(name) => ExprKind::Member(Box::new(acc), name),
            Post::Call(args) => ExprKind::Call(Box::new((acc, args))),
            Post::Index(i) => ExprKind::Index(Box::new((acc, i))),
            Post::Char(i) => ExprKind::Char(Box::new((acc, i))),
            Post::Element(i) => ExprKind::Element(Box::new((acc, i))),
            Post::Deref(None) => ExprKind::Deref(Box::new(acc)),
            Post::Deref(Some(name)) => {
                let inner = Expr {
                    kind: ExprKind::Deref(Box::new(acc)),
                    span,
                };
                ExprKind::Member(Box::new(inner), name)
            }
        };
        Expr { kind, span }
    });

    let c = ctx;
    let c2 = ctx;
    let unary = recursive(move |unary| {
        choice((
            just(Tok::Minus).ignore_then(unary).map_with(move |e: Expr, x| {
                let span = c.span(x.span());
                match e.kind {
                    ExprKind::Num(n) => Expr {
                        kind: ExprKind::Num(-n),
                        span,
                    },
                    _ => Expr {
                        kind: ExprKind::Neg(Box::new(e)),
                        span,
                    },
                }
            }),
            just(Tok::Arrow)
                .ignore_then(postfix.clone())
                .map_with(move |e, x| Expr {
                    kind: ExprKind::AddressOf(Box::new(e)),
                    span: c2.span(x.span()),
                }),
            postfix.clone(),
        ))
    });

    let c = ctx;
    let chain = unary
        .clone()
        .foldl_with(binop().then(unary.clone()).repeated(), move |l, (op, r), x| Expr {
            kind: ExprKind::Binary(op, Box::new((l, r))),
            span: c.span(x.span()),
        });

    let c = ctx;
    chain
        .then(
            just(Tok::Question)
                .ignore_then(expr.clone())
                .then_ignore(just(Tok::Colon))
                .then(expr)
                .or_not(),
        )
        .map_with(move |(cond, branches), x| match branches {
            None => cond,
            Some((a, b)) => Expr {
                kind: ExprKind::Ternary(Box::new((cond, a, b))),
                span: c.span(x.span()),
            },
        })
        .labelled("expression")
}

/// `:=` or a compound assignment operator, inside a formula argument.
pub(super) fn assign_tail<'t, I, E>() -> impl Parser<'t, I, Option<BinOp>, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    chumsky::primitive::select(|tok: Tok, _: &mut chumsky::input::MapExtra<'t, '_, I, E>| {
        super::direct::assign_op(tok).map(|op| op.map(crate::syntax::ast::AssignOp::binop))
    })
}

/// `t op= v` in a formula argument is `t := t op v` (its target is a plain
/// place, evaluating it twice has no other effect).
pub(super) fn desugar_assign(target: Expr, op: Option<BinOp>, value: Expr) -> (Expr, Expr) {
    match op {
        None => (target, value),
        Some(op) => {
            let span = target.span.to(value.span);
            let v = Expr {
                kind: ExprKind::Binary(op, Box::new((target.clone(), value))),
                span,
            };
            (target, v)
        }
    }
}
