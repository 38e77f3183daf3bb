//! Turning a runtime error into the diagnostic the user reads: 4D code,
//! message, the failing span and the 4D call chain.

use super::error::RuntimeError;
use crate::diagnostics::Diagnostic;

pub fn diagnostic(e: &RuntimeError, process: Option<&str>) -> Diagnostic {
    let mut d = Diagnostic::error(e.span, e.message.clone());
    if e.code != 0 {
        d.code = Some(e.code);
    }
    d.chain = e.chain.clone();
    d.process = process.map(str::to_string);
    if e.component != "4DRT" {
        d.notes.push(format!("component: {}", e.component));
    }
    d
}
