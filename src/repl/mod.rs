//! The interactive REPL and the `fourd test` golden workflow.

use std::path::PathBuf;
use std::process::ExitCode;

pub fn main() -> ExitCode {
    eprintln!("the REPL is not available yet");
    ExitCode::from(2)
}

pub fn test_command(path: Option<PathBuf>, bless: bool) -> ExitCode {
    let _ = (path, bless);
    ExitCode::from(2)
}
