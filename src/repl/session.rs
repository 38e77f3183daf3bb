//! A REPL session, independent of the terminal (tested in-process): one
//! process and session that live until exit, locals that persist between
//! inputs, meta-commands, completion candidates.

use std::path::Path;
use std::sync::Arc;

use crate::diagnostics::{ColorChoice, Diagnostic, render};
use crate::runtime::error::ErrorKind;
use crate::runtime::interp::Interp;
use crate::runtime::process::kind;
use crate::runtime::program::Program;
use crate::runtime::rt::{Output, Runtime};
use crate::runtime::value::{Value, display};
use crate::sema::Scope;
use crate::sema::ir::Code;

/// What the REPL answers to an input.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The input is not finished (an open block): read another line.
    Incomplete,
    /// Nothing to show.
    Nothing,
    /// The value of an expression, in 4D's notation.
    Value(String),
    /// Text for the user (meta-commands).
    Info(String),
    /// Diagnostics, rendered.
    Error(String),
    /// `:quit`
    Quit,
}

/// The id of the REPL's persistent frame (pointers to its locals use it).
const FRAME_ID: u64 = 0;

pub struct ReplSession {
    pub rt: Arc<Runtime>,
    interp: Interp,
    scope: Scope,
    inputs: u32,
    pub color: ColorChoice,
}

pub const HELP: &str = "\
Type a 4D statement or expression; an expression's value is shown.
Blocks (If, For, Case of, While, Repeat, Use, Try…) continue on the next lines until closed.
  :help            this help
  :load FILE       run a method file in this process (its locals stay its own)
  :methods PATH    make the .4dm methods of a folder (or a project) callable
  :vars            list the variables and their values
  :reset           forget variables and start a new process state
  :quit            leave (Ctrl-D works too)
Ctrl-C interrupts running code (variables are kept) or clears the line.";

impl ReplSession {
    pub fn new(out: Arc<dyn Output>) -> ReplSession {
        let prog = Arc::new(Program::new(std::env::current_dir().ok()));
        let rt = Runtime::new(prog, out);
        let entry = rt.processes.register("Main process", kind::MAIN, None);
        let interp = Interp::new(rt.clone(), entry);
        ReplSession {
            rt,
            interp,
            scope: Scope::default(),
            inputs: 0,
            color: ColorChoice::Never,
        }
    }

    fn render(&self, diags: &[Diagnostic]) -> String {
        render(&self.rt.prog.sources, diags, self.color)
    }

    /// True when `input` is complete (decided by the parser: an open block or
    /// a continued line at the end of the text is incomplete).
    pub fn is_complete(&self, input: &str) -> bool {
        if input.trim_start().starts_with(':') {
            return true;
        }
        let names = self.rt.prog.project_names.read().clone();
        !crate::syntax::parse(
            input,
            crate::source::SourceId(u32::MAX - 1),
            crate::syntax::FileKind::Method,
            &names,
        )
        .incomplete
    }

    /// Handles one complete input (several lines for a block).
    pub fn feed(&mut self, input: &str) -> Reply {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Reply::Nothing;
        }
        if let Some(meta) = trimmed.strip_prefix(':') {
            return self.meta(meta);
        }
        self.inputs += 1;
        let sid = self.rt.prog.sources.add(format!("repl:{}", self.inputs), None, input);
        let resolved = crate::sema::resolve_repl(&self.rt.prog, sid, &mut self.scope);
        let input = match resolved {
            Ok(Some(i)) => i,
            Ok(None) => return Reply::Incomplete,
            Err(diags) => return Reply::Error(self.render(&diags)),
        };
        let code = Arc::new(Code {
            name: "REPL".into(),
            params: Vec::new(),
            variadic: None,
            result: None,
            slot_types: self.scope.types.clone(),
            slot_names: self.scope.names.clone(),
            body: input.body.into_boxed_slice(),
            declared: false,
            source: sid,
        });
        self.rt.clear_interrupt();
        let r = self.interp.run_persistent(code, FRAME_ID);
        let interrupted = self.rt.is_interrupted();
        self.rt.clear_interrupt();
        match r {
            Ok(_) => match input.value_slot {
                Some(slot) => {
                    let v = std::mem::take(self.interp.local_mut(slot));
                    if v.is_undefined() && input.hide_undefined {
                        return Reply::Nothing;
                    }
                    Reply::Value(show(&v))
                }
                None => Reply::Nothing,
            },
            Err(e) if e.kind == ErrorKind::Interrupted || interrupted => Reply::Info("interrupted".into()),
            Err(e) if e.kind == ErrorKind::Abort => Reply::Info("aborted".into()),
            Err(e) => {
                let d = crate::runtime::report::diagnostic(&e, None);
                Reply::Error(self.render(&[d]))
            }
        }
    }

    fn meta(&mut self, cmd: &str) -> Reply {
        let (name, arg) = match cmd.split_once(char::is_whitespace) {
            Some((n, a)) => (n, a.trim()),
            None => (cmd, ""),
        };
        match name {
            "help" | "h" | "?" => Reply::Info(HELP.into()),
            "quit" | "q" | "exit" => Reply::Quit,
            "vars" => Reply::Info(
                self.vars()
                    .iter()
                    .map(|(n, v)| format!("{n} = {v}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            "reset" => {
                let out = self.rt.out.clone();
                let prog = self.rt.prog.clone();
                let rt = Runtime::new(prog, out);
                let entry = rt.processes.register("Main process", kind::MAIN, None);
                self.interp = Interp::new(rt.clone(), entry);
                self.rt = rt;
                self.scope = Scope::default();
                Reply::Info("reset: variables forgotten".into())
            }
            "methods" => {
                if arg.is_empty() {
                    return Reply::Error("usage: :methods PATH\n".into());
                }
                let path = Path::new(arg);
                let prog = &self.rt.prog;
                let n = match crate::runner::project_root(path) {
                    Some(root) => {
                        let src = root.join("Project").join("Sources");
                        let m = prog.add_method_folder(&src.join("Methods")).unwrap_or(0);
                        let c = prog.add_class_folder(&src.join("Classes")).unwrap_or(0);
                        m + c
                    }
                    None => {
                        let m = match prog.add_method_folder(path) {
                            Ok(m) => m,
                            Err(e) => return Reply::Error(format!("cannot read {arg}: {e}\n")),
                        };
                        m + prog.add_class_folder(&path.join("Classes")).unwrap_or(0)
                    }
                };
                self.interp.clear_code_cache();
                Reply::Info(format!("{n} methods and classes available"))
            }
            "load" => {
                if arg.is_empty() {
                    return Reply::Error("usage: :load FILE\n".into());
                }
                let path = Path::new(arg);
                let text = match std::fs::read_to_string(path) {
                    Ok(t) => t,
                    Err(e) => return Reply::Error(format!("cannot read {arg}: {e}\n")),
                };
                let name = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("loaded")
                    .to_string();
                let id = self
                    .rt
                    .prog
                    .add_method(&name, crate::runtime::program::MethodSource::Text(text));
                self.interp.clear_code_cache();
                self.rt.clear_interrupt();
                match self.interp.call_method(id, Vec::new(), Default::default()) {
                    Ok(_) => Reply::Nothing,
                    Err(e) => {
                        let load = std::mem::take(&mut *self.rt.prog.load_errors.lock());
                        if !load.is_empty() {
                            return Reply::Error(self.render(&load));
                        }
                        let d = crate::runtime::report::diagnostic(&e, None);
                        Reply::Error(self.render(&[d]))
                    }
                }
            }
            _ => Reply::Error(format!("unknown command :{name} (try :help)\n")),
        }
    }

    /// The REPL's variables (locals, then process variables) with their values.
    pub fn vars(&mut self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (slot, name) in self.scope.names.clone().iter().enumerate() {
            if name == "__value" {
                continue;
            }
            let v = self.interp.local(slot as u32).clone();
            out.push((format!("${name}"), show(&v)));
        }
        let names = self.rt.prog.process_vars.read().names.clone();
        for (i, name) in names.iter().enumerate() {
            let v = self.interp.pvar(i as u32).clone();
            if !v.is_undefined() {
                out.push((name.clone(), show(&v)));
            }
        }
        out
    }

    /// Names of the locals in scope (with `$`).
    pub fn local_names(&self) -> Vec<String> {
        self.scope
            .names
            .iter()
            .filter(|n| *n != "__value")
            .map(|n| format!("${n}"))
            .collect()
    }

    /// The value of a simple variable (for completing its properties).
    pub fn variable_value(&mut self, name: &str) -> Option<Value> {
        if let Some(local) = name.strip_prefix('$') {
            let slot = self.scope.get(local)?;
            return Some(self.interp.local(slot).clone());
        }
        let i = self.rt.prog.process_vars.read().get(name)?;
        Some(self.interp.pvar(i).clone())
    }

    pub fn process_var_names(&self) -> Vec<String> {
        self.rt.prog.process_vars.read().names.clone()
    }
}

/// A value in 4D's notation: texts quoted, objects and collections as JSON,
/// dates and times in their text form.
pub fn show(v: &Value) -> String {
    match v {
        Value::Text(t) => {
            let mut s = String::new();
            crate::runtime::json::quote(t.as_str(), &mut s);
            s
        }
        Value::Undefined => "undefined".into(),
        Value::Date(d) => format!("!{}!", d.iso()),
        Value::Time(t) => format!("?{}?", crate::runtime::date::time_text(*t)),
        Value::Object(_) | Value::SharedObject(_) | Value::Collection(_) | Value::SharedCollection(_) => {
            crate::runtime::json::stringify(v, false)
        }
        Value::Function(f) => format!("[Formula: {}]", f.source()),
        Value::Class(c) => format!("[Class {}]", c.name),
        Value::Array(a) => {
            let a = a.borrow();
            let items: Vec<String> = a.items.iter().skip(1).map(show).collect();
            format!("{} [{}] (current: {})", a.kind.name(), items.join("; "), a.current)
        }
        other => display(other),
    }
}
