//! A direct, hand-written reading of the lines real code is mostly made of:
//! assignments, calls, block keywords with their conditions, `var`. It
//! follows the chumsky grammar (`stmt.rs`, `expr.rs`, `decl.rs`) step by
//! step and builds the same items with the same spans, several times faster.
//! It never reports an error: at the first thing it does not expect it gives
//! up (`None`) and the line goes to the chumsky parser, which stays the
//! definition of the grammar and explains what is wrong. Debug builds parse
//! every line both ways and check that they agree.

use super::Ctx;
use super::decl::type_from_words;
use super::expr::{desugar_assign, name_ref, number};
use super::stmt::LineItem;
use crate::source::Span;
use crate::syntax::ast::{Arg, AssignOp, BinOp, Expr, ExprKind};
use crate::syntax::lexer::Spanned;
use crate::syntax::token::{Kw, Tok, tokenized_name};

/// Deeper nesting than this is left to chumsky (which has its own limits).
const MAX_DEPTH: u32 = 64;

/// The item of one line (its tokens without the newline), when the line is
/// one of the common forms and well formed.
pub(super) fn line(toks: &[Spanned], ctx: Ctx<'_>) -> Option<LineItem> {
    // A line this long may hold more operators than a line may (`line_problem`).
    if toks.len() > super::MAX_LINE_OPERATORS {
        return None;
    }
    let eoi = toks.last()?.1.end;
    let mut p = P {
        toks,
        pos: 0,
        ctx,
        depth: 0,
        eoi,
    };
    let item = p.line()?;
    (p.pos == toks.len()).then_some(item)
}

struct P<'a, 's> {
    toks: &'a [Spanned],
    pos: usize,
    ctx: Ctx<'s>,
    depth: u32,
    eoi: usize,
}

impl P<'_, '_> {
    fn peek(&self) -> Option<Tok> {
        self.toks.get(self.pos).map(|t| t.0)
    }

    fn peek2(&self) -> Option<Tok> {
        self.toks.get(self.pos + 1).map(|t| t.0)
    }

    /// True when the next token is `t`, a token without payload (compared
    /// by kind: the derived `==` is a call the hot paths do not need).
    fn at(&self, t: Tok) -> bool {
        self.toks
            .get(self.pos)
            .is_some_and(|x| std::mem::discriminant(&x.0) == std::mem::discriminant(&t))
    }

    fn eat(&mut self, t: Tok) -> Option<()> {
        self.at(t).then(|| self.pos += 1)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.toks.len()
    }

    /// The span chumsky gives the tokens `a..b`: from the start of token `a`
    /// to the end of token `b - 1` (for an empty range, the end of the token
    /// before it).
    fn span(&self, a: usize, b: usize) -> Span {
        let start = self.toks.get(a).map_or(self.eoi, |t| t.1.start);
        let end = match b.checked_sub(1) {
            Some(last) => self.toks.get(last).map_or(self.eoi, |t| t.1.end),
            None => self.eoi,
        };
        Span::new(self.ctx.sid, start as u32, end as u32)
    }

    /// The span of the current token, which is then consumed.
    fn take_span(&mut self) -> Span {
        self.pos += 1;
        self.span(self.pos - 1, self.pos)
    }

    fn line(&mut self) -> Option<LineItem> {
        let first = self.peek()?;
        let alone = self.toks.len() == 1;
        match first {
            Tok::Kw(Kw::Try) if alone => {
                self.pos = 1;
                return Some(LineItem::Try);
            }
            Tok::Kw(Kw::Catch) if alone => {
                self.pos = 1;
                return Some(LineItem::Catch);
            }
            _ => {}
        }
        if starts_expr(first) {
            let target = self.expr()?;
            if self.at_end() {
                return Some(LineItem::Expr(target));
            }
            let op = assign_op(self.peek()?)?;
            self.pos += 1;
            let value = self.expr()?;
            return Some(LineItem::Assign(target, op, value));
        }
        self.pos += 1;
        Some(match first {
            Tok::Colon => LineItem::Branch(self.expr()?),
            Tok::Kw(k) => match k {
                Kw::If => LineItem::If(self.expr()?),
                Kw::Else => LineItem::Else,
                Kw::EndIf => LineItem::EndIf,
                Kw::CaseOf => LineItem::CaseOf,
                Kw::EndCase => LineItem::EndCase,
                Kw::While => LineItem::While(self.expr()?),
                Kw::EndWhile => LineItem::EndWhile,
                Kw::Repeat => LineItem::Repeat,
                Kw::Until => LineItem::Until(self.expr()?),
                Kw::For => self.for_loop()?,
                Kw::EndFor => LineItem::EndFor,
                Kw::ForEach => self.for_each()?,
                Kw::EndForEach => LineItem::EndForEach,
                Kw::Use => LineItem::Use(self.expr()?),
                Kw::EndUse => LineItem::EndUse,
                Kw::EndTry => LineItem::EndTry,
                Kw::Break => LineItem::Break,
                Kw::Continue => LineItem::Continue,
                Kw::Return if self.at_end() => LineItem::Return(None),
                Kw::Return => LineItem::Return(Some(self.expr()?)),
                Kw::Var => self.var_decl()?,
                _ => return None,
            },
            _ => return None,
        })
    }

    fn for_loop(&mut self) -> Option<LineItem> {
        self.eat(Tok::LParen)?;
        let var = self.expr()?;
        self.eat(Tok::Semi)?;
        let from = self.expr()?;
        self.eat(Tok::Semi)?;
        let to = self.expr()?;
        let step = self.then_semi_expr()?;
        self.eat(Tok::RParen)?;
        Some(LineItem::For(var, from, to, step))
    }

    fn for_each(&mut self) -> Option<LineItem> {
        self.eat(Tok::LParen)?;
        let var = self.expr()?;
        self.eat(Tok::Semi)?;
        let source = self.expr()?;
        let begin = self.then_semi_expr()?;
        let end = self.then_semi_expr()?;
        self.eat(Tok::RParen)?;
        let (until, while_) = match self.peek() {
            Some(Tok::Kw(Kw::Until)) => {
                self.pos += 1;
                (Some(self.expr()?), None)
            }
            Some(Tok::Kw(Kw::While)) => {
                self.pos += 1;
                (None, Some(self.expr()?))
            }
            _ => (None, None),
        };
        Some(LineItem::ForEach {
            var,
            source,
            begin,
            end,
            until,
            while_,
        })
    }

    /// `; expr` when the next token is `;` (`Some(None)` when it is not).
    fn then_semi_expr(&mut self) -> Option<Option<Expr>> {
        if !self.at(Tok::Semi) {
            return Some(None);
        }
        self.pos += 1;
        Some(Some(self.expr()?))
    }

    /// `var $a; $b : Type := value` (after `var`).
    fn var_decl(&mut self) -> Option<LineItem> {
        let mut names = Vec::new();
        loop {
            match self.peek()? {
                Tok::Local | Tok::Param(_) | Tok::Word | Tok::Interprocess => names.push(self.take_span()),
                // `${1}`: the variadic parameters.
                Tok::ParamOpen => {
                    let start = self.pos;
                    self.pos += 1;
                    self.eat(Tok::Num)?;
                    self.eat(Tok::RBrace)?;
                    names.push(self.span(start, self.pos));
                }
                _ => return None,
            }
            if !matches!(self.peek(), Some(Tok::Semi | Tok::Comma)) {
                break;
            }
            self.pos += 1;
        }
        let ty = if self.at(Tok::Colon) {
            self.pos += 1;
            let mut words = Vec::new();
            loop {
                match self.peek()? {
                    Tok::Word | Tok::Name | Tok::Command(..) | Tok::Constant(..) | Tok::Kw(_) => {
                        let s = self.take_span();
                        words.push(tokenized_name(self.ctx.src.get(s.start as usize..s.end as usize)?));
                    }
                    _ => return None,
                }
                if !self.at(Tok::Dot) {
                    break;
                }
                self.pos += 1;
            }
            Some(type_from_words(&words)?)
        } else {
            None
        };
        let init = if self.at(Tok::Assign) {
            self.pos += 1;
            Some(self.expr()?)
        } else {
            None
        };
        Some(LineItem::Var { names, ty, init })
    }

    /// chain [`?` expr `:` expr]
    fn expr(&mut self) -> Option<Expr> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let start = self.pos;
        let cond = self.chain()?;
        let e = if self.at(Tok::Question) {
            self.pos += 1;
            let a = self.expr()?;
            self.eat(Tok::Colon)?;
            let b = self.expr()?;
            Expr {
                kind: ExprKind::Ternary(Box::new((cond, a, b))),
                span: self.span(start, self.pos),
            }
        } else {
            cond
        };
        self.depth -= 1;
        Some(e)
    }

    /// One left fold over every binary operator (no precedence). An operator
    /// not followed by an operand fails the line: nothing after a complete
    /// expression can start with an operator.
    fn chain(&mut self) -> Option<Expr> {
        let start = self.pos;
        let mut left = self.unary()?;
        while let Some(op) = self.peek().and_then(binop) {
            self.pos += 1;
            let right = self.unary()?;
            left = Expr {
                kind: ExprKind::Binary(op, Box::new((left, right))),
                span: self.span(start, self.pos),
            };
        }
        Some(left)
    }

    fn unary(&mut self) -> Option<Expr> {
        let start = self.pos;
        match self.peek()? {
            Tok::Minus => {
                self.pos += 1;
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return None;
                }
                let e = self.unary()?;
                self.depth -= 1;
                let span = self.span(start, self.pos);
                let kind = match e.kind {
                    ExprKind::Num(n) => ExprKind::Num(-n),
                    _ => ExprKind::Neg(Box::new(e)),
                };
                Some(Expr { kind, span })
            }
            Tok::Arrow => {
                self.pos += 1;
                let e = self.postfix()?;
                Some(Expr {
                    kind: ExprKind::AddressOf(Box::new(e)),
                    span: self.span(start, self.pos),
                })
            }
            _ => self.postfix(),
        }
    }

    fn postfix(&mut self) -> Option<Expr> {
        let start = self.pos;
        let mut acc = self.primary()?;
        loop {
            let kind = match self.peek() {
                Some(Tok::Dot) => {
                    if !self.peek2().is_some_and(member_name) {
                        return None;
                    }
                    self.pos += 1;
                    let name = self.take_span();
                    ExprKind::Member(Box::new(acc), name)
                }
                Some(Tok::LParen) => {
                    let args = self.args()?;
                    ExprKind::Call(Box::new((acc, args)))
                }
                Some(Tok::LBracket) => {
                    self.pos += 1;
                    if self.eat(Tok::LBracket).is_some() {
                        // `[[i]]`; anything else starting `[[` is left to chumsky.
                        let i = self.expr()?;
                        self.eat(Tok::RBracket)?;
                        self.eat(Tok::RBracket)?;
                        ExprKind::Char(Box::new((acc, i)))
                    } else {
                        let i = self.expr()?;
                        self.eat(Tok::RBracket)?;
                        ExprKind::Index(Box::new((acc, i)))
                    }
                }
                Some(Tok::LBrace) => {
                    self.pos += 1;
                    let i = self.expr()?;
                    self.eat(Tok::RBrace)?;
                    ExprKind::Element(Box::new((acc, i)))
                }
                Some(Tok::Arrow) => {
                    self.pos += 1;
                    if self.peek().is_some_and(member_name) {
                        let name = self.take_span();
                        let inner = Expr {
                            kind: ExprKind::Deref(Box::new(acc)),
                            span: self.span(start, self.pos),
                        };
                        ExprKind::Member(Box::new(inner), name)
                    } else {
                        ExprKind::Deref(Box::new(acc))
                    }
                }
                _ => break,
            };
            acc = Expr {
                kind,
                span: self.span(start, self.pos),
            };
        }
        Some(acc)
    }

    fn primary(&mut self) -> Option<Expr> {
        let start = self.pos;
        let kind = match self.peek()? {
            Tok::Num => {
                let s = self.take_span();
                ExprKind::Num(number(self.ctx.src.get(s.start as usize..s.end as usize)?))
            }
            Tok::Str => ExprKind::Str,
            Tok::Date(p) => ExprKind::Date(p),
            Tok::Time(t) => ExprKind::Time(t),
            Tok::Local => ExprKind::Local,
            Tok::Param(n) => ExprKind::Param(n),
            Tok::Interprocess => ExprKind::Interprocess,
            Tok::Table => ExprKind::Table,
            Tok::ParamOpen => {
                self.pos += 1;
                let e = self.expr()?;
                self.eat(Tok::RBrace)?;
                return Some(Expr {
                    kind: ExprKind::ParamIndirect(Box::new(e)),
                    span: self.span(start, self.pos),
                });
            }
            Tok::LParen => {
                self.pos += 1;
                let e = self.expr()?;
                self.eat(Tok::RParen)?;
                return Some(e);
            }
            // `{$2}` (`C_REAL({$2})` in public code): the parameter itself.
            Tok::LBrace if matches!(self.peek2(), Some(Tok::Param(_))) => {
                let Some((Tok::Param(n), s)) = self.toks.get(self.pos + 1).copied() else {
                    return None;
                };
                self.pos += 2;
                self.eat(Tok::RBrace)?;
                return Some(Expr {
                    kind: ExprKind::Param(n),
                    span: Span::new(self.ctx.sid, s.start as u32, s.end as u32),
                });
            }
            Tok::LBrace => return self.object(),
            Tok::LBracket => return self.collection(),
            other => ExprKind::Name(name_ref(other)?),
        };
        if self.pos == start {
            self.pos += 1;
        }
        Some(Expr {
            kind,
            span: self.span(start, self.pos),
        })
    }

    /// `{key: value; …}`
    fn object(&mut self) -> Option<Expr> {
        let start = self.pos;
        self.pos += 1;
        let mut pairs = Vec::new();
        if self.eat(Tok::RBrace).is_none() {
            loop {
                if !self.peek().is_some_and(object_key) {
                    return None;
                }
                let key = self.take_span();
                self.eat(Tok::Colon)?;
                pairs.push((key, self.expr()?));
                if self.list_end(Tok::RBrace)? {
                    break;
                }
            }
        }
        Some(Expr {
            kind: ExprKind::Object(pairs.into_boxed_slice()),
            span: self.span(start, self.pos),
        })
    }

    /// `[a; b; …]`
    fn collection(&mut self) -> Option<Expr> {
        let start = self.pos;
        self.pos += 1;
        let mut items = Vec::new();
        if self.eat(Tok::RBracket).is_none() {
            loop {
                items.push(self.expr()?);
                if self.list_end(Tok::RBracket)? {
                    break;
                }
            }
        }
        Some(Expr {
            kind: ExprKind::Collection(items.into_boxed_slice()),
            span: self.span(start, self.pos),
        })
    }

    /// After an item of a literal: `;` (true when the closing token follows,
    /// a trailing `;`), or the closing token (true).
    fn list_end(&mut self, close: Tok) -> Option<bool> {
        match self.peek()? {
            Tok::Semi => {
                self.pos += 1;
                Some(self.eat(close).is_some())
            }
            t if t == close => {
                self.pos += 1;
                Some(true)
            }
            _ => None,
        }
    }

    /// `(arg; …)`
    fn args(&mut self) -> Option<Vec<Arg>> {
        self.pos += 1;
        let mut args = Vec::new();
        loop {
            args.push(self.arg()?);
            match self.peek()? {
                Tok::Semi => self.pos += 1,
                Tok::RParen => {
                    self.pos += 1;
                    break;
                }
                _ => return None,
            }
        }
        if let [Arg::Empty(_)] = args.as_slice() {
            args.clear();
        }
        Some(args)
    }

    fn arg(&mut self) -> Option<Arg> {
        let start = self.pos;
        let next_ends = |p: &Self| matches!(p.peek2(), Some(Tok::Semi | Tok::RParen));
        Some(match self.peek()? {
            Tok::Star if next_ends(self) => Arg::Star(self.take_span()),
            Tok::Gt if next_ends(self) => Arg::Gt(self.take_span()),
            Tok::Lt if next_ends(self) => Arg::Lt(self.take_span()),
            // A query conjunction alone, or glued to the query that follows.
            Tok::Pipe | Tok::Amp | Tok::Hash => {
                if next_ends(self) {
                    Arg::Star(self.take_span())
                } else {
                    self.pos += 1;
                    Arg::Expr(self.expr()?)
                }
            }
            // A query operator alone (`QUERY BY ATTRIBUTE(…; "age"; >=; 20)`).
            Tok::Eq | Tok::Ge | Tok::Le | Tok::Percent if next_ends(self) => Arg::Star(self.take_span()),
            Tok::Semi | Tok::RParen => Arg::Empty(self.span(start, start)),
            _ => {
                let e = self.expr()?;
                let Some(op) = self.peek().and_then(assign_op) else {
                    return Some(Arg::Expr(e));
                };
                let op = op.map(AssignOp::binop);
                self.pos += 1;
                let v = self.expr()?;
                Arg::Assign(Box::new(desugar_assign(e, op, v)), self.span(start, self.pos))
            }
        })
    }
}

/// Tokens an expression can start with.
fn starts_expr(t: Tok) -> bool {
    matches!(
        t,
        Tok::Minus | Tok::Arrow | Tok::ParamOpen | Tok::LParen | Tok::LBrace | Tok::LBracket
    ) || t.ends_operand() && !matches!(t, Tok::RParen | Tok::RBracket | Tok::RBrace)
        || name_ref(t).is_some()
}

/// Tokens that name a member after `.` or `->`.
pub(super) fn member_name(t: Tok) -> bool {
    matches!(
        t,
        Tok::Word | Tok::Name | Tok::Kw(_) | Tok::Command(..) | Tok::Constant(..) | Tok::Local
    )
}

/// Tokens that can be a key of an object literal.
pub(super) fn object_key(t: Tok) -> bool {
    matches!(
        t,
        Tok::Str
            | Tok::Word
            | Tok::Name
            | Tok::Kw(_)
            | Tok::Local
            | Tok::Command(..)
            | Tok::Constant(..)
            | Tok::UnknownCommand(..)
            | Tok::UnknownConstant(..)
    )
}

/// `:=` (`Some(None)`) or a compound assignment operator.
pub(super) fn assign_op(t: Tok) -> Option<Option<AssignOp>> {
    Some(match t {
        Tok::Assign => None,
        Tok::AddAssign => Some(AssignOp::Add),
        Tok::SubAssign => Some(AssignOp::Sub),
        Tok::MulAssign => Some(AssignOp::Mul),
        Tok::DivAssign => Some(AssignOp::Div),
        _ => return None,
    })
}

/// The binary operator a token is (the chumsky parsers use this table too).
pub(super) fn binop(t: Tok) -> Option<BinOp> {
    Some(match t {
        Tok::Plus => BinOp::Add,
        Tok::Minus => BinOp::Sub,
        Tok::Star => BinOp::Mul,
        Tok::Slash => BinOp::Div,
        Tok::Backslash => BinOp::IntDiv,
        Tok::Percent => BinOp::Mod,
        Tok::Caret => BinOp::Pow,
        Tok::Eq => BinOp::Eq,
        Tok::Hash => BinOp::Ne,
        Tok::Lt => BinOp::Lt,
        Tok::Gt => BinOp::Gt,
        Tok::Le => BinOp::Le,
        Tok::Ge => BinOp::Ge,
        Tok::Amp => BinOp::And,
        Tok::Pipe => BinOp::Or,
        Tok::AmpAmp => BinOp::AndAnd,
        Tok::PipePipe => BinOp::OrOr,
        Tok::Xor => BinOp::Xor,
        Tok::Shl => BinOp::Shl,
        Tok::Shr => BinOp::Shr,
        Tok::BitSet => BinOp::BitSet,
        Tok::BitClear => BinOp::BitClear,
        Tok::BitTest => BinOp::BitTest,
        Tok::ScaleH => BinOp::ScaleH,
        Tok::ScaleV => BinOp::ScaleV,
        _ => return None,
    })
}
