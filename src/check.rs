//! `fourd check`: parses and resolves method and class files, each within
//! its own project (so methods named with spaces are known), and collects
//! their diagnostics.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::Diagnostic;
use crate::runtime::program::Program;

/// The diagnostics of one checked file.
pub struct FileReport {
    pub path: PathBuf,
    pub diagnostics: Vec<Diagnostic>,
}

impl FileReport {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
    pub fn has_warnings(&self) -> bool {
        self.diagnostics.iter().any(|d| !d.is_error())
    }
}

/// Every `*.4dm` under the given files and folders, sorted.
pub fn collect(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out)?;
        } else {
            std::fs::metadata(p)?;
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("4dm")) {
            out.push(p);
        }
    }
    Ok(())
}

/// Checks files; the program of each project (or folder) is built once.
pub struct Checker {
    programs: HashMap<PathBuf, Arc<Program>>,
}

impl Default for Checker {
    fn default() -> Checker {
        Checker::new()
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

impl Checker {
    pub fn new() -> Checker {
        Checker {
            programs: HashMap::new(),
        }
    }

    fn program_for(&mut self, file: &Path) -> Arc<Program> {
        // The absolute path: `E.4dm` given from inside `Classes/` is a class
        // of the enclosing project all the same.
        let file = &absolute(file);
        let key = crate::runner::project_root(file)
            .unwrap_or_else(|| file.parent().map(Path::to_path_buf).unwrap_or_default());
        self.programs
            .entry(key)
            .or_insert_with(|| Arc::new(crate::runner::load_around(file)))
            .clone()
    }

    /// Checks one file: syntax, then names.
    pub fn check_file(&mut self, path: &Path) -> FileReport {
        let prog = self.program_for(path);
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                return FileReport {
                    path: path.to_path_buf(),
                    diagnostics: vec![Diagnostic::error(
                        Default::default(),
                        format!("cannot read {}: {e}", path.display()),
                    )],
                };
            }
        };
        let text = crate::source::text_of(bytes);
        let sid = prog.sources.add(path.display().to_string(), Some(path), &text);
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        let is_class = absolute(path)
            .parent()
            .and_then(|p| p.file_name())
            .is_some_and(|n| n == "Classes");
        let diagnostics = if is_class {
            match crate::sema::resolve_class(&prog, sid, &name) {
                Ok((_, warnings)) => warnings,
                Err(d) => d,
            }
        } else {
            crate::sema::check_method(&prog, sid, &name)
        };
        FileReport {
            path: path.to_path_buf(),
            diagnostics,
        }
    }

    /// The source map holding a checked file (for rendering).
    pub fn sources_of(&mut self, file: &Path) -> Arc<Program> {
        self.program_for(file)
    }
}
