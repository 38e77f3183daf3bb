//! Declarations (chumsky): types, `var`, `#DECLARE`, parameter lists and
//! results, and the class members `Function`, `Class constructor`,
//! `Class extends`, `property`.

use chumsky::input::ValueInput;
use chumsky::prelude::*;

use super::stmt::LineItem;
use super::{Ctx, Ex};
use crate::syntax::ast::{Accessor, Expr, Modifiers, Param, Signature, TypeName};
use crate::syntax::token::{Kw, Tok, tokenized_name};

/// Reads a type name from its words (`Text`, `4D.File`, `cs.Person`).
pub(super) fn type_from_words(words: &[&str]) -> Option<TypeName> {
    let first = words.first()?;
    if words.len() == 1 {
        return Some(match first.to_lowercase().as_str() {
            "text" | "string" | "alpha" => TypeName::Text,
            "real" | "number" => TypeName::Real,
            "integer" | "longint" => TypeName::Integer,
            "boolean" => TypeName::Boolean,
            "date" => TypeName::Date,
            "time" => TypeName::Time,
            "object" => TypeName::Object,
            "collection" => TypeName::Collection,
            "pointer" => TypeName::Pointer,
            "picture" => TypeName::Picture,
            "blob" => TypeName::Blob,
            "variant" => TypeName::Variant,
            _ => return None,
        });
    }
    let rest: Vec<String> = words.iter().skip(1).map(|w| w.to_string()).collect();
    if first.eq_ignore_ascii_case("4d") {
        if rest.len() == 1 && rest.first().is_some_and(|r| r.eq_ignore_ascii_case("object")) {
            return Some(TypeName::Object);
        }
        return Some(TypeName::FourD(rest.join(".")));
    }
    if *first == "cs" {
        return Some(TypeName::Class(rest));
    }
    None
}

pub(super) fn type_name<'t, 's: 't, I, E>(ctx: Ctx<'s>) -> impl Parser<'t, I, TypeName, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    let word = chumsky::primitive::select(
        move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
            Tok::Word | Tok::Name | Tok::Command(..) | Tok::Constant(..) | Tok::Kw(_) => {
                let s: SimpleSpan = x.span();
                Some(tokenized_name(ctx.text(s)))
            }
            _ => None,
        },
    );
    word.separated_by(just(Tok::Dot))
        .at_least(1)
        .collect::<Vec<&'s str>>()
        .filter(|words| type_from_words(words).is_some())
        .map(|words| type_from_words(&words).unwrap_or(TypeName::Variant))
        .labelled("type")
}

/// `$name`, the variadic `...`, with an optional `: Type`.
#[derive(Clone)]
enum ParamItem {
    Named(Param),
    Variadic(Option<TypeName>),
}

pub(super) fn signature<'t, 's: 't, I, E>(ctx: Ctx<'s>) -> impl Parser<'t, I, Signature, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    let ty = type_name(ctx);
    let colon_ty = just(Tok::Colon).ignore_then(ty.clone());
    let c = ctx;
    let local = chumsky::primitive::select(
        move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
            Tok::Local => {
                let s: SimpleSpan = x.span();
                Some(Param {
                    name: c.text(s).get(1..).unwrap_or("").to_string(),
                    ty: None,
                    span: c.span(s),
                })
            }
            Tok::Param(n) => Some(Param {
                name: n.to_string(),
                ty: None,
                span: c.span(x.span()),
            }),
            _ => None,
        },
    )
    .labelled("parameter name");
    let param = choice((
        just(Tok::Dot)
            .then(just(Tok::Dot))
            .then(just(Tok::Dot))
            .ignore_then(colon_ty.clone().or_not())
            .map(ParamItem::Variadic),
        local.then(colon_ty.clone().or_not()).map(|(mut p, t)| {
            p.ty = t;
            ParamItem::Named(p)
        }),
    ));
    let list = param
        .separated_by(just(Tok::Semi))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LParen), just(Tok::RParen))
        .labelled("parameter list");
    // Parentheses are optional when there are no parameters (`Function f`).
    let list = list.or_not().map(Option::unwrap_or_default);
    let result = choice((
        just(Tok::Arrow)
            .ignore_then(local.then(colon_ty.clone().or_not()))
            .map(|(mut p, t)| {
                p.ty = t;
                (Some(p), None)
            }),
        colon_ty.map(|t| (None, Some(t))),
    ))
    .or_not();
    list.then(result).map(|(items, result)| {
        let mut sig = Signature::default();
        for item in items {
            match item {
                ParamItem::Named(p) => sig.params.push(p),
                ParamItem::Variadic(t) => sig.variadic = Some(t),
            }
        }
        share_types(&mut sig.params);
        if let Some((name, ty)) = result {
            sig.result_name = name;
            sig.result_type = ty;
        }
        sig
    })
}

/// `($a; $b : Integer)`: untyped names before a typed one share its type.
fn share_types(params: &mut [Param]) {
    let mut pending: Option<TypeName> = None;
    for p in params.iter_mut().rev() {
        match &p.ty {
            Some(t) => pending = Some(t.clone()),
            None => p.ty = pending.clone(),
        }
    }
}

/// `var` declarations.
pub(super) fn var_decl<'t, 's: 't, I, E>(
    ctx: Ctx<'s>,
    expr: impl Parser<'t, I, Expr, E> + Clone,
) -> impl Parser<'t, I, LineItem, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    let c = ctx;
    let name = chumsky::primitive::select(
        move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
            Tok::Local | Tok::Param(_) | Tok::Word | Tok::Interprocess => Some(c.span(x.span())),
            _ => None,
        },
    )
    .labelled("variable name");
    // `var $0;${1} : Real` (count-parameters.md): the variadic parameters.
    let c = ctx;
    let variadic = just(Tok::ParamOpen)
        .then(just(Tok::Num))
        .then(just(Tok::RBrace))
        .map_with(move |_, x| c.span(x.span()));
    let name = name.or(variadic);
    just(Tok::Kw(Kw::Var))
        .ignore_then(
            name.separated_by(one_of([Tok::Semi, Tok::Comma]))
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .then(just(Tok::Colon).ignore_then(type_name(ctx)).or_not())
        .then(just(Tok::Assign).ignore_then(expr).or_not())
        .map(|((names, ty), init)| LineItem::Var { names, ty, init })
        .labelled("var declaration")
        .as_context()
}

/// Class member headers, with their modifiers.
pub(super) fn class_items<'t, 's: 't, I, E>(
    ctx: Ctx<'s>,
    expr: impl Parser<'t, I, Expr, E> + Clone,
) -> impl Parser<'t, I, LineItem, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    let c = ctx;
    let modifier = chumsky::primitive::select(
        move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
            Tok::Word => match c.text(x.span()).to_lowercase().as_str() {
                "shared" => Some(0u8),
                "singleton" => Some(1),
                "session" => Some(2),
                "exposed" | "local" | "onhttpget" => Some(3),
                _ => None,
            },
            _ => None,
        },
    );
    let modifiers = modifier.repeated().collect::<Vec<u8>>().map(|m| Modifiers {
        shared: m.contains(&0),
        singleton: m.contains(&1),
        session: m.contains(&2),
        orda: m.contains(&3),
    });
    let c = ctx;
    let fname = chumsky::primitive::select(
        move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
            Tok::Word | Tok::Name | Tok::Command(..) | Tok::Constant(..) | Tok::Kw(_) => {
                let s: SimpleSpan = x.span();
                Some(c.text(s).to_string())
            }
            _ => None,
        },
    )
    .labelled("function name");
    let accessor = chumsky::primitive::select(
        move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
            Tok::Word => match c.text(x.span()).to_lowercase().as_str() {
                "get" => Some(Accessor::Get),
                "set" => Some(Accessor::Set),
                "query" | "orderby" | "event" => Some(Accessor::Orda),
                _ => None,
            },
            _ => None,
        },
    );
    let function = modifiers
        .then_ignore(just(Tok::Kw(Kw::Function)))
        // ORDA events may name an attribute: `Function event touched title($event : Object)`.
        .then(
            accessor
                .then(fname.then(fname.or_not()))
                .filter(|(a, (_, attr))| attr.is_none() || *a == Accessor::Orda)
                .map(|(a, (n, attr))| match attr {
                    Some(attr) if a == Accessor::Orda => (a, format!("{n} {attr}")),
                    _ => (a, n),
                })
                .or(fname.map(|n| (Accessor::Plain, n))),
        )
        .then(signature(ctx))
        .map(|((modifiers, (accessor, name)), sig)| LineItem::Function {
            modifiers,
            accessor,
            name,
            sig,
        })
        .labelled("Function declaration")
        .as_context();
    let constructor = modifiers
        .then_ignore(just(Tok::Kw(Kw::ClassConstructor)))
        .then(signature(ctx))
        .map(|(modifiers, sig)| LineItem::Constructor { modifiers, sig })
        .labelled("Class constructor")
        .as_context();
    let c = ctx;
    let class_word =
        chumsky::primitive::select(
            move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
                Tok::Word | Tok::Name | Tok::Command(..) => {
                    let s: SimpleSpan = x.span();
                    Some(tokenized_name(c.text(s)).to_string())
                }
                _ => None,
            },
        )
        .labelled("class name");
    let c = ctx;
    let extends = just(Tok::Kw(Kw::ClassExtends))
        .ignore_then(class_word.separated_by(just(Tok::Dot)).at_least(1).collect::<Vec<_>>())
        .map_with(move |names, x| LineItem::Extends(names, c.span(x.span())))
        .labelled("Class extends")
        .as_context();
    let c = ctx;
    let pname = chumsky::primitive::select(
        move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
            Tok::Word | Tok::Name | Tok::Command(..) | Tok::Constant(..) | Tok::Kw(_) => {
                let s: SimpleSpan = x.span();
                Some((c.text(s).to_string(), c.span(s)))
            }
            _ => None,
        },
    )
    .labelled("property name");
    let property = just(Tok::Kw(Kw::Property))
        .ignore_then(pname.separated_by(just(Tok::Semi)).at_least(1).collect::<Vec<_>>())
        .then(just(Tok::Colon).ignore_then(type_name(ctx)).or_not())
        .then(just(Tok::Assign).ignore_then(expr).or_not())
        .map(|((names, ty), init)| LineItem::Property { names, ty, init })
        .labelled("property declaration")
        .as_context();
    // ORDA `{exposed} Alias name target.path`: parsed, no effect outside ORDA.
    let alias = modifiers
        .ignore_then(chumsky::primitive::select(
            move |tok: Tok, x: &mut chumsky::input::MapExtra<'t, '_, I, E>| match tok {
                Tok::Word if c.text(x.span()).eq_ignore_ascii_case("alias") => Some(()),
                _ => None,
            },
        ))
        .then(pname)
        .then_ignore(any().repeated())
        .to(LineItem::Alias)
        .labelled("Alias declaration");
    choice((function, constructor, extends, property, alias))
}
