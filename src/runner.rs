//! Loading a method file or a 4D project into a program and running it the
//! way tool4d runs a startup method: in the main process (on a thread with a
//! large stack), then waiting for the processes it started.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::Diagnostic;
use crate::runtime::error::ErrorKind;
use crate::runtime::interp::Interp;
use crate::runtime::process::{STACK_SIZE, kind};
use crate::runtime::program::{MethodSource, Program};
use crate::runtime::rt::{Output, Runtime};
use crate::runtime::value::Value;
use crate::sema::ir::MethodId;

/// What to run.
#[derive(Debug, Clone)]
pub enum Target {
    /// A method file (other `.4dm` files beside it are its methods).
    File(PathBuf),
    /// A project folder (holding `Project/`) or its `.4DProject` file.
    Project(PathBuf),
    /// Method text (from stdin); methods are those of the current folder.
    Text(String, PathBuf),
}

/// How a run ended (maps to the exit code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok,
    RuntimeError,
    Usage,
    Syntax,
    Unreadable,
    Interrupted,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::RuntimeError => 1,
            Exit::Usage => 2,
            Exit::Syntax => 65,
            Exit::Unreadable => 74,
            Exit::Interrupted => 130,
        }
    }
}

#[derive(Debug)]
pub struct Outcome {
    pub exit: Exit,
    /// Diagnostics to print (errors of the main process, syntax errors).
    pub diagnostics: Vec<Diagnostic>,
}

/// The folder holding `Project/` above `path`, if any.
pub fn project_root(path: &Path) -> Option<PathBuf> {
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let path = abs.as_path();
    let mut p = if path.is_dir() { Some(path) } else { path.parent() };
    while let Some(dir) = p {
        if dir.file_name().is_some_and(|n| n == "Project") && dir.join("Sources").is_dir() {
            return dir.parent().map(Path::to_path_buf);
        }
        if dir.join("Project").join("Sources").is_dir() {
            return Some(dir.to_path_buf());
        }
        p = dir.parent();
    }
    None
}

/// Table names in the project's catalog (for reading `[Table]`).
fn catalog_tables(root: &Path) -> Vec<String> {
    let Ok(xml) = std::fs::read_to_string(root.join("Project").join("Sources").join("catalog.4DCatalog")) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for part in xml.split("<table ").skip(1) {
        if let Some(rest) = part.split("name=\"").nth(1)
            && let Some(name) = rest.split('"').next()
        {
            out.push(name.to_string());
        }
    }
    out
}

/// Builds the program of a project folder.
pub fn load_project(root: &Path) -> Program {
    let mut prog = Program::new(Some(root.to_path_buf()));
    prog.tables = catalog_tables(root);
    let sources = root.join("Project").join("Sources");
    let _ = prog.add_method_folder(&sources.join("Methods"));
    let _ = prog.add_class_folder(&sources.join("Classes"));
    prog
}

/// Builds the program around a method file: its project if it is inside one,
/// else the `.4dm` files beside it (and a `Classes/` folder beside it).
pub fn load_around(file: &Path) -> Program {
    if let Some(root) = project_root(file) {
        return load_project(&root);
    }
    let dir = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let prog = Program::new(Some(dir.clone()));
    let _ = prog.add_method_folder(&dir);
    let _ = prog.add_class_folder(&dir.join("Classes"));
    prog
}

/// Loads the program and finds the method to start.
pub fn load(target: &Target, method: Option<&str>) -> Result<(Arc<Program>, MethodId), (Exit, String)> {
    match target {
        Target::File(path) => {
            if let Err(e) = std::fs::metadata(path).and_then(|m| {
                if m.is_file() {
                    Ok(())
                } else {
                    Err(std::io::Error::other("not a file"))
                }
            }) {
                return Err((Exit::Unreadable, format!("cannot read {}: {e}", path.display())));
            }
            if let Err(e) = std::fs::read(path) {
                return Err((Exit::Unreadable, format!("cannot read {}: {e}", path.display())));
            }
            let prog = load_around(path);
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("main").to_string();
            let id = match prog.method_id(&stem) {
                Some(id) => id,
                None => prog.add_method(&stem, MethodSource::File(path.clone())),
            };
            let id = match method {
                Some(m) => prog
                    .method_id(m)
                    .ok_or((Exit::Usage, format!("no method named `{m}`")))?,
                None => id,
            };
            Ok((Arc::new(prog), id))
        }
        Target::Project(path) => {
            let root = if path.is_file() {
                // `…/Project/Name.4DProject`
                path.parent()
                    .and_then(Path::parent)
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| path.clone())
            } else {
                path.clone()
            };
            if !root.join("Project").is_dir() {
                return Err((
                    Exit::Unreadable,
                    format!("{} is not a 4D project folder (no Project/ inside)", root.display()),
                ));
            }
            let prog = load_project(&root);
            let Some(m) = method else {
                return Err((Exit::Usage, "running a project needs --method NAME".into()));
            };
            let id = prog
                .method_id(m)
                .ok_or((Exit::Usage, format!("the project has no method named `{m}`")))?;
            Ok((Arc::new(prog), id))
        }
        Target::Text(text, dir) => {
            let prog = Program::new(Some(dir.clone()));
            let _ = prog.add_method_folder(dir);
            let _ = prog.add_class_folder(&dir.join("Classes"));
            let id = prog.add_method("main", MethodSource::Text(text.clone()));
            Ok((Arc::new(prog), id))
        }
    }
}

/// Runs method `id` as the main process with text arguments; waits for the
/// processes it starts; reports what went wrong.
pub fn run(rt: &Arc<Runtime>, id: MethodId, args: Vec<String>) -> Outcome {
    let rt2 = rt.clone();
    let handle = std::thread::Builder::new()
        .name("4d:main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let mailbox = Arc::new(crate::runtime::process::Mailbox::default());
            let entry = rt2.processes.register("Main process", kind::MAIN, Some(mailbox));
            let mut interp = Interp::new(rt2.clone(), entry.clone());
            let args = args.into_iter().map(Value::text).collect();
            let r = interp.call_method(id, args, Default::default());
            interp.release_uses(0);
            // The run ends when every process it started has finished; the
            // main process still answers requests for its variables.
            // It also runs the messages other processes send it.
            loop {
                let mut stop = || {
                    interp.serve_requests();
                    crate::runtime::process::run_main_messages(&mut interp);
                    rt2.is_interrupted()
                };
                rt2.processes.wait_all(entry.id, &mut stop);
                if rt2.is_interrupted() || !crate::runtime::process::run_main_messages(&mut interp) {
                    break;
                }
            }
            rt2.shut_down();
            rt2.processes.finished(&entry);
            r.err()
        });
    let main_error = match handle {
        Ok(h) => match h.join() {
            Ok(e) => e,
            Err(_) => {
                return Outcome {
                    exit: Exit::RuntimeError,
                    diagnostics: vec![Diagnostic::error(Default::default(), "internal error — please report")],
                };
            }
        },
        Err(e) => {
            return Outcome {
                exit: Exit::RuntimeError,
                diagnostics: vec![Diagnostic::error(
                    Default::default(),
                    format!("cannot start the main process: {e}"),
                )],
            };
        }
    };
    let load_errors = std::mem::take(&mut *rt.prog.load_errors.lock());
    if !load_errors.is_empty() {
        let mut diags = load_errors;
        diags.dedup_by(|a, b| a.message == b.message && a.span == b.span);
        return Outcome {
            exit: Exit::Syntax,
            diagnostics: diags,
        };
    }
    if let Some(e) = main_error {
        let exit = match e.kind {
            ErrorKind::Interrupted => Exit::Interrupted,
            _ => Exit::RuntimeError,
        };
        if e.kind == ErrorKind::Abort {
            return Outcome {
                exit: Exit::RuntimeError,
                diagnostics: Vec::new(),
            };
        }
        let d = crate::runtime::report::diagnostic(&e, None);
        return Outcome {
            exit,
            diagnostics: if exit == Exit::Interrupted { Vec::new() } else { vec![d] },
        };
    }
    if rt.is_interrupted() {
        return Outcome {
            exit: Exit::Interrupted,
            diagnostics: Vec::new(),
        };
    }
    if !rt.process_errors.lock().is_empty() {
        return Outcome {
            exit: Exit::RuntimeError,
            diagnostics: Vec::new(),
        };
    }
    Outcome {
        exit: Exit::Ok,
        diagnostics: Vec::new(),
    }
}

/// Loads and runs a target, writing program output to `out`.
pub fn run_target(
    target: &Target,
    method: Option<&str>,
    args: Vec<String>,
    out: Arc<dyn Output>,
) -> (Arc<Runtime>, Outcome) {
    match load(target, method) {
        Ok((prog, id)) => {
            let rt = Runtime::new(prog, out);
            let outcome = run(&rt, id, args);
            (rt, outcome)
        }
        Err((exit, msg)) => {
            let rt = Runtime::new(Arc::new(Program::new(None)), out);
            (
                rt,
                Outcome {
                    exit,
                    diagnostics: vec![Diagnostic::error(Default::default(), msg)],
                },
            )
        }
    }
}
