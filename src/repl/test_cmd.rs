//! `fourd test [PATH] [--bless]`: runs every `*.4dm` that has an expected
//! `.out` beside it (and `.err`, `.code` when present), prints a diff for
//! each mismatch and a summary line `N passed, M failed`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// A script's expected and actual results.
pub struct Outcome {
    pub script: PathBuf,
    pub problems: Vec<String>,
}

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.is_file() {
        if dir.with_extension("out").exists() {
            out.push(dir.to_path_buf());
        }
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            scripts(&p, out);
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("4dm")) && p.with_extension("out").exists() {
            out.push(p);
        }
    }
}

/// A unified diff of two texts.
pub fn diff(what: &str, expected: &str, actual: &str) -> String {
    let mut s = format!("{what} differs (- expected, + actual):\n");
    for change in similar::TextDiff::from_lines(expected, actual).iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => "-",
            similar::ChangeTag::Insert => "+",
            similar::ChangeTag::Equal => " ",
        };
        s.push_str(sign);
        s.push_str(change.as_str().unwrap_or(""));
        if change.missing_newline() {
            s.push('\n');
        }
    }
    s
}

/// Runs one script with this executable, from the script's folder.
pub fn run_script(exe: &Path, script: &Path, bless: bool) -> Outcome {
    let dir = script
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = script.file_name().map(PathBuf::from).unwrap_or_default();
    let mut problems = Vec::new();
    let output = match Command::new(exe)
        .arg("run")
        .arg(&name)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            return Outcome {
                script: script.to_path_buf(),
                problems: vec![format!("cannot run: {e}")],
            };
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let code = output.status.code().unwrap_or(-1);
    let (out_p, err_p, code_p) = (
        script.with_extension("out"),
        script.with_extension("err"),
        script.with_extension("code"),
    );
    if bless {
        let mut write = |p: &Path, text: &str| {
            if let Err(e) = std::fs::write(p, text) {
                problems.push(format!("cannot write {}: {e}", p.display()));
            }
        };
        write(&out_p, &stdout);
        if err_p.exists() || !stderr.is_empty() {
            write(&err_p, &stderr);
        }
        if code != 0 || code_p.exists() {
            write(&code_p, &format!("{code}\n"));
        }
        return Outcome {
            script: script.to_path_buf(),
            problems,
        };
    }
    let expected = std::fs::read_to_string(&out_p).unwrap_or_default();
    if stdout != expected {
        problems.push(diff("stdout", &expected, &stdout));
    }
    if err_p.exists() {
        let expected = std::fs::read_to_string(&err_p).unwrap_or_default();
        if stderr != expected {
            problems.push(diff("stderr", &expected, &stderr));
        }
    }
    let expected_code: i32 = std::fs::read_to_string(&code_p)
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .unwrap_or(0);
    if code != expected_code {
        problems.push(format!("exit code: expected {expected_code}, got {code}\n{stderr}"));
    }
    Outcome {
        script: script.to_path_buf(),
        problems,
    }
}

pub fn test_command(path: Option<PathBuf>, bless: bool) -> ExitCode {
    let root = path.unwrap_or_else(|| PathBuf::from("."));
    if !root.exists() {
        eprintln!("error: {} does not exist", root.display());
        return ExitCode::from(74);
    }
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let mut list = Vec::new();
    scripts(&root, &mut list);
    let (mut passed, mut failed) = (0, 0);
    for script in &list {
        let o = run_script(&exe, script, bless);
        if o.problems.is_empty() {
            passed += 1;
            if bless {
                println!("blessed {}", script.display());
            }
        } else {
            failed += 1;
            println!("FAIL {}", script.display());
            for p in &o.problems {
                println!("{p}");
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
