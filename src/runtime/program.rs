//! The program: a project's methods and classes (loaded and resolved on first
//! use), the process and interprocess variable names, and the sources. One
//! program is shared by every process of a run.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use parking_lot::{Mutex, RwLock};
use rustc_hash::FxHashMap;

use super::class::{BuiltinClass, ClassDef, ClassRef};
use super::value::Value;
use crate::diagnostics::Diagnostic;
use crate::sema::ir::{Code, MethodId, VarType};
use crate::source::{SourceId, SourceMap};
use crate::syntax::ProjectNames;

/// Where a method's text comes from.
#[derive(Debug, Clone)]
pub enum MethodSource {
    File(PathBuf),
    Text(String),
}

#[derive(Debug)]
pub struct MethodEntry {
    pub name: String,
    pub source: MethodSource,
    code: OnceLock<Result<Arc<Code>, ()>>,
}

#[derive(Debug)]
pub struct ClassEntry {
    pub name: String,
    pub path: PathBuf,
    def: OnceLock<Result<ClassRef, ()>>,
}

/// 4D's system variables (system-variables.md), typed, with the value a new
/// process starts with. They take the first process-variable indices.
pub const SYSTEM_VARIABLES: &[(&str, VarType)] = &[
    ("OK", VarType::Integer),
    ("Document", VarType::Text),
    ("Error", VarType::Integer),
    ("Error method", VarType::Text),
    ("Error line", VarType::Integer),
    ("Error formula", VarType::Text),
    ("FldDelimit", VarType::Integer),
    ("RecDelimit", VarType::Integer),
    ("KeyCode", VarType::Integer),
    ("Modifiers", VarType::Integer),
    ("MouseDown", VarType::Integer),
    ("MouseX", VarType::Integer),
    ("MouseY", VarType::Integer),
    ("MouseProc", VarType::Integer),
];

/// The value a system variable starts with: the empty value of its type,
/// except the import/export delimiters (tab and carriage return).
pub fn system_variable_start(name: &str, ty: &VarType) -> Value {
    match name {
        "FldDelimit" => Value::Int(9),
        "RecDelimit" => Value::Int(13),
        _ => super::ops::default_of(ty),
    }
}

/// Names of process or interprocess variables, each with a fixed index.
#[derive(Debug, Default)]
pub struct VarNames {
    index: FxHashMap<String, u32>,
    pub names: Vec<String>,
}

impl VarNames {
    pub fn get_or_add(&mut self, name: &str) -> u32 {
        let key = name.to_lowercase();
        if let Some(i) = self.index.get(&key) {
            return *i;
        }
        let i = self.names.len() as u32;
        self.index.insert(key, i);
        self.names.push(name.to_string());
        i
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(&name.to_lowercase()).copied()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[derive(Debug)]
pub struct Program {
    pub sources: SourceMap,
    methods: RwLock<Vec<Arc<MethodEntry>>>,
    method_ids: RwLock<FxHashMap<String, MethodId>>,
    classes: RwLock<FxHashMap<String, Arc<ClassEntry>>>,
    builtin_classes: FxHashMap<&'static str, ClassRef>,
    pub process_vars: RwLock<VarNames>,
    pub inter_vars: RwLock<VarNames>,
    pub project_names: RwLock<ProjectNames>,
    /// The folder that holds `Project/` (or the folder of the main file).
    pub root: Option<PathBuf>,
    /// Syntax and resolve errors found while loading code on demand.
    pub load_errors: Mutex<Vec<Diagnostic>>,
    /// Table names of the project's catalog (no database: only for parsing `[Table]`).
    pub tables: Vec<String>,
}

thread_local! {
    /// Classes being loaded on this thread (to detect `Class extends` cycles).
    static LOADING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Program {
    pub fn new(root: Option<PathBuf>) -> Program {
        let mut builtin_classes = FxHashMap::default();
        for kind in BuiltinClass::ALL {
            builtin_classes.insert(kind.name(), super::class::builtin_class(*kind));
        }
        Program {
            sources: SourceMap::new(),
            methods: RwLock::new(Vec::new()),
            method_ids: RwLock::new(FxHashMap::default()),
            classes: RwLock::new(FxHashMap::default()),
            builtin_classes,
            process_vars: RwLock::new({
                let mut names = VarNames::default();
                for (name, _) in SYSTEM_VARIABLES {
                    names.get_or_add(name);
                }
                names
            }),
            inter_vars: RwLock::new(VarNames::default()),
            project_names: RwLock::new(ProjectNames::new()),
            root,
            load_errors: Mutex::new(Vec::new()),
            tables: Vec::new(),
        }
    }

    /// Adds (or replaces) a method; returns its id.
    pub fn add_method(&self, name: &str, source: MethodSource) -> MethodId {
        let key = name.to_lowercase();
        let entry = Arc::new(MethodEntry {
            name: name.to_string(),
            source,
            code: OnceLock::new(),
        });
        let mut ids = self.method_ids.write();
        let mut methods = self.methods.write();
        self.project_names.write().add(name);
        match ids.get(&key) {
            Some(&id) => {
                if let Some(slot) = methods.get_mut(id as usize) {
                    *slot = entry;
                }
                id
            }
            None => {
                let id = methods.len() as MethodId;
                methods.push(entry);
                ids.insert(key, id);
                id
            }
        }
    }

    /// Every `*.4dm` of a folder becomes a method named after its file.
    pub fn add_method_folder(&self, dir: &Path) -> std::io::Result<usize> {
        let mut n = 0;
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("4dm")))
            .collect();
        entries.sort();
        for path in entries {
            if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                self.add_method(stem, MethodSource::File(path.clone()));
                n += 1;
            }
        }
        Ok(n)
    }

    /// Every `*.4dm` of a folder becomes a class named after its file.
    pub fn add_class_folder(&self, dir: &Path) -> std::io::Result<usize> {
        let mut n = 0;
        for e in std::fs::read_dir(dir)?.flatten() {
            let path = e.path();
            if path.extension().is_some_and(|x| x.eq_ignore_ascii_case("4dm"))
                && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
            {
                self.classes.write().insert(
                    stem.to_string(),
                    Arc::new(ClassEntry {
                        name: stem.to_string(),
                        path: path.clone(),
                        def: OnceLock::new(),
                    }),
                );
                n += 1;
            }
        }
        Ok(n)
    }

    pub fn method_id(&self, name: &str) -> Option<MethodId> {
        crate::syntax::with_lowercase(name, |key| self.method_ids.read().get(key).copied())
    }

    pub fn method_entry(&self, id: MethodId) -> Option<Arc<MethodEntry>> {
        self.methods.read().get(id as usize).cloned()
    }

    pub fn method_names(&self) -> Vec<String> {
        self.methods.read().iter().map(|m| m.name.clone()).collect()
    }

    pub fn class_names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.classes.read().keys().cloned().collect();
        v.sort();
        v
    }

    pub fn has_class(&self, name: &str) -> bool {
        self.classes.read().contains_key(name)
    }

    /// The resolved code of a method (parsed and resolved on first use).
    /// `Err` carries the diagnostics of its syntax errors.
    pub fn method_code(self: &Arc<Self>, id: MethodId) -> Result<Arc<Code>, Vec<Diagnostic>> {
        let Some(entry) = self.method_entry(id) else {
            return Err(Vec::new());
        };
        let mut diags = Vec::new();
        let res = entry.code.get_or_init(|| {
            let (text, path) = match &entry.source {
                MethodSource::File(p) => match std::fs::read(p) {
                    Ok(bytes) => (crate::source::text_of(bytes), Some(p.clone())),
                    Err(e) => {
                        diags.push(Diagnostic::error(
                            Default::default(),
                            format!("cannot read method `{}` ({}): {e}", entry.name, p.display()),
                        ));
                        return Err(());
                    }
                },
                MethodSource::Text(t) => (t.clone(), None),
            };
            let display = path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| entry.name.clone());
            let sid = self.sources.add(display, path.as_deref(), &text);
            match crate::sema::resolve_method(self, sid, &entry.name) {
                Ok((code, warnings)) => {
                    let _ = warnings;
                    Ok(Arc::new(code))
                }
                Err(d) => {
                    diags = d;
                    Err(())
                }
            }
        });
        match res {
            Ok(code) => Ok(code.clone()),
            Err(()) => {
                if !diags.is_empty() {
                    self.load_errors.lock().extend(diags.iter().cloned());
                }
                Err(diags)
            }
        }
    }

    /// The names of the built-in classes (`OB Keys(4D)`), sorted.
    pub fn builtin_class_names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.builtin_classes.keys().map(|k| k.to_string()).collect();
        v.sort();
        v
    }

    /// A built-in class (`4D.File`…).
    pub fn builtin_class(&self, name: &str) -> Option<ClassRef> {
        self.builtin_classes.get(name).cloned()
    }

    pub fn builtin(&self, kind: BuiltinClass) -> ClassRef {
        match self.builtin_classes.get(kind.name()) {
            Some(c) => c.clone(),
            None => Arc::new(ClassDef::builtin(kind, None)),
        }
    }

    /// A user class by name (case-sensitive), loaded on first use.
    pub fn class(self: &Arc<Self>, name: &str) -> Option<Result<ClassRef, Vec<Diagnostic>>> {
        let entry = self.classes.read().get(name).cloned()?;
        let mut diags = Vec::new();
        let cyclic = LOADING.with(|l| l.borrow().iter().any(|n| n == name));
        if cyclic && entry.def.get().is_none() {
            return Some(Err(vec![Diagnostic::error(
                Default::default(),
                format!("class `{name}` extends itself (through `Class extends`)"),
            )]));
        }
        let res = entry.def.get_or_init(|| {
            LOADING.with(|l| l.borrow_mut().push(name.to_string()));
            let out = self.load_class(&entry, &mut diags);
            LOADING.with(|l| {
                l.borrow_mut().pop();
            });
            out
        });
        Some(match res {
            Ok(c) => Ok(c.clone()),
            Err(()) => {
                if !diags.is_empty() {
                    self.load_errors.lock().extend(diags.iter().cloned());
                }
                Err(diags)
            }
        })
    }

    fn load_class(self: &Arc<Self>, entry: &ClassEntry, diags: &mut Vec<Diagnostic>) -> Result<ClassRef, ()> {
        let text = match std::fs::read(&entry.path) {
            Ok(b) => crate::source::text_of(b),
            Err(e) => {
                diags.push(Diagnostic::error(
                    Default::default(),
                    format!("cannot read class `{}` ({}): {e}", entry.name, entry.path.display()),
                ));
                return Err(());
            }
        };
        let sid = self
            .sources
            .add(entry.path.display().to_string(), Some(&entry.path), &text);
        match crate::sema::resolve_class(self, sid, &entry.name) {
            Ok((def, _warnings)) => Ok(Arc::new(def)),
            Err(d) => {
                *diags = d;
                Err(())
            }
        }
    }

    pub fn process_var(&self, name: &str) -> u32 {
        if let Some(i) = self.process_vars.read().get(name) {
            return i;
        }
        self.process_vars.write().get_or_add(name)
    }

    pub fn inter_var(&self, name: &str) -> u32 {
        if let Some(i) = self.inter_vars.read().get(name) {
            return i;
        }
        self.inter_vars.write().get_or_add(name)
    }

    pub fn source_text(&self, sid: SourceId) -> Option<Arc<str>> {
        self.sources.get(sid).map(|f| f.text.clone())
    }
}
