//! The resolver: AST → resolved tree. Locals get slots, commands and
//! constants are bound to the catalog and the builtin registry, methods to
//! ids, process and interprocess variables to indexes — once, before the
//! first statement runs. Reports what cannot work (unknown calls, `break`
//! outside a loop, assigning to an expression…).

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::ir::*;
use crate::builtins;
use crate::catalog::{self, ConstValue, Entry};
use crate::diagnostics::Diagnostic;
use crate::runtime::date::Date;
use crate::runtime::num::Fast;
use crate::runtime::program::Program;
use crate::runtime::text::Text;
use crate::runtime::value::Store;
use crate::source::{SourceFile, SourceId, Span};
use crate::syntax::ast::{self, BinOp, ExprKind, NameRef, StmtKind, TypeName};
use crate::syntax::parser::unescape;
use crate::syntax::token::{tokenized_name, unpack_date};

/// The local variables of one method (or REPL session): names to slots.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    pub slots: FxHashMap<String, u32>,
    pub types: Vec<VarType>,
    pub names: Vec<String>,
    pub nparams: u32,
    pub result: Option<(u32, VarType)>,
}

impl Scope {
    pub fn slot(&mut self, name: &str) -> u32 {
        if let Some(s) = self.get(name) {
            return s;
        }
        let s = self.types.len() as u32;
        self.slots.insert(name.to_lowercase(), s);
        self.types.push(VarType::Variant);
        self.names.push(name.to_string());
        s
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        crate::syntax::with_lowercase(name, |key| self.slots.get(key).copied())
    }
}

/// The slot of local `name`; a formula's first use of a local of the
/// enclosing method captures it (with its type).
fn local_slot(scope: &mut Scope, captures: &mut Vec<(u32, u32)>, outer: Option<&Scope>, name: &str) -> u32 {
    if let Some(s) = scope.get(name) {
        return s;
    }
    let slot = scope.slot(name);
    if let Some(outer) = outer
        && let Some(o) = outer.get(name)
    {
        captures.push((o, slot));
        if let Some(t) = outer.types.get(o as usize) {
            let t = t.clone();
            if let Some(mine) = scope.types.get_mut(slot as usize) {
                *mine = t;
            }
        }
    }
    slot
}

pub struct Resolver<'a> {
    prog: &'a Arc<Program>,
    file: Arc<SourceFile>,
    sid: SourceId,
    pub scope: Scope,
    pub diags: Vec<Diagnostic>,
    loops: u32,
    /// Locals of the enclosing method (for formulas: captured by value).
    outer: Option<&'a Scope>,
    captures: Vec<(u32, u32)>,
    in_class: bool,
    /// Report unknown method names as warnings (check) — always, errors never.
    pub method_name: String,
    /// Compile arithmetic and comparisons into closures (`Fast::of`); off
    /// for `check`, which never runs the code.
    pub compile: bool,
}

/// What a plain name is, read case-insensitively.
enum Word {
    This,
    Super,
    Store(Store),
    Const(Const),
    Try,
    Catalog(Entry),
    Other,
}

impl<'a> Resolver<'a> {
    pub fn new(prog: &'a Arc<Program>, sid: SourceId, method_name: &str) -> Option<Resolver<'a>> {
        let file = prog.sources.get(sid)?;
        Some(Resolver {
            prog,
            file,
            sid,
            scope: Scope::default(),
            diags: Vec::new(),
            loops: 0,
            outer: None,
            captures: Vec::new(),
            in_class: false,
            method_name: method_name.to_string(),
            compile: true,
        })
    }

    fn text(&self, span: Span) -> &str {
        self.file.text.get(span.range()).unwrap_or("")
    }

    fn line(&self, span: Span) -> u32 {
        self.file.line_of(span.start)
    }

    fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(span, msg));
    }

    fn warning(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::warning(span, msg));
    }

    pub fn has_errors(&self) -> bool {
        self.diags.iter().any(Diagnostic::is_error)
    }

    // ----- declarations -------------------------------------------------

    pub fn var_type(&mut self, t: &Option<TypeName>) -> VarType {
        match t {
            None => VarType::Variant,
            Some(t) => match t {
                TypeName::Text => VarType::Text,
                TypeName::Real => VarType::Real,
                TypeName::Integer => VarType::Integer,
                TypeName::Boolean => VarType::Boolean,
                TypeName::Date => VarType::Date,
                TypeName::Time => VarType::Time,
                TypeName::Object => VarType::Object,
                TypeName::Collection => VarType::Collection,
                TypeName::Pointer => VarType::Pointer,
                TypeName::Picture => VarType::Picture,
                TypeName::Blob => VarType::Blob,
                TypeName::Variant => VarType::Variant,
                TypeName::FourD(name) => match name.as_str() {
                    "Object" => VarType::Object,
                    "Collection" => VarType::Collection,
                    // `4D.Blob` is the blob object class, not the scalar
                    // Blob type (dt_blob.md: `Value type` of one is 38, object).
                    _ => VarType::Class(Box::new([name.clone()]), true),
                },
                TypeName::Class(path) => VarType::Class(path.clone().into(), false),
            },
        }
    }

    /// Declares the parameters of a signature: slots 0..n, then the result.
    pub fn declare_signature(&mut self, sig: &ast::Signature) -> (Vec<ParamSpec>, Option<VarType>) {
        let mut params = Vec::new();
        for p in &sig.params {
            let ty = self.var_type(&p.ty);
            if self.scope.get(&p.name).is_some() {
                self.error(p.span, format!("parameter `${}` is declared twice", p.name));
            }
            let slot = self.scope.slot(&p.name);
            if let Some(t) = self.scope.types.get_mut(slot as usize) {
                *t = ty.clone();
            }
            params.push(ParamSpec {
                slot,
                name: p.name.clone(),
                ty,
            });
        }
        self.scope.nparams = params.len() as u32;
        if let Some(r) = &sig.result_name {
            let ty = self.var_type(&r.ty);
            if self.scope.get(&r.name).is_some() {
                self.error(
                    r.span,
                    format!("`${}` cannot be both a parameter and the result", r.name),
                );
            }
            let slot = self.scope.slot(&r.name);
            if let Some(t) = self.scope.types.get_mut(slot as usize) {
                *t = ty.clone();
            }
            self.scope.result = Some((slot, ty));
        } else if sig.result_type.is_some() {
            let ty = self.var_type(&sig.result_type);
            // The anonymous result lives in `$0`'s slot (legacy alias).
            let slot = self.scope.slot("0");
            if let Some(t) = self.scope.types.get_mut(slot as usize) {
                *t = ty.clone();
            }
            self.scope.result = Some((slot, ty));
        }
        let variadic = sig.variadic.as_ref().map(|t| self.var_type(t));
        (params, variadic)
    }

    fn result_slot(&mut self) -> u32 {
        match &self.scope.result {
            Some((s, _)) => *s,
            None => {
                let s = self.scope.slot("0");
                self.scope.result = Some((s, VarType::Variant));
                s
            }
        }
    }

    // ----- expressions --------------------------------------------------

    fn local(&mut self, name: &str) -> u32 {
        local_slot(&mut self.scope, &mut self.captures, self.outer, name)
    }

    /// The slot of the local written at `span` (`$name`), its name read in
    /// place: every local in the code comes here.
    fn local_at(&mut self, span: Span) -> u32 {
        let name = self
            .file
            .text
            .get(span.start as usize + 1..span.end as usize)
            .unwrap_or("");
        local_slot(&mut self.scope, &mut self.captures, self.outer, name)
    }

    fn param(&mut self, n: u32) -> Ex {
        if n == 0 {
            return Ex::Local(self.result_slot());
        }
        if n <= self.scope.nparams {
            return Ex::Local(n - 1);
        }
        Ex::Param(n)
    }

    pub fn expr(&mut self, e: &ast::Expr) -> Ex {
        let span = e.span;
        match &e.kind {
            ExprKind::Num(n) => Ex::Const(Const::Real(*n)),
            ExprKind::Str => {
                let t = self.text(span);
                let inner = t.get(1..t.len().saturating_sub(1)).unwrap_or("");
                Ex::Const(Const::Text(Text::from(&*unescape(inner))))
            }
            ExprKind::Date(p) => {
                let (y, m, d) = unpack_date(*p);
                Ex::Const(Const::Date(Date::from_ymd(y, m, d)))
            }
            ExprKind::Time(t) => Ex::Const(Const::Time(*t as i64)),
            ExprKind::Local => Ex::Local(self.local_at(span)),
            ExprKind::Param(n) => self.param(*n),
            ExprKind::ParamIndirect(inner) => Ex::ParamIndirect(Box::new((self.expr(inner), span))),
            ExprKind::Interprocess => {
                let t = self.text(span);
                let name = t
                    .strip_prefix("<>")
                    .or_else(|| t.strip_prefix('◊'))
                    .unwrap_or(t)
                    .to_string();
                Ex::Interprocess(self.prog.inter_var(&name))
            }
            ExprKind::Name(n) => self.name(*n, span, None),
            ExprKind::Table => self.table(span),
            ExprKind::Neg(inner) => {
                let x = self.expr(inner);
                if let Ex::Const(Const::Real(r)) = x {
                    return Ex::Const(Const::Real(-r));
                }
                Ex::Neg(Box::new((x, span)))
            }
            ExprKind::Binary(op, lr) => {
                let mut l = self.expr(&lr.0);
                let mut r = self.expr(&lr.1);
                let fast = Fast::of(*op, &mut l, &mut r, self.compile);
                Ex::Bin(*op, Box::new(Binary { l, r, span, fast }))
            }
            ExprKind::Ternary(parts) => {
                let c = self.expr(&parts.0);
                let a = self.expr(&parts.1);
                let b = self.expr(&parts.2);
                Ex::Ternary(Box::new((c, a, b)))
            }
            ExprKind::Member(obj, name) => {
                let key = Text::from(self.text(*name));
                if let ExprKind::Name(NameRef::Plain) = obj.kind
                    && self.text(obj.span).eq_ignore_ascii_case("super")
                {
                    return Ex::Super(Box::new(SuperCall::Function(key, Box::new([]), span)));
                }
                let o = self.expr(obj);
                Ex::Member(Box::new((o, key, span)))
            }
            ExprKind::Index(p) => {
                let o = self.expr(&p.0);
                let i = self.expr(&p.1);
                Ex::Index(Box::new((o, i, span)))
            }
            ExprKind::Element(p) => {
                let o = self.expr(&p.0);
                let i = self.expr(&p.1);
                Ex::Element(Box::new((o, i, span)))
            }
            ExprKind::Char(p) => {
                let o = self.expr(&p.0);
                let i = self.expr(&p.1);
                Ex::Char(Box::new((o, i, span)))
            }
            ExprKind::Call(call) => self.call(&call.0, &call.1, span),
            ExprKind::Deref(inner) => Ex::Deref(Box::new((self.expr(inner), span))),
            ExprKind::AddressOf(inner) => match self.place(inner) {
                Some(p) => Ex::AddressOf(Box::new((p, span))),
                None => Ex::Const(Const::Null),
            },
            ExprKind::Object(pairs) => {
                let mut out = Vec::with_capacity(pairs.len());
                for (k, v) in pairs.iter() {
                    let kt = self.text(*k);
                    let key = if kt.starts_with('"') {
                        Text::from(&*unescape(kt.get(1..kt.len().saturating_sub(1)).unwrap_or("")))
                    } else {
                        Text::from(kt)
                    };
                    out.push((key, self.expr(v)));
                }
                Ex::Object(out.into_boxed_slice())
            }
            ExprKind::Collection(items) => Ex::Collection(
                items
                    .iter()
                    .map(|i| self.expr(i))
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            ),
        }
    }

    /// `[Name]`: a table when the project has one by that name or a field is
    /// given; otherwise a one-element collection literal holding `Name`.
    fn table(&mut self, span: Span) -> Ex {
        let t = self.text(span).to_string();
        let inner = t.strip_prefix('[').unwrap_or(&t);
        let (table, field) = inner.split_once(']').unwrap_or((inner, ""));
        let table_name = table.split(':').next().unwrap_or(table);
        let is_table = !field.is_empty()
            || table.contains(':')
            || self.prog.tables.iter().any(|n| n.eq_ignore_ascii_case(table_name));
        if is_table {
            return Ex::Table(Text::from(t.as_str()));
        }
        let name_span = Span::new(span.source, span.start + 1, span.end - 1);
        let e = self.name(NameRef::Plain, name_span, None);
        Ex::Collection(Box::new([e]))
    }

    fn constant(&mut self, idx: u16, span: Span) -> Ex {
        match catalog::constant_value(idx) {
            ConstValue::Int(v) => Ex::Const(Const::Real(v as f64)),
            ConstValue::Real(v) => Ex::Const(Const::Real(v)),
            ConstValue::Text(t) => Ex::Const(Const::Text(Text::from(t))),
            ConstValue::Guess(v) => Ex::Const(Const::Real(v as f64)),
            ConstValue::Unknown => Ex::Fail(Box::new((FailKind::ConstantWithoutValue(idx), span))),
        }
    }

    /// A name, with its arguments when called.
    fn name(&mut self, n: NameRef, span: Span, args: Option<&[ast::Arg]>) -> Ex {
        // The file is held apart so that the name's text can be read while
        // `self` changes (no copy of each name).
        let file = Arc::clone(&self.file);
        let text = file.text.get(span.range()).unwrap_or("");
        match n {
            NameRef::Command(idx) => return self.command(idx, span, args),
            NameRef::Constant(idx) => {
                if args.is_some() {
                    self.error(span, format!("constant `{}` cannot be called", tokenized_name(text)));
                }
                return self.constant(idx, span);
            }
            NameRef::UnknownCommand(num) => {
                let name = tokenized_name(text).to_string();
                self.warning(span, format!("unknown command number {num} (`{name}`)"));
                return Ex::Fail(Box::new((FailKind::UnknownCommand(num, name), span)));
            }
            NameRef::UnknownConstant(a, b) => {
                let name = tokenized_name(text).to_string();
                self.warning(span, format!("unknown constant K{a}:{b} (`{name}`)"));
                return Ex::Fail(Box::new((FailKind::UnknownConstant(name), span)));
            }
            NameRef::Plugin(a, b) => {
                let name = tokenized_name(text).to_string();
                return Ex::Fail(Box::new((FailKind::Plugin(a, b, name), span)));
            }
            NameRef::Plain => {}
        }
        let word = crate::syntax::with_lowercase(text, |key| match key {
            "this" => Word::This,
            "super" => Word::Super,
            "cs" => Word::Store(Store::User),
            "4d" => Word::Store(Store::FourD),
            "true" => Word::Const(Const::Bool(true)),
            "false" => Word::Const(Const::Bool(false)),
            "null" => Word::Const(Const::Null),
            // `Try(expression)` (20 R4): not in the command catalog.
            "try" if args.is_some() => Word::Try,
            _ => catalog::lookup_lower(key).map_or(Word::Other, Word::Catalog),
        });
        match word {
            Word::This => return Ex::This,
            Word::Super => {
                return match args {
                    Some(a) => {
                        let args = self.plain_args(a);
                        Ex::Super(Box::new(SuperCall::Constructor(args, span)))
                    }
                    None => Ex::Super(Box::new(SuperCall::Value(span))),
                };
            }
            Word::Store(s) => return Ex::Store(s),
            Word::Const(c) => return Ex::Const(c),
            Word::Try => {
                let args = self.args(args.unwrap_or(&[]));
                return Ex::Builtin(Box::new(BuiltinCall {
                    builtin: builtins::try_builtin(),
                    args,
                    span,
                }));
            }
            Word::Catalog(Entry::Command(idx)) => return self.command(idx, span, args),
            Word::Catalog(Entry::Constant(idx)) if args.is_none() => return self.constant(idx, span),
            Word::Catalog(Entry::Constant(_)) | Word::Other => {}
        }
        if let Some(id) = self.prog.method_id(text) {
            let args = args.map(|a| self.plain_args(a)).unwrap_or_default();
            return Ex::Method(Box::new(MethodCall { method: id, args, span }));
        }
        // Unknown words in a row are a method of a component or a plug-in
        // (`WR INSERT BREAK`), called even without parentheses, unless they
        // name a known variable (`Error method`, a declared `vMy var`).
        let spaced_unknown = text.contains(' ') && self.prog.process_vars.read().get(text).is_none();
        if args.is_some() || spaced_unknown {
            self.warning(span, format!("unknown method `{text}`"));
            return Ex::Fail(Box::new((FailKind::UnknownMethod(text.to_string()), span)));
        }
        Ex::Process(self.prog.process_var(text))
    }

    fn plain_args(&mut self, args: &[ast::Arg]) -> Box<[Ex]> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            match a {
                ast::Arg::Expr(e) => out.push(self.expr(e)),
                ast::Arg::Empty(_) => out.push(Ex::Const(Const::Undefined)),
                other => {
                    self.error(
                        other.span(),
                        "`*`, `>`, `<` and `:=` are only allowed as arguments of commands",
                    );
                }
            }
        }
        out.into_boxed_slice()
    }

    fn args(&mut self, args: &[ast::Arg]) -> Box<[Arg]> {
        args.iter()
            .map(|a| match a {
                ast::Arg::Expr(e) => Arg::Ex(self.expr(e)),
                ast::Arg::Star(_) => Arg::Star,
                ast::Arg::Gt(_) => Arg::Gt,
                ast::Arg::Lt(_) => Arg::Lt,
                ast::Arg::Empty(_) => Arg::Empty,
                ast::Arg::Assign(tv, _) => {
                    let value = self.expr(&tv.1);
                    match self.place(&tv.0) {
                        Some(p) => Arg::Assign(Box::new((p, value))),
                        None => Arg::Ex(value),
                    }
                }
            })
            .collect::<Vec<_>>()
            .into_boxed_slice()
    }

    fn command(&mut self, idx: u16, span: Span, args: Option<&[ast::Arg]>) -> Ex {
        let info = catalog::command(idx);
        let name = info.map(|c| c.name).unwrap_or("");
        match name {
            "This" => return Ex::This,
            "True" => return Ex::Const(Const::Bool(true)),
            "False" => return Ex::Const(Const::Bool(false)),
            "Null" => return Ex::Const(Const::Null),
            "cs" => return Ex::Store(Store::User),
            "4D" => return Ex::Store(Store::FourD),
            "Super" => {
                return match args {
                    Some(a) => {
                        let args = self.plain_args(a);
                        Ex::Super(Box::new(SuperCall::Constructor(args, span)))
                    }
                    None => Ex::Super(Box::new(SuperCall::Value(span))),
                };
            }
            "Formula" => return self.formula(span, args),
            _ => {}
        }
        let args_ast = args.unwrap_or(&[]);
        match builtins::lookup(idx) {
            Some(b) => {
                let n = args_ast.len();
                if n < b.min as usize || (b.max != builtins::VARIADIC && n > b.max as usize) {
                    let expected = if b.min == b.max {
                        format!("{}", b.min)
                    } else if b.max == builtins::VARIADIC {
                        format!("at least {}", b.min)
                    } else {
                        format!("{} to {}", b.min, b.max)
                    };
                    self.error(span, format!("`{}` takes {expected} argument(s), {n} given", b.name));
                }
                let args = self.args(args_ast);
                Ex::Builtin(Box::new(BuiltinCall { builtin: b, args, span }))
            }
            None => {
                // Arguments are still resolved (names they declare, errors they contain).
                let _ = self.args(args_ast);
                Ex::Fail(Box::new((FailKind::NotImplemented(idx), span)))
            }
        }
    }

    /// `Formula(expr)`: resolved as its own code; outer locals it uses are captured.
    fn formula(&mut self, span: Span, args: Option<&[ast::Arg]>) -> Ex {
        let Some([arg]) = args else {
            self.error(span, "`Formula` takes one argument: an expression");
            return Ex::Const(Const::Null);
        };
        // `Formula(MyMethod)` calls the method with the formula's arguments.
        if let ast::Arg::Expr(e) = arg
            && let ExprKind::Name(NameRef::Plain) = e.kind
        {
            let name = self.text(e.span).to_string();
            if catalog::lookup(&name).is_none()
                && let Some(id) = self.prog.method_id(&name)
            {
                return Ex::Builtin(Box::new(BuiltinCall {
                    builtin: builtins::formula_method(),
                    args: Box::new([
                        Arg::Ex(Ex::Const(Const::Real(id as f64))),
                        Arg::Ex(Ex::Const(Const::Text(Text::from(name)))),
                    ]),
                    span,
                }));
            }
        }
        let (code, captures) = self.formula_code(arg, span, true);
        Ex::Formula(code, captures.into_boxed_slice())
    }

    /// The code of a formula (`Formula(…)`, `Formula from string`): an
    /// expression (its value is the result) or one assignment. With
    /// `capture`, the enclosing method's locals it uses are captured by value.
    pub fn formula_code(&mut self, arg: &ast::Arg, span: Span, capture: bool) -> (Arc<FormulaCode>, Vec<(u32, u32)>) {
        let text = self.text(arg.span()).to_string();
        let outer = std::mem::take(&mut self.scope);
        let (code, captures, diags) = {
            let mut inner = Resolver {
                prog: self.prog,
                file: self.file.clone(),
                sid: self.sid,
                scope: Scope::default(),
                diags: Vec::new(),
                loops: 0,
                outer: if capture { Some(&outer) } else { None },
                captures: Vec::new(),
                in_class: self.in_class,
                method_name: self.method_name.clone(),
                compile: self.compile,
            };
            let line = inner.line(span);
            let body: Vec<Stmt> = match arg {
                ast::Arg::Expr(e) => {
                    let x = inner.expr(e);
                    let slot = inner.result_slot();
                    vec![Stmt {
                        kind: St::Assign(Box::new((Place::Local(slot), x))),
                        span: e.span,
                        line,
                    }]
                }
                ast::Arg::Assign(tv, s) => {
                    let value = inner.expr(&tv.1);
                    match inner.place(&tv.0) {
                        Some(p) => vec![Stmt {
                            kind: St::Assign(Box::new((p, value))),
                            span: *s,
                            line,
                        }],
                        None => vec![],
                    }
                }
                other => {
                    inner.error(other.span(), "a formula is an expression or an assignment");
                    vec![]
                }
            };
            let code = inner.finish(Vec::new(), None, body, false, "Formula".into());
            (
                code,
                std::mem::take(&mut inner.captures),
                std::mem::take(&mut inner.diags),
            )
        };
        self.scope = outer;
        self.diags.extend(diags);
        let is_expr = matches!(arg, ast::Arg::Expr(_));
        (
            Arc::new(FormulaCode {
                code: Arc::new(code),
                text,
                is_expr,
            }),
            captures,
        )
    }

    fn call(&mut self, callee: &ast::Expr, args: &[ast::Arg], span: Span) -> Ex {
        match &callee.kind {
            ExprKind::Name(n) => {
                // Errors of a call point at the whole call.
                let mut x = self.name(*n, callee.span, Some(args));
                match &mut x {
                    Ex::Builtin(b) => b.span = span,
                    Ex::Method(m) => m.span = span,
                    Ex::Fail(f) => f.1 = span,
                    _ => {}
                }
                x
            }
            ExprKind::Member(recv, name) => {
                let key = Text::from(self.text(*name));
                if let ExprKind::Name(NameRef::Plain) = recv.kind
                    && self.text(recv.span).eq_ignore_ascii_case("super")
                {
                    let args = self.plain_args(args);
                    return Ex::Super(Box::new(SuperCall::Function(key, args, span)));
                }
                let recv = self.expr(recv);
                let args = self.plain_args(args);
                Ex::MemberCall(Box::new(MemberCall {
                    recv,
                    name: key,
                    key: None,
                    args,
                    span,
                }))
            }
            // `$o["f"](…)`, `$o[$name](…)`: a member function named at run
            // time, called with `This` = `$o` (FunctionClass.md).
            ExprKind::Index(p) => {
                let recv = self.expr(&p.0);
                let key = self.expr(&p.1);
                let args = self.plain_args(args);
                Ex::MemberCall(Box::new(MemberCall {
                    recv,
                    name: Text::default(),
                    key: Some(key),
                    args,
                    span,
                }))
            }
            _ => {
                // `$f(…)`, `$o["f"](…)`: call the value as a function.
                let recv = self.expr(callee);
                let args = self.plain_args(args);
                Ex::MemberCall(Box::new(MemberCall {
                    recv,
                    name: Text::from("call"),
                    key: None,
                    args,
                    span,
                }))
            }
        }
    }

    /// An assignable place, or an error.
    pub fn place(&mut self, e: &ast::Expr) -> Option<Place> {
        let span = e.span;
        Some(match &e.kind {
            ExprKind::Local => Place::Local(self.local_at(span)),
            ExprKind::Param(n) => match self.param(*n) {
                Ex::Local(s) => Place::Local(s),
                _ => Place::Param(*n),
            },
            ExprKind::ParamIndirect(i) => Place::ParamIndirect(Box::new(self.expr(i))),
            ExprKind::Interprocess => match self.expr(e) {
                Ex::Interprocess(i) => Place::Interprocess(i),
                _ => return None,
            },
            ExprKind::Name(NameRef::Plain) => {
                let text = self.text(span).to_string();
                let reserved = crate::syntax::with_lowercase(&text, |key| {
                    catalog::lookup_lower(key).is_some() || matches!(key, "this" | "cs" | "4d")
                });
                if reserved {
                    self.error(
                        span,
                        format!("cannot assign to `{text}`: it is a 4D command or constant"),
                    );
                    return None;
                }
                if self.prog.method_id(&text).is_some() {
                    self.error(span, format!("cannot assign to `{text}`: it is a project method"));
                    return None;
                }
                Place::Process(self.prog.process_var(&text))
            }
            ExprKind::Member(obj, name) => {
                let key = Text::from(self.text(*name));
                Place::Member(Box::new((self.expr(obj), key)))
            }
            ExprKind::Index(p) => Place::Index(Box::new((self.expr(&p.0), self.expr(&p.1)))),
            ExprKind::Element(p) => Place::Element(Box::new((self.expr(&p.0), self.expr(&p.1)))),
            ExprKind::Char(p) => {
                let base = self.place(&p.0)?;
                Place::Char(Box::new((base, self.expr(&p.1))))
            }
            ExprKind::Deref(p) => Place::Deref(Box::new(self.expr(p))),
            ExprKind::Table => Place::Table(Text::from(self.text(span))),
            _ => {
                self.error(
                    span,
                    "cannot assign to this expression (expected a variable, a property, an element or a pointer)",
                );
                return None;
            }
        })
    }

    // ----- statements ---------------------------------------------------

    pub fn block(&mut self, stmts: &[ast::Stmt]) -> Block {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            if let Some(st) = self.stmt(s) {
                out.push(st);
            }
        }
        out.into_boxed_slice()
    }

    fn declared_slot_type(&self, slot: u32) -> &VarType {
        self.scope.types.get(slot as usize).unwrap_or(&VarType::Variant)
    }

    pub fn stmt(&mut self, s: &ast::Stmt) -> Option<Stmt> {
        let span = s.span;
        let line = self.line(span);
        let kind = match &s.kind {
            StmtKind::Assign(a) => self.assign(a, span)?,
            StmtKind::Expr(e) => self.expr_stmt(e)?,
            StmtKind::Var(v) => self.var_decl(v),
            StmtKind::If(i) => {
                let c = self.expr(&i.cond);
                let t = self.block(&i.then);
                let o = i.otherwise.as_ref().map(|b| self.block(b));
                St::If(Box::new((c, t, o)))
            }
            StmtKind::Case(c) => {
                let branches = c
                    .branches
                    .iter()
                    .map(|(cond, body)| (self.expr(cond), self.block(body)))
                    .collect();
                let o = c.otherwise.as_ref().map(|b| self.block(b));
                St::Case(Box::new(CaseOf { branches, otherwise: o }))
            }
            StmtKind::While(w) => {
                let c = self.expr(&w.0);
                self.loops += 1;
                let b = self.block(&w.1);
                self.loops -= 1;
                St::While(Box::new((c, b)))
            }
            StmtKind::Repeat(r) => {
                self.loops += 1;
                let b = self.block(&r.0);
                self.loops -= 1;
                let c = self.expr(&r.1);
                St::Repeat(Box::new((b, c)))
            }
            StmtKind::For(f) => {
                let var = self.place(&f.var)?;
                let local = match &var {
                    Place::Local(s) => Some((*s, self.declared_slot_type(*s).clone())),
                    _ => None,
                };
                let start = self.expr(&f.start);
                let end = self.expr(&f.end);
                let step = f.step.as_ref().map(|e| self.expr(e));
                self.loops += 1;
                let body = self.block(&f.body);
                self.loops -= 1;
                St::For(Box::new(ForLoop {
                    var,
                    start,
                    end,
                    step,
                    body,
                    local,
                }))
            }
            StmtKind::ForEach(f) => {
                let var = self.place(&f.var)?;
                let source = self.expr(&f.source);
                let begin = f.begin.as_ref().map(|e| self.expr(e));
                let end = f.end.as_ref().map(|e| self.expr(e));
                let until = f.until.as_ref().map(|e| self.expr(e));
                let while_ = f.while_.as_ref().map(|e| self.expr(e));
                self.loops += 1;
                let body = self.block(&f.body);
                self.loops -= 1;
                St::ForEach(Box::new(ForEachLoop {
                    var,
                    source,
                    begin,
                    end,
                    until,
                    while_,
                    body,
                    span,
                }))
            }
            StmtKind::Use(u) => {
                let t = self.expr(&u.0);
                let b = self.block(&u.1);
                St::Use(Box::new((t, b)))
            }
            StmtKind::Try(t) => {
                let b = self.block(&t.body);
                let c = t.catch.as_ref().map(|c| self.block(c));
                St::Try(Box::new((b, c)))
            }
            StmtKind::Break | StmtKind::Continue => {
                if self.loops == 0 {
                    let what = if matches!(s.kind, StmtKind::Break) {
                        "break"
                    } else {
                        "continue"
                    };
                    self.error(span, format!("`{what}` outside a loop"));
                    return None;
                }
                if matches!(s.kind, StmtKind::Break) {
                    St::Break
                } else {
                    St::Continue
                }
            }
            StmtKind::Return(e) => St::Return(e.as_ref().map(|e| self.expr(e))),
            StmtKind::Sql => St::Expr(Ex::Fail(Box::new((
                FailKind::NotImplemented(catalog::command_by_name("Begin SQL").unwrap_or(0)),
                span,
            )))),
        };
        Some(Stmt { kind, span, line })
    }

    fn assign(&mut self, a: &ast::Assign, span: Span) -> Option<St> {
        let _ = span;
        if let Some(op) = a.op {
            let place = self.place(&a.target)?;
            let value = self.expr(&a.value);
            return Some(St::Compound(Box::new((place, op.binop(), value))));
        }
        let place = self.place(&a.target)?;
        // `$t:=$t+a+b…` appends in place.
        if let Place::Local(slot) = place
            && matches!(self.declared_slot_type(slot), VarType::Text | VarType::Variant)
        {
            let mut pieces = Vec::new();
            let mut e = &a.value;
            while let ExprKind::Binary(BinOp::Add, lr) = &e.kind {
                pieces.push(&lr.1);
                e = &lr.0;
            }
            if !pieces.is_empty()
                && let ExprKind::Local = e.kind
                && self.scope.get(self.text(e.span).get(1..).unwrap_or("")) == Some(slot)
            {
                let pieces: Box<[Ex]> = pieces.iter().rev().map(|p| self.expr(p)).collect();
                return Some(St::AppendLocal(Box::new((slot, pieces))));
            }
        }
        let mut value = self.expr(&a.value);
        if let Place::Local(slot) = place {
            let ty = self.declared_slot_type(slot).clone();
            // Compiled arithmetic, or a copy of a local (`$r:=$n`).
            let code = match (&ty, &mut value) {
                (VarType::Integer | VarType::Real, Ex::Bin(_, b)) => b.fast.take_arith(),
                (VarType::Integer | VarType::Real, Ex::Local(from)) => Some(crate::runtime::num::local(*from)),
                _ => None,
            };
            if let Some(code) = code {
                let int = ty == VarType::Integer;
                let assign = (slot, ty, value);
                return Some(St::SetNum(Box::new(SetNum {
                    code,
                    slot,
                    int,
                    assign,
                })));
            }
            if ty != VarType::Variant {
                return Some(St::AssignTyped(Box::new((slot, ty, value))));
            }
        }
        Some(St::Assign(Box::new((place, value))))
    }

    fn expr_stmt(&mut self, e: &ast::Expr) -> Option<St> {
        // Declarations written as commands: C_TEXT($a; $b)…
        if let ExprKind::Call(call) = &e.kind
            && let ExprKind::Name(n) = call.0.kind
            && let Some(ty) = self.declaration_command(n, call.0.span)
        {
            return Some(self.legacy_declaration(ty, &call.1));
        }
        match &e.kind {
            ExprKind::Call(_) => Some(St::Expr(self.expr(e))),
            ExprKind::Name(n) => {
                let text = self.text(e.span).to_string();
                let x = self.name(*n, e.span, Some(&[]));
                if let Ex::Process(_) = x {
                    self.error(
                        e.span,
                        format!("`{text}` alone does nothing: expected a call or an assignment"),
                    );
                    return None;
                }
                Some(St::Expr(x))
            }
            ExprKind::Member(..) => {
                // `$o.f` alone: 4D evaluates it (a getter may run); keep it.
                Some(St::Expr(self.expr(e)))
            }
            _ => {
                self.error(e.span, "expected a statement: a call or an assignment (`:=`)");
                None
            }
        }
    }

    /// The type a `C_xxx` command declares.
    fn declaration_command(&self, n: NameRef, span: Span) -> Option<VarType> {
        let name = match n {
            NameRef::Command(i) => catalog::command(i)?.name.to_string(),
            NameRef::Plain => self.text(span).to_string(),
            _ => return None,
        };
        let key = name.to_lowercase();
        let key = key.strip_prefix("_o_").unwrap_or(&key);
        Some(match key {
            "c_text" | "c_string" => VarType::Text,
            "c_longint" | "c_integer" => VarType::Integer,
            "c_real" => VarType::Real,
            "c_boolean" => VarType::Boolean,
            "c_date" => VarType::Date,
            "c_time" => VarType::Time,
            "c_object" => VarType::Object,
            "c_collection" => VarType::Collection,
            "c_pointer" => VarType::Pointer,
            "c_picture" => VarType::Picture,
            "c_blob" => VarType::Blob,
            "c_variant" => VarType::Variant,
            "c_graph" => VarType::Integer,
            _ => return None,
        })
    }

    fn legacy_declaration(&mut self, ty: VarType, args: &[ast::Arg]) -> St {
        let mut vars = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let ast::Arg::Expr(e) = a else { continue };
            // `C_STRING(80; $s)`: the length is not a variable.
            if i == 0 && matches!(e.kind, ExprKind::Num(_)) {
                continue;
            }
            let name = self.text(e.span).to_string();
            match &e.kind {
                ExprKind::Local => {
                    let slot = self.local(name.get(1..).unwrap_or(""));
                    if let Some(t) = self.scope.types.get_mut(slot as usize) {
                        *t = ty.clone();
                    }
                    vars.push((VarRef::Local(slot), name));
                }
                ExprKind::Param(0) => {
                    let slot = self.result_slot();
                    if let Some(t) = self.scope.types.get_mut(slot as usize) {
                        *t = ty.clone();
                    }
                    self.scope.result = Some((slot, ty.clone()));
                }
                ExprKind::Param(n) => vars.push((VarRef::Param(*n), name)),
                ExprKind::ParamIndirect(_) => {}
                ExprKind::Interprocess => {
                    if let Ex::Interprocess(i) = self.expr(e) {
                        vars.push((VarRef::Interprocess(i), name));
                    }
                }
                ExprKind::Name(NameRef::Plain) => {
                    vars.push((VarRef::Process(self.prog.process_var(&name)), name));
                }
                _ => self.error(e.span, "a declaration names variables"),
            }
        }
        St::Declare(Box::new(Declaration { vars, ty, init: None }))
    }

    fn var_decl(&mut self, v: &ast::VarDecl) -> St {
        let mut ty = self.var_type(&v.ty);
        let init = v.init.as_ref().map(|e| self.expr(e));
        if v.ty.is_none()
            && let Some(e) = &v.init
        {
            ty = infer_type(&e.kind);
        }
        let mut vars = Vec::new();
        for span in &v.names {
            let text = self.text(*span).to_string();
            // `var ${1} : Real`: like `C_REAL(${1})`, nothing to declare.
            if text.starts_with("${") {
                continue;
            }
            // `var $0 : Object`, `var $1 : Text`: old-style parameters typed with `var`.
            if let Some(n) = text.strip_prefix('$').and_then(|d| d.parse::<u32>().ok()) {
                if n == 0 {
                    let slot = self.result_slot();
                    if let Some(t) = self.scope.types.get_mut(slot as usize) {
                        *t = ty.clone();
                    }
                    self.scope.result = Some((slot, ty.clone()));
                } else {
                    vars.push((VarRef::Param(n), text));
                }
            } else if let Some(name) = text.strip_prefix('$') {
                let slot = self.local(name);
                if let Some(t) = self.scope.types.get_mut(slot as usize) {
                    *t = ty.clone();
                }
                vars.push((VarRef::Local(slot), text));
            } else if text.starts_with("<>") || text.starts_with('◊') {
                self.error(*span, "`var` cannot declare interprocess variables (use C_xxx)");
            } else {
                vars.push((VarRef::Process(self.prog.process_var(&text)), text));
            }
        }
        St::Declare(Box::new(Declaration { vars, ty, init }))
    }

    /// Builds the code of a body.
    pub fn finish(
        &mut self,
        params: Vec<ParamSpec>,
        variadic: Option<VarType>,
        body: Vec<Stmt>,
        declared: bool,
        name: String,
    ) -> Code {
        Code {
            name,
            params,
            variadic,
            result: self.scope.result.clone(),
            slot_types: self.scope.types.clone(),
            slot_names: self.scope.names.clone(),
            body: body.into_boxed_slice(),
            declared,
            source: self.sid,
        }
    }

    pub fn set_in_class(&mut self, v: bool) {
        self.in_class = v;
    }
}

/// The type `var $x:=expr` infers (numbers are Real, never Integer).
fn infer_type(e: &ExprKind) -> VarType {
    match e {
        ExprKind::Num(_) => VarType::Real,
        ExprKind::Str => VarType::Text,
        ExprKind::Date(_) => VarType::Date,
        ExprKind::Time(_) => VarType::Time,
        ExprKind::Object(_) => VarType::Object,
        ExprKind::Collection(_) => VarType::Collection,
        ExprKind::Neg(i) => infer_type(&i.kind),
        _ => VarType::Variant,
    }
}
