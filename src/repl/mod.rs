//! The interactive REPL (rustyline: history in the OS data folder, Emacs
//! keys, bracketed paste) and the `fourd test` golden workflow.

pub mod helper;
pub mod session;
pub mod test_cmd;

use std::cell::RefCell;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::Arc;

use rustyline::Editor;
use rustyline::config::{Config, EditMode};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;

use crate::diagnostics::ColorChoice;
use crate::runtime::rt::StdOutput;
use helper::ReplHelper;
use session::{ReplSession, Reply};

pub use test_cmd::test_command;

/// Where the REPL keeps its history (the OS data folder, never the current one).
fn history_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "fourd")?;
    let dir = dirs.data_dir();
    std::fs::create_dir_all(dir).ok()?;
    Some(dir.join("history.txt"))
}

pub fn main() -> ExitCode {
    // Deep 4D recursion needs the large stack every fourd process has.
    let handle = std::thread::Builder::new()
        .name("4d:repl".into())
        .stack_size(crate::runtime::process::STACK_SIZE)
        .spawn(run);
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::from(1),
    }
}

fn run() -> ExitCode {
    let no_color = std::env::var_os("NO_COLOR").is_some();
    let color = std::io::stdout().is_terminal() && !no_color;
    let mut session = ReplSession::new(Arc::new(StdOutput));
    // Diagnostics go to stderr: coloured only when it is a terminal.
    session.color = if std::io::stderr().is_terminal() && !no_color {
        ColorChoice::Always
    } else {
        ColorChoice::Never
    };
    let session = Rc::new(RefCell::new(session));
    // Ctrl-C while code runs interrupts it; at the prompt rustyline reads it.
    let rt = session.borrow().rt.clone();
    let _ = ctrlc::set_handler(move || rt.interrupt());
    let config = Config::builder()
        .edit_mode(EditMode::Emacs)
        .auto_add_history(true)
        .build();
    let mut editor: Editor<ReplHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot start the line editor: {e}");
            return ExitCode::from(1);
        }
    };
    editor.set_helper(Some(ReplHelper {
        session: session.clone(),
        color,
    }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "fourd {} — 4D interpreter. :help for help, Ctrl-D to quit.",
        env!("CARGO_PKG_VERSION")
    );
    loop {
        match editor.readline("4D> ") {
            Ok(input) => {
                let reply = session.borrow_mut().feed(&input);
                match reply {
                    Reply::Quit => break,
                    Reply::Value(v) => println!("{v}"),
                    Reply::Info(t) => println!("{t}"),
                    Reply::Error(e) => eprint!("{e}"),
                    Reply::Nothing | Reply::Incomplete => {}
                }
                // Keep a fresh interrupt flag for the next input.
                session.borrow().rt.clear_interrupt();
            }
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("error: {e}");
                break;
            }
        }
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    ExitCode::SUCCESS
}
