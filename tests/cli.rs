//! The `fourd` command line, tested by spawning the real binary: exit codes,
//! stdout/stderr separation, stdin, `check`, `commands`, `test`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn fourd(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn write(dir: &Path, name: &str, text: &str) {
    if let Some(p) = dir.join(name).parent() {
        std::fs::create_dir_all(p).unwrap();
    }
    std::fs::write(dir.join(name), text).unwrap();
}

const OUT: &str = "#DECLARE($t : Text)\nLOG EVENT(Into system standard outputs; $t+Char(Line feed))\n";

#[test]
fn ok_run_prints_on_stdout_and_exits_0() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "out.4dm", OUT);
    write(
        d.path(),
        "main.4dm",
        "out(\"hello\")\nLOG EVENT(Into system standard outputs; \"warn\\n\"; Error message)\n",
    );
    let o = fourd(&["run", "main.4dm"], d.path());
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "hello\n");
    assert_eq!(String::from_utf8_lossy(&o.stderr), "warn\n");
}

#[test]
fn runtime_error_exits_1_and_keeps_earlier_output() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "out.4dm", OUT);
    write(d.path(), "main.4dm", "out(\"before\")\n$x:=\"a\"+1\nout(\"after\")\n");
    let o = fourd(&["run", "main.4dm"], d.path());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "before\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("error -10510") && err.contains("main (line 2)"), "{err}");
}

#[test]
fn syntax_error_exits_65() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "main.4dm", "If (True\nEnd if\n");
    let o = fourd(&["run", "main.4dm"], d.path());
    assert_eq!(o.status.code(), Some(65));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("expected"));
    // A syntax error in a method called later is also a syntax error.
    write(d.path(), "main.4dm", "helper\n");
    write(d.path(), "helper.4dm", "For ($i; 1\n");
    assert_eq!(fourd(&["run", "main.4dm"], d.path()).status.code(), Some(65));
}

#[test]
fn usage_and_unreadable_input() {
    let d = tempfile::tempdir().unwrap();
    assert_eq!(fourd(&["run"], d.path()).status.code(), Some(2));
    assert_eq!(fourd(&["nonsense"], d.path()).status.code(), Some(2));
    assert_eq!(fourd(&["run", "missing.4dm"], d.path()).status.code(), Some(74));
    assert_eq!(fourd(&["run", "."], d.path()).status.code(), Some(74));
    let help = fourd(&["--help"], d.path());
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("run"));
    let v = fourd(&["--version"], d.path());
    assert!(String::from_utf8_lossy(&v.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn method_text_from_stdin() {
    let d = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(["run", "-"])
        .current_dir(d.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"LOG EVENT(Into system standard outputs; String(6*7))")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "42");
}

#[test]
fn project_method_with_text_arguments() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "App/Project/Sources/Methods/out.4dm", OUT);
    write(
        d.path(),
        "App/Project/Sources/Methods/greet.4dm",
        "#DECLARE($who : Text; $n : Text)\nout(\"hello \"+$who+\" \"+$n+\" \"+String(Count parameters))\n",
    );
    write(d.path(), "App/Project/App.4DProject", "{}");
    let o = fourd(&["run", "App", "--method", "greet", "world", "2"], d.path());
    assert_eq!(String::from_utf8_lossy(&o.stdout), "hello world 2 2\n");
    let o = fourd(
        &["run", "App/Project/App.4DProject", "--method", "greet", "x", "y"],
        d.path(),
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout), "hello x y 2\n");
    assert_eq!(fourd(&["run", "App"], d.path()).status.code(), Some(2));
    assert_eq!(
        fourd(&["run", "App", "--method", "nope"], d.path()).status.code(),
        Some(2)
    );
}

#[test]
fn interrupted_exits_130() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "main.4dm", "While (True)\nEnd while\n");
    let child = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(["run", "main.4dm"])
        .current_dir(d.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(130));
}

#[test]
fn check_reports_and_counts() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "good.4dm", "var $x : Integer\n$x:=1\n");
    write(d.path(), "bad.4dm", "If (\n$y:=)\n");
    write(d.path(), "warn.4dm", "UnknownThing(1)\n");
    let o = fourd(&["check", "."], d.path());
    assert_eq!(o.status.code(), Some(65));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "checked 3 files: 1 with errors, 1 with warnings\n"
    );
    let o = fourd(&["check", "good.4dm"], d.path());
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "checked 1 files: 0 with errors, 0 with warnings\n"
    );
}

#[test]
fn check_knows_a_class_file_named_from_inside_its_folder() {
    let d = tempfile::tempdir().unwrap();
    let classes = "Project/Sources/Classes";
    write(
        d.path(),
        &format!("{classes}/Point.4dm"),
        "property x : Real\nFunction norm() : Real\n\treturn This.x\n",
    );
    // ORDA's own classes are known superclasses (no warning).
    write(
        d.path(),
        &format!("{classes}/ProductsEntity.4dm"),
        "Class extends Entity\nexposed Alias articleTags tags.tag\nFunction event touched title($event : Object)\n\tThis.x:=1\n\
         Function query fullName($event : Object) : Object\n\treturn {}\n\
         Function orderBy fullName($event : Object) : Text\n\treturn \"lastName\"\n",
    );
    let o = fourd(&["check", "Point.4dm", "ProductsEntity.4dm"], &d.path().join(classes));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "checked 2 files: 0 with errors, 0 with warnings\n",
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn commands_lists_number_tab_name_sorted() {
    let d = tempfile::tempdir().unwrap();
    let o = fourd(&["commands"], d.path());
    let text = String::from_utf8_lossy(&o.stdout);
    let numbers: Vec<u32> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap().parse().unwrap())
        .collect();
    assert!(numbers.windows(2).all(|w| w[0] <= w[1]));
    assert!(text.lines().any(|l| l == "10\tString"));
}

#[test]
fn test_command_reports_pass_and_fail() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "t/out.4dm", OUT);
    write(d.path(), "t/good.4dm", "out(\"ok\")\n");
    write(d.path(), "t/good.out", "ok\n");
    write(d.path(), "t/bad.4dm", "out(\"actual\")\n");
    write(d.path(), "t/bad.out", "expected\n");
    let o = fourd(&["test", "t"], d.path());
    assert_eq!(o.status.code(), Some(1));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("-expected") && text.contains("+actual"), "{text}");
    assert!(text.ends_with("1 passed, 1 failed\n"), "{text}");
    let o = fourd(&["test", "t", "--bless"], d.path());
    assert_eq!(o.status.code(), Some(0));
    let o = fourd(&["test", "t"], d.path());
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).ends_with("2 passed, 0 failed\n"));
}

#[test]
fn unknown_spaced_names_are_methods_of_components() {
    // `WR INSERT BREAK` alone is a plug-in or component call: a warning in
    // check, error -10508 when run (not a silent process variable).
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "m.4dm", "WR INSERT BREAK\n");
    let o = fourd(&["check", "m.4dm"], d.path());
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown method `WR INSERT BREAK`"));
    let o = fourd(&["run", "m.4dm"], d.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("-10508"));
}
