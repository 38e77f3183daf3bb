//! The `fourd` command line: `run`, `check`, `test`, `repl`, `commands`.
//! Program output goes to stdout, diagnostics to stderr; exit codes: 0 ok,
//! 1 runtime error, 2 usage, 65 syntax error, 74 unreadable input,
//! 130 interrupted.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::diagnostics::{ColorChoice, render};
use crate::runner::{Exit, Target};
use crate::runtime::rt::{Runtime, StdOutput};

#[derive(Parser, Debug)]
#[command(
    name = "fourd",
    version,
    about = "Run, check and explore 4D code from the command line"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run a method file, a project's method, or method text from stdin (`-`)
    Run {
        /// A `.4dm` file, a project folder (holding `Project/`), its `.4DProject` file, or `-`
        target: String,
        /// The project method to run (required for a project)
        #[arg(long)]
        method: Option<String>,
        /// Accepted for compatibility with benchmark scripts (no effect)
        #[arg(long, hide = true)]
        quiet: bool,
        /// Arguments passed to the method as Text parameters
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Parse and resolve `.4dm` files and folders; report diagnostics
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Run every `*.4dm` that has an expected `.out` beside it and compare
    Test {
        /// A folder or file (default: the current folder)
        path: Option<PathBuf>,
        /// Rewrite the expected files with the actual output
        #[arg(long)]
        bless: bool,
    },
    /// Start the interactive REPL
    Repl,
    /// List the implemented commands: NUMBER<TAB>NAME, sorted by number
    Commands,
}

fn color_for(stream_is_terminal: bool) -> ColorChoice {
    if stream_is_terminal && std::env::var_os("NO_COLOR").is_none() {
        ColorChoice::Always
    } else {
        ColorChoice::Never
    }
}

fn stderr_color() -> ColorChoice {
    color_for(std::io::stderr().is_terminal())
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "fourd: internal error — please report (fourd {}): {info}",
            env!("CARGO_PKG_VERSION")
        );
    }));
}

pub fn main() -> ExitCode {
    install_panic_hook();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        None => {
            if std::io::stdin().is_terminal() {
                crate::repl::main()
            } else {
                // `fourd < file.4dm`: run the text.
                run_command("-".into(), None, Vec::new())
            }
        }
        Some(Command::Run {
            target, method, args, ..
        }) => run_command(target, method, args),
        Some(Command::Check { paths }) => check_command(&paths),
        Some(Command::Test { path, bless }) => crate::repl::test_command(path, bless),
        Some(Command::Repl) => crate::repl::main(),
        Some(Command::Commands) => {
            let mut out = String::new();
            for (number, name) in crate::builtins::implemented() {
                out.push_str(&format!("{number}\t{name}\n"));
            }
            print!("{out}");
            ExitCode::SUCCESS
        }
    }
}

fn run_command(target: String, method: Option<String>, args: Vec<String>) -> ExitCode {
    let target = if target == "-" {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("error: cannot read stdin: {e}");
            return ExitCode::from(Exit::Unreadable.code());
        }
        Target::Text(text, std::env::current_dir().unwrap_or_default())
    } else {
        let path = PathBuf::from(&target);
        if path.is_dir() || path.extension().is_some_and(|x| x.eq_ignore_ascii_case("4DProject")) {
            Target::Project(path)
        } else {
            Target::File(path)
        }
    };
    let (prog, id) = match crate::runner::load(&target, method.as_deref()) {
        Ok(x) => x,
        Err((exit, msg)) => {
            eprintln!("error: {msg}");
            return ExitCode::from(exit.code());
        }
    };
    let rt = Runtime::new(prog, Arc::new(StdOutput));
    *rt.user_param.write() = args.join(" ");
    let rt_int = rt.clone();
    let _ = ctrlc::set_handler(move || rt_int.interrupt());
    let outcome = crate::runner::run(&rt, id, args);
    if !outcome.diagnostics.is_empty() {
        eprint!("{}", render(&rt.prog.sources, &outcome.diagnostics, stderr_color()));
    }
    if outcome.exit == Exit::Interrupted {
        eprintln!("interrupted");
    }
    ExitCode::from(outcome.exit.code())
}

/// Warnings shown per file by `fourd check` (all errors are shown).
const MAX_WARNINGS_SHOWN: usize = 20;

fn check_command(paths: &[PathBuf]) -> ExitCode {
    let files = match crate::check::collect(paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(Exit::Unreadable.code());
        }
    };
    let mut checker = crate::check::Checker::new();
    let (mut errors, mut warnings) = (0, 0);
    let color = stderr_color();
    for f in &files {
        let report = checker.check_file(f);
        if report.has_errors() {
            errors += 1;
        } else if report.has_warnings() {
            warnings += 1;
        }
        if !report.diagnostics.is_empty() {
            // Errors first; a file with very many warnings shows the first ones.
            let (mut shown, warnings): (Vec<_>, Vec<_>) = report.diagnostics.into_iter().partition(|d| d.is_error());
            let room = MAX_WARNINGS_SHOWN.min(warnings.len());
            let hidden = warnings.len() - room;
            shown.extend(warnings.into_iter().take(room));
            let prog = checker.sources_of(f);
            eprint!("{}", render(&prog.sources, &shown, color));
            if hidden > 0 {
                eprintln!("… and {hidden} more warnings in {}", f.display());
            }
        }
    }
    println!(
        "checked {} files: {errors} with errors, {warnings} with warnings",
        files.len()
    );
    if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(Exit::Syntax.code())
    }
}
