//! One line of code (chumsky): a statement, a block keyword with its
//! condition, or a class member header. Lines are parsed one by one; the
//! block builder in `mod.rs` nests them.

use chumsky::input::ValueInput;
use chumsky::prelude::*;

use super::decl::{class_items, signature, var_decl};
use super::expr::parsers;
use super::{Ctx, Ex};
use crate::source::Span;
use crate::syntax::ast::{Accessor, AssignOp, Expr, Modifiers, Signature, TypeName};
use crate::syntax::token::{Kw, Tok};

#[derive(Clone, Debug, PartialEq)]
pub enum LineItem {
    Assign(Expr, Option<AssignOp>, Expr),
    Expr(Expr),
    Var {
        names: Vec<Span>,
        ty: Option<TypeName>,
        init: Option<Expr>,
    },
    Declare(Signature),
    If(Expr),
    Else,
    EndIf,
    CaseOf,
    Branch(Expr),
    EndCase,
    While(Expr),
    EndWhile,
    Repeat,
    Until(Expr),
    For(Expr, Expr, Expr, Option<Expr>),
    EndFor,
    ForEach {
        var: Expr,
        source: Expr,
        begin: Option<Expr>,
        end: Option<Expr>,
        until: Option<Expr>,
        while_: Option<Expr>,
    },
    EndForEach,
    Use(Expr),
    EndUse,
    Try,
    Catch,
    EndTry,
    BeginSql,
    Sql,
    EndSql,
    Break,
    Continue,
    Return(Option<Expr>),
    Function {
        modifiers: Modifiers,
        accessor: Accessor,
        name: String,
        sig: Signature,
    },
    Constructor {
        modifiers: Modifiers,
        sig: Signature,
    },
    Extends(Vec<String>, Span),
    /// ORDA `Alias` (no effect).
    Alias,
    Property {
        names: Vec<(String, Span)>,
        ty: Option<TypeName>,
        init: Option<Expr>,
    },
}

fn kw<'t, 's: 't, I, E>(k: Kw) -> impl Parser<'t, I, Tok, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    just(Tok::Kw(k))
}

/// The parser of one line (its tokens, without the newline).
pub(super) fn line<'t, 's: 't, I, E>(ctx: Ctx<'s>) -> impl Parser<'t, I, LineItem, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    let expr = parsers::<I, E>(ctx);
    // Assignment targets and loop variables are expressions too; the resolver
    // says when one cannot be assigned.
    let unary = expr.clone();

    let cond = |what: &'static str| expr.clone().labelled(what);

    let for_loop = kw(Kw::For)
        .ignore_then(
            unary
                .clone()
                .then_ignore(just(Tok::Semi))
                .then(expr.clone())
                .then_ignore(just(Tok::Semi))
                .then(expr.clone())
                .then(just(Tok::Semi).ignore_then(expr.clone()).or_not())
                .delimited_by(just(Tok::LParen), just(Tok::RParen)),
        )
        .map(|(((v, a), b), s)| LineItem::For(v, a, b, s))
        .labelled("For loop")
        .as_context();

    let for_each = kw(Kw::ForEach)
        .ignore_then(
            unary
                .clone()
                .then_ignore(just(Tok::Semi))
                .then(expr.clone())
                .then(just(Tok::Semi).ignore_then(expr.clone()).or_not())
                .then(just(Tok::Semi).ignore_then(expr.clone()).or_not())
                .delimited_by(just(Tok::LParen), just(Tok::RParen)),
        )
        .then(
            choice((
                kw(Kw::Until).ignore_then(expr.clone()).map(|e| (Some(e), None)),
                kw(Kw::While).ignore_then(expr.clone()).map(|e| (None, Some(e))),
            ))
            .or_not(),
        )
        .map(|((((var, source), begin), end), cond)| {
            let (until, while_) = cond.unwrap_or((None, None));
            LineItem::ForEach {
                var,
                source,
                begin,
                end,
                until,
                while_,
            }
        })
        .labelled("For each loop")
        .as_context();

    let assign_op = chumsky::primitive::select(|tok: Tok, _: &mut chumsky::input::MapExtra<'t, '_, I, E>| {
        super::direct::assign_op(tok)
    })
    .labelled("`:=`");

    // Ends with the line, so that a line it only begins (`shared Function…`)
    // is left to the other forms.
    let statement = unary
        .then(assign_op.then(expr.clone()).or_not())
        .then_ignore(end())
        .map(|(target, assign)| match assign {
            Some((op, value)) => LineItem::Assign(target, op, value),
            None => LineItem::Expr(target),
        });

    let blocks = choice((
        kw(Kw::If).ignore_then(cond("If condition")).map(LineItem::If),
        kw(Kw::Else).to(LineItem::Else),
        kw(Kw::EndIf).to(LineItem::EndIf),
        kw(Kw::CaseOf).to(LineItem::CaseOf),
        just(Tok::Colon)
            .ignore_then(cond("Case of branch condition"))
            .map(LineItem::Branch),
        kw(Kw::EndCase).to(LineItem::EndCase),
        kw(Kw::While).ignore_then(cond("While condition")).map(LineItem::While),
        kw(Kw::EndWhile).to(LineItem::EndWhile),
        kw(Kw::Repeat).to(LineItem::Repeat),
        kw(Kw::Until).ignore_then(cond("Until condition")).map(LineItem::Until),
        for_loop,
        kw(Kw::EndFor).to(LineItem::EndFor),
        for_each,
        kw(Kw::EndForEach).to(LineItem::EndForEach),
        kw(Kw::Use).ignore_then(cond("Use target")).map(LineItem::Use),
        kw(Kw::EndUse).to(LineItem::EndUse),
    ));
    let others = choice((
        kw(Kw::EndTry).to(LineItem::EndTry),
        kw(Kw::BeginSql).to(LineItem::BeginSql),
        just(Tok::Sql).to(LineItem::Sql),
        kw(Kw::EndSql).to(LineItem::EndSql),
        kw(Kw::Break).to(LineItem::Break),
        kw(Kw::Continue).to(LineItem::Continue),
        kw(Kw::Return).ignore_then(expr.clone().or_not()).map(LineItem::Return),
        var_decl(ctx, expr.clone()),
        just(Tok::Declare)
            .ignore_then(signature(ctx))
            .map(LineItem::Declare)
            .labelled("#DECLARE")
            .as_context(),
        class_items(ctx, expr),
    ));
    // Most lines are assignments and calls: try them first (a keyword fails
    // them at the first token). `Try` alone opens a block; `Try(…)` is a call.
    // `Catch` alone is the keyword (the block builder makes it a call of a
    // method named so outside `Try`), `CATCH(…)` a call.
    choice((
        kw(Kw::Try).then_ignore(end()).to(LineItem::Try),
        kw(Kw::Catch).then_ignore(end()).to(LineItem::Catch),
        statement,
        blocks,
        others,
    ))
    .then_ignore(end().labelled("end of line"))
}

/// A formula's text (`Formula from string`): an expression, or one assignment.
pub(super) fn formula<'t, 's: 't, I, E>(ctx: Ctx<'s>) -> impl Parser<'t, I, crate::syntax::ast::Arg, E> + Clone
where
    I: ValueInput<'t, Token = Tok, Span = SimpleSpan>,
    E: Ex<'t, I>,
{
    let expr = parsers::<I, E>(ctx);
    expr.clone()
        .then(super::expr::assign_tail().then(expr).or_not())
        .then_ignore(end().labelled("end of formula"))
        .map_with(move |(e, v), x| match v {
            Some((op, v)) => {
                crate::syntax::ast::Arg::Assign(Box::new(super::expr::desugar_assign(e, op, v)), ctx.span(x.span()))
            }
            None => crate::syntax::ast::Arg::Expr(e),
        })
}
