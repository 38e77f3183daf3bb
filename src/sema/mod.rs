//! From syntax tree to resolved code: methods, classes, and code parsed at
//! run time (formulas, `EXECUTE FORMULA`, REPL lines).

pub mod ir;
pub mod resolve;

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::diagnostics::Diagnostic;
use crate::runtime::class::{ClassDef, PropertyDecl};
use crate::runtime::program::Program;
use crate::source::SourceId;
use crate::syntax::ast::{Accessor, ClassAst, MethodAst, Unit};
use crate::syntax::{FileKind, parse};
use ir::{Code, Place, St, Stmt, VarType};
pub use resolve::{Resolver, Scope};

fn parse_source(
    prog: &Arc<Program>,
    sid: SourceId,
    kind: FileKind,
) -> Result<(Unit, Vec<Diagnostic>), Vec<Diagnostic>> {
    let Some(file) = prog.sources.get(sid) else {
        return Err(Vec::new());
    };
    let names = prog.project_names.read().clone();
    let parsed = parse(&file.text, sid, kind, &names);
    if parsed.has_errors() {
        return Err(parsed.diagnostics);
    }
    Ok((parsed.unit, parsed.diagnostics))
}

/// Resolves a method's body. Returns the code and its warnings, or every error.
pub fn resolve_method(
    prog: &Arc<Program>,
    sid: SourceId,
    name: &str,
) -> Result<(Code, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (unit, mut warnings) = parse_source(prog, sid, FileKind::Method)?;
    let Unit::Method(m) = unit else {
        return Err(Vec::new());
    };
    let mut r = Resolver::new(prog, sid, name).ok_or_else(Vec::new)?;
    let code = method_code(&mut r, &m, name);
    if r.has_errors() {
        return Err(r.diags);
    }
    warnings.append(&mut r.diags);
    Ok((code, warnings))
}

pub fn method_code(r: &mut Resolver<'_>, m: &MethodAst, name: &str) -> Code {
    let (params, variadic) = match &m.declare {
        Some((sig, _)) => r.declare_signature(sig),
        None => (Vec::new(), None),
    };
    let body = r.block(&m.body).into_vec();
    r.finish(params, variadic, body, m.declare.is_some(), name.to_string())
}

/// Resolves a class file into its definition (its superclass loaded first).
/// Returns the definition and its warnings, or every error.
pub fn resolve_class(
    prog: &Arc<Program>,
    sid: SourceId,
    name: &str,
) -> Result<(ClassDef, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (unit, parse_warnings) = parse_source(prog, sid, FileKind::Class)?;
    let class = match unit {
        Unit::Class(c) => c,
        Unit::Method(_) => ClassAst::default(),
    };
    let mut diags = parse_warnings;
    let mut missing_superclass = None;
    let superclass = match &class.extends {
        None => Some(prog.builtin(crate::runtime::class::BuiltinClass::Object)),
        Some((path, span)) => {
            let (four_d, cname) = match path.as_slice() {
                [one] => (false, one.clone()),
                [first, second] if first == "4D" => (true, second.clone()),
                [first, second] if first == "cs" => (false, second.clone()),
                _ => (false, path.join(".")),
            };
            if four_d {
                match prog.builtin_class(&cname) {
                    Some(c) => Some(c),
                    None => {
                        diags.push(Diagnostic::error(*span, format!("unknown class `4D.{cname}`")));
                        None
                    }
                }
            } else if cname == name {
                diags.push(Diagnostic::error(*span, format!("class `{name}` cannot extend itself")));
                None
            } else {
                match prog.class(&cname) {
                    Some(Ok(c)) => Some(c),
                    Some(Err(mut d)) => {
                        diags.append(&mut d);
                        diags.push(Diagnostic::error(*span, format!("class `{cname}` could not be loaded")));
                        None
                    }
                    // Often a component's class: a warning, and an error
                    // only when the class is instantiated.
                    None => {
                        // ORDA's classes (`Class extends Entity`) are 4D's own:
                        // no warning, they only fail when instantiated here.
                        const ORDA: &[&str] = &["DataStoreImplementation", "DataClass", "Entity", "EntitySelection"];
                        if !ORDA.iter().any(|o| o.eq_ignore_ascii_case(&cname)) {
                            diags.push(Diagnostic::warning(
                                *span,
                                format!("unknown class `{cname}` in `Class extends` (a component's class?)"),
                            ));
                        }
                        missing_superclass = Some(cname);
                        Some(prog.builtin(crate::runtime::class::BuiltinClass::Object))
                    }
                }
            }
        }
    };
    let mut def = ClassDef {
        name: name.to_string(),
        superclass,
        missing_superclass,
        ..ClassDef::default()
    };
    let resolve_fn = |f: &crate::syntax::ast::FunctionAst, diags: &mut Vec<Diagnostic>| -> Option<Arc<Code>> {
        let mut r = Resolver::new(prog, sid, name)?;
        r.set_in_class(true);
        let (params, variadic) = r.declare_signature(&f.sig);
        let body = r.block(&f.body).into_vec();
        let fname = if f.name == "constructor" {
            format!("{name}:constructor")
        } else {
            format!("{name}.{}", f.name)
        };
        let code = r.finish(params, variadic, body, true, fname);
        diags.append(&mut r.diags);
        Some(Arc::new(code))
    };
    if let Some(ctor) = &class.constructor {
        def.constructor = resolve_fn(ctor, &mut diags);
        def.shared = ctor.modifiers.shared || ctor.modifiers.session;
        def.singleton = ctor.modifiers.singleton || ctor.modifiers.session;
        def.session_singleton = ctor.modifiers.session;
    }
    if let Some(sup) = &def.superclass
        && sup.shared
        && !def.shared
        && class.constructor.is_some()
    {
        // A shared class cannot be extended by a non-shared one.
    }
    let mut seen: FxHashMap<String, ()> = FxHashMap::default();
    for f in &class.functions {
        let Some(code) = resolve_fn(f, &mut diags) else {
            continue;
        };
        let key = match f.accessor {
            Accessor::Get => format!("get {}", f.name),
            Accessor::Set => format!("set {}", f.name),
            // ORDA's `Function query x`, `Function orderBy x` and `Function
            // event …` belong to an attribute (one of each may exist) and are
            // called by ORDA only: checked, not kept.
            Accessor::Orda => continue,
            Accessor::Plain => f.name.clone(),
        };
        if seen.insert(key, ()).is_some() {
            diags.push(Diagnostic::error(
                f.span,
                format!("function `{}` is defined twice", f.name),
            ));
        }
        match f.accessor {
            Accessor::Get => {
                def.getters.insert(f.name.clone(), code);
            }
            Accessor::Set => {
                def.setters.insert(f.name.clone(), code);
            }
            Accessor::Plain | Accessor::Orda => {
                if f.modifiers.shared {
                    def.shared_functions.push(f.name.clone());
                }
                def.functions.insert(f.name.clone(), code);
            }
        }
    }
    // Declared properties, and one code that sets the initialized ones on `This`.
    if let Some(mut r) = Resolver::new(prog, sid, name) {
        r.set_in_class(true);
        let mut body = Vec::new();
        for p in &class.properties {
            let ty = r.var_type(&p.ty);
            for (pname, _) in &p.names {
                def.properties.push(PropertyDecl {
                    name: pname.clone(),
                    ty: Some(ty.clone()),
                });
            }
            if let (Some(init), Some((pname, pspan))) = (&p.init, p.names.first()) {
                let mut value = r.expr(init);
                if def.shared {
                    value = ir::Ex::Builtin(Box::new(ir::BuiltinCall {
                        builtin: crate::builtins::shared_init(),
                        args: vec![ir::Arg::Ex(value)].into_boxed_slice(),
                        span: init.span,
                    }));
                }
                let line = prog.sources.get(sid).map(|f| f.line_of(pspan.start)).unwrap_or(0);
                body.push(Stmt {
                    kind: St::Assign(Box::new((
                        Place::Member(Box::new((
                            ir::Ex::This,
                            crate::runtime::text::Text::from(pname.as_str()),
                        ))),
                        value,
                    ))),
                    span: p.span,
                    line,
                });
            }
        }
        if !body.is_empty() {
            def.initializer = Some(Arc::new(r.finish(
                Vec::new(),
                None,
                body,
                true,
                format!("{name}.property"),
            )));
        }
        diags.append(&mut r.diags);
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    Ok((def, diags))
}

/// The result of resolving run-time code: its statements (None on errors),
/// the scope to keep, diagnostics, and whether more input could complete it.
pub struct Snippet {
    pub body: Option<Vec<Stmt>>,
    pub scope: Scope,
    pub diagnostics: Vec<Diagnostic>,
    pub incomplete: bool,
}

/// Resolves code parsed at run time (`EXECUTE FORMULA`, `Formula from
/// string`, a REPL line) in an existing scope.
pub fn resolve_snippet(prog: &Arc<Program>, sid: SourceId, scope: Scope, name: &str) -> Snippet {
    let fail = |scope, diagnostics, incomplete| Snippet {
        body: None,
        scope,
        diagnostics,
        incomplete,
    };
    let Some(file) = prog.sources.get(sid) else {
        return fail(scope, Vec::new(), false);
    };
    let names = prog.project_names.read().clone();
    let parsed = parse(&file.text, sid, FileKind::Method, &names);
    if parsed.has_errors() {
        return fail(scope, parsed.diagnostics, parsed.incomplete);
    }
    let Unit::Method(m) = parsed.unit else {
        return fail(scope, parsed.diagnostics, false);
    };
    let Some(mut r) = Resolver::new(prog, sid, name) else {
        return fail(scope, Vec::new(), false);
    };
    r.scope = scope;
    let body = r.block(&m.body).into_vec();
    let scope = std::mem::take(&mut r.scope);
    if r.has_errors() {
        return fail(scope, r.diags, false);
    }
    Snippet {
        body: Some(body),
        scope,
        diagnostics: r.diags,
        incomplete: parsed.incomplete,
    }
}

/// The declared type names a `VarType` accepts (for messages).
pub fn type_name(t: &VarType) -> String {
    t.name()
}

/// Resolves the text of a formula (`Formula from string`, `EXECUTE FORMULA`).
pub fn resolve_formula_text(prog: &Arc<Program>, sid: SourceId) -> Result<Arc<ir::FormulaCode>, Vec<Diagnostic>> {
    let file = prog.sources.get(sid).ok_or_else(Vec::new)?;
    let names = prog.project_names.read().clone();
    let arg = crate::syntax::parse_formula(&file.text, sid, &names)?;
    let mut r = Resolver::new(prog, sid, "Formula").ok_or_else(Vec::new)?;
    let span = crate::source::Span::new(sid, 0, file.text.len() as u32);
    let (code, _) = r.formula_code(&arg, span, false);
    if r.has_errors() {
        return Err(r.diags);
    }
    Ok(code)
}

/// A REPL input, resolved in the session's scope: its statements, and the
/// slot holding its value when the input is an expression.
pub struct ReplInput {
    pub body: Vec<Stmt>,
    pub value_slot: Option<u32>,
    /// A call returning nothing (`ALERT("x")`) shows nothing.
    pub hide_undefined: bool,
}

/// Resolves one REPL input. An expression (or one assignment) is read as a
/// formula; anything else as method statements. `Ok(None)`: the input is
/// incomplete (an open block, a continued line) — read another line.
pub fn resolve_repl(
    prog: &Arc<Program>,
    sid: SourceId,
    scope: &mut Scope,
) -> Result<Option<ReplInput>, Vec<Diagnostic>> {
    let file = prog.sources.get(sid).ok_or_else(Vec::new)?;
    let names = prog.project_names.read().clone();
    let parsed = parse(&file.text, sid, FileKind::Method, &names);
    if parsed.incomplete {
        return Ok(None);
    }
    let single_line = file.text.trim().lines().count() <= 1;
    if single_line && let Ok(crate::syntax::ast::Arg::Expr(e)) = crate::syntax::parse_formula(&file.text, sid, &names) {
        // Every expression's value is shown; calls only when they return something.
        let is_call = matches!(e.kind, crate::syntax::ast::ExprKind::Call(_));
        let mut r = Resolver::new(prog, sid, "REPL").ok_or_else(Vec::new)?;
        r.scope = std::mem::take(scope);
        let x = r.expr(&e);
        let slot = r.scope.slot("__value");
        *scope = std::mem::take(&mut r.scope);
        if r.has_errors() {
            return Err(r.diags);
        }
        let line = 1;
        let kind = St::Assign(Box::new((ir::Place::Local(slot), x)));
        return Ok(Some(ReplInput {
            body: vec![Stmt {
                kind,
                span: e.span,
                line,
            }],
            value_slot: Some(slot),
            hide_undefined: is_call,
        }));
    }
    if parsed.has_errors() {
        return Err(parsed.diagnostics);
    }
    let Unit::Method(m) = parsed.unit else {
        return Err(vec![Diagnostic::error(
            crate::source::Span::new(sid, 0, 0),
            "class definitions go in a class file (Classes/Name.4dm); load its folder with :methods",
        )]);
    };
    let mut r = Resolver::new(prog, sid, "REPL").ok_or_else(Vec::new)?;
    r.scope = std::mem::take(scope);
    let body = r.block(&m.body).into_vec();
    *scope = std::mem::take(&mut r.scope);
    if r.has_errors() {
        return Err(r.diags);
    }
    Ok(Some(ReplInput {
        body,
        value_slot: None,
        hide_undefined: true,
    }))
}

/// Top-level statements handed from the parsing thread to the resolving one
/// at a time: one channel operation per batch, not per statement.
const BATCH: usize = 64;

/// Checks a method file without keeping its tree: each top-level statement
/// is resolved as soon as it is parsed, then dropped (`fourd check` on
/// large files keeps memory small). Returns every diagnostic.
///
/// A large file is parsed by this thread and resolved by a second one, in
/// batches of statements (and lexed by a third: `parse_items`), so that
/// the parts of the work run at once; the diagnostics are the same either
/// way.
pub fn check_method(prog: &Arc<Program>, sid: SourceId, name: &str) -> Vec<Diagnostic> {
    let large = prog
        .sources
        .get(sid)
        .is_some_and(|f| f.text.len() >= crate::syntax::parser::LARGE_FILE);
    check_method_in(prog, sid, name, large)
}

/// `check_method`, resolving in a second thread or not: the diagnostics are
/// the same either way.
fn check_method_in(prog: &Arc<Program>, sid: SourceId, name: &str, pipelined: bool) -> Vec<Diagnostic> {
    use crate::syntax::parser::{TopLevel, parse_streaming};
    let Some(file) = prog.sources.get(sid) else {
        return Vec::new();
    };
    let names = prog.project_names.read().clone();
    let Some(mut r) = Resolver::new(prog, sid, name) else {
        return Vec::new();
    };
    r.compile = false;
    let resolve = |r: &mut Resolver, top: &TopLevel| match top {
        TopLevel::Declare(sig, _) => {
            r.declare_signature(sig);
        }
        TopLevel::Stmt(s) => {
            let _ = r.stmt(s);
        }
    };
    let (mut parsed, mut resolved) = if !pipelined {
        let parsed = parse_streaming(&file.text, sid, &names, &mut |top| resolve(&mut r, &top));
        (parsed, r.diags)
    } else {
        // Bounded: the parser runs at most a few batches ahead. The trees
        // come back to be freed by the thread that allocated them: freed by
        // the resolving thread, they made the two threads wait on each
        // other's allocator arena (0.13 s -> 0.14 s).
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<TopLevel>>(4);
        let (back_tx, back_rx) = std::sync::mpsc::channel::<Vec<TopLevel>>();
        std::thread::scope(|s| {
            let resolver = s.spawn(move || {
                for batch in rx {
                    for top in &batch {
                        resolve(&mut r, top);
                    }
                    let _ = back_tx.send(batch);
                }
                r.diags
            });
            let mut batch = Vec::with_capacity(BATCH);
            let parsed = parse_streaming(&file.text, sid, &names, &mut |top| {
                batch.push(top);
                if batch.len() == BATCH {
                    // A send fails only if the resolver is gone (it panicked;
                    // `join` below reports that).
                    let _ = tx.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)));
                    drop(back_rx.try_iter().collect::<Vec<_>>());
                }
            });
            let _ = tx.send(batch);
            drop(tx);
            let resolved = resolver.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
            (parsed, resolved)
        })
    };
    let mut diags = std::mem::take(&mut parsed.diagnostics);
    diags.append(&mut resolved);
    diags.sort_by_key(|d| d.span.start);
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A large file is resolved in a second thread: the diagnostics (parse
    /// errors, name errors and warnings, in order) are the same as when one
    /// thread does everything.
    #[test]
    fn checking_in_threads_changes_nothing() {
        let mut src = String::from("#DECLARE($n : Integer) -> $r : Text\n");
        for i in 0..1000 {
            src.push_str(&format!(
                "If ($n>{i})\n\t$r:=String($n)+\"{i}\"\n\tunknown_method_{i}($r)\nEnd if\nString:=1\n$bad:=(1+\nALERT:C41(\"x\")\n"
            ));
        }
        assert!(
            src.len() > crate::syntax::parser::LARGE_FILE,
            "large enough for the threads"
        );
        let prog = Arc::new(Program::new(None));
        let sid = prog.sources.add("big.4dm", None, &src);
        let show = |d: Vec<Diagnostic>| d.iter().map(|d| format!("{d:?}")).collect::<Vec<_>>();
        let one = show(check_method_in(&prog, sid, "big", false));
        let threaded = show(check_method_in(&prog, sid, "big", true));
        assert_eq!(
            one.len(),
            3 * 1000,
            "a warning and two errors a part: {:?}",
            one.first()
        );
        assert_eq!(one, threaded);
    }
}
