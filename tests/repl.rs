//! The REPL's line handling, in-process, and one end-to-end session through
//! a pseudo-terminal.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::sync::Arc;

use fourd::repl::session::{ReplSession, Reply};
use fourd::runtime::rt::BufferOutput;

fn session() -> (ReplSession, Arc<BufferOutput>) {
    let out = Arc::new(BufferOutput::default());
    (ReplSession::new(out.clone()), out)
}

#[test]
fn expressions_show_their_value_in_4d_notation() {
    let (mut s, _) = session();
    assert_eq!(s.feed("1+2*3"), Reply::Value("9".into()));
    assert_eq!(s.feed("\"a\"+\"b\""), Reply::Value("\"ab\"".into()));
    assert_eq!(
        s.feed("{a: 1; b: [1; \"x\"]}"),
        Reply::Value("{\"a\":1,\"b\":[1,\"x\"]}".into())
    );
    assert_eq!(s.feed("!2024-01-31!+1"), Reply::Value("!2024-02-01!".into()));
    assert_eq!(s.feed("?01:00:00?+?00:30:00?"), Reply::Value("?01:30:00?".into()));
    assert_eq!(s.feed("True & False"), Reply::Value("False".into()));
}

#[test]
fn variables_persist_between_lines() {
    let (mut s, _) = session();
    assert_eq!(s.feed("var $x : Integer"), Reply::Nothing);
    assert_eq!(s.feed("$x:=41"), Reply::Nothing);
    assert_eq!(s.feed("$x+1"), Reply::Value("42".into()));
    assert_eq!(s.feed("vProcess:=\"p\""), Reply::Nothing);
    assert_eq!(s.feed("vProcess"), Reply::Value("\"p\"".into()));
    let vars = s.vars();
    assert!(vars.contains(&("$x".to_string(), "41".to_string())), "{vars:?}");
}

#[test]
fn blocks_continue_until_closed_decided_by_the_parser() {
    let (mut s, _) = session();
    assert!(!s.is_complete("For ($i; 1; 3)"));
    assert!(!s.is_complete("For ($i; 1; 3)\n$t:=$t+String($i)"));
    assert!(s.is_complete("For ($i; 1; 3)\n$t:=$t+String($i)\nEnd for"));
    assert!(!s.is_complete("If (True)\nCase of\n: (False)\nEnd case"));
    assert!(!s.is_complete("$a:=1+\\"));
    assert_eq!(
        s.feed("$t:=\"\"\nFor ($i; 1; 3)\n$t:=$t+String($i)\nEnd for"),
        Reply::Nothing
    );
    assert_eq!(s.feed("$t"), Reply::Value("\"123\"".into()));
}

#[test]
fn errors_never_end_the_session() {
    let (mut s, _) = session();
    assert!(matches!(s.feed("\"a\"+1"), Reply::Error(_)));
    assert!(matches!(s.feed("If ("), Reply::Error(_) | Reply::Incomplete));
    assert_eq!(s.feed("2"), Reply::Value("2".into()));
}

#[test]
fn output_goes_to_the_sink_and_session_storage_lives_until_exit() {
    let (mut s, out) = session();
    s.feed("LOG EVENT(Into system standard outputs; \"hi\")");
    assert_eq!(out.out.lock().as_str(), "hi");
    s.feed("Use (Session.storage)\nSession.storage.kept:=New shared object(\"v\"; 1)\nEnd use");
    assert_eq!(s.feed("Session.storage.kept.v"), Reply::Value("1".into()));
}

#[test]
fn meta_commands() {
    let (mut s, _) = session();
    assert!(matches!(s.feed(":help"), Reply::Info(h) if h.contains(":load")));
    assert_eq!(s.feed(":quit"), Reply::Quit);
    s.feed("$y:=1");
    assert!(matches!(s.feed(":reset"), Reply::Info(_)));
    assert_eq!(s.feed("Undefined($y)"), Reply::Value("True".into()));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("double.4dm"), "#DECLARE($n : Real) : Real\nreturn $n*2").unwrap();
    let r = s.feed(&format!(":methods {}", dir.path().display()));
    assert!(matches!(r, Reply::Info(_)), "{r:?}");
    assert_eq!(s.feed("double(21)"), Reply::Value("42".into()));
    std::fs::write(dir.path().join("script.4dm"), "vLoaded:=\"yes\"").unwrap();
    assert_eq!(
        s.feed(&format!(":load {}", dir.path().join("script.4dm").display())),
        Reply::Nothing
    );
    assert_eq!(s.feed("vLoaded"), Reply::Value("\"yes\"".into()));
    assert!(matches!(s.feed(":nope"), Reply::Error(_)));
}

#[test]
fn completion_candidates() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let (s, _) = session();
    let session = Rc::new(RefCell::new(s));
    session.borrow_mut().feed("$person:={name: \"Ann\"; age: 41}");
    let h = fourd::repl::helper::ReplHelper {
        session: session.clone(),
        color: false,
    };
    let (_, c) = h.candidates("New sha", 7);
    assert!(c.contains(&"New shared object".to_string()), "{c:?}");
    let (_, c) = h.candidates("x:=$per", 7);
    assert_eq!(c, vec!["$person".to_string()]);
    let (start, c) = h.candidates("$person.na", 10);
    assert_eq!((start, c), (8, vec!["name".to_string()]));
    let (_, c) = h.candidates("LOG EVENT(Into sys", 18);
    assert!(c.contains(&"Into system standard outputs".to_string()), "{c:?}");
}

/// Drives the real binary through a pseudo-terminal: a multi-line loop,
/// inspecting an object, interrupting `While (True)` with Ctrl-C, and the
/// variables surviving it.
#[test]
fn end_to_end_through_a_terminal() {
    let exe = env!("CARGO_BIN_EXE_fourd");
    let home = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(exe);
    cmd.arg("repl")
        .env("NO_COLOR", "1")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path());
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("4D> ").unwrap();
    p.send_line("var $total : Integer").unwrap();
    p.exp_string("4D> ").unwrap();
    p.send_line("For ($i; 1; 4)").unwrap();
    p.send_line("$total:=$total+$i").unwrap();
    p.send_line("End for").unwrap();
    p.exp_string("4D> ").unwrap();
    p.send_line("$total").unwrap();
    p.exp_string("10").unwrap();
    p.send_line("$o:={name: \"Ann\"}").unwrap();
    p.send_line("$o").unwrap();
    p.exp_string("{\"name\":\"Ann\"}").unwrap();
    // The loop announces itself, so Ctrl-C is sent once it runs (not
    // while the line is still being read, on a loaded machine).
    p.send_line("If (True)").unwrap();
    p.send_line("ALERT(\"looping\")").unwrap();
    p.send_line("While (True)").unwrap();
    p.send_line("End while").unwrap();
    p.send_line("End if").unwrap();
    p.exp_string("ALERT: looping").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    p.send_control('c').unwrap();
    p.exp_string("interrupted").unwrap();
    p.send_line("$total*2").unwrap();
    p.exp_string("20").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}
