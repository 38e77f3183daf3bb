//! Golden tests: every `tests/scripts/**/NAME.4dm` that has a `NAME.out`
//! beside it runs with the real `fourd` binary (from its folder, so the other
//! `.4dm` files there are its methods); stdout must equal `NAME.out`, stderr
//! `NAME.err` when present, the exit code `NAME.code` when present (else 0).
//!
//! Bless (rewrite the expected files) with `FOURD_BLESS=1 cargo test --test
//! golden`, then read the diff before committing. Never blesses under CI.

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            scripts(&p, out);
        } else if p.extension().is_some_and(|x| x == "4dm") && p.with_extension("out").exists() {
            out.push(p);
        }
    }
}

fn run(script: &Path, bless: bool) -> Result<(), Failed> {
    let dir = script.parent().ok_or("no parent")?;
    let name = script.file_name().ok_or("no name")?;
    let output = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .arg("run")
        .arg(name)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| format!("cannot run fourd: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let code = output.status.code().unwrap_or(-1);
    let out_path = script.with_extension("out");
    let err_path = script.with_extension("err");
    let code_path = script.with_extension("code");
    if bless {
        std::fs::write(&out_path, &stdout).map_err(|e| e.to_string())?;
        if err_path.exists() || !stderr.is_empty() {
            std::fs::write(&err_path, &stderr).map_err(|e| e.to_string())?;
        }
        if code != 0 || code_path.exists() {
            std::fs::write(&code_path, format!("{code}\n")).map_err(|e| e.to_string())?;
        }
        return Ok(());
    }
    let mut problems = Vec::new();
    let expected_out = std::fs::read_to_string(&out_path).map_err(|e| e.to_string())?;
    if stdout != expected_out {
        problems.push(diff("stdout", &expected_out, &stdout));
    }
    if err_path.exists() {
        let expected = std::fs::read_to_string(&err_path).map_err(|e| e.to_string())?;
        if stderr != expected {
            problems.push(diff("stderr", &expected, &stderr));
        }
    }
    let expected_code: i32 = if code_path.exists() {
        std::fs::read_to_string(&code_path)
            .map_err(|e| e.to_string())?
            .trim()
            .parse()
            .unwrap_or(0)
    } else {
        0
    };
    if code != expected_code {
        problems.push(format!(
            "exit code: expected {expected_code}, got {code}\nstderr:\n{stderr}"
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn diff(what: &str, expected: &str, actual: &str) -> String {
    let mut s = format!("{what} differs (- expected, + actual):\n");
    let d = similar::TextDiff::from_lines(expected, actual);
    for change in d.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => "-",
            similar::ChangeTag::Insert => "+",
            similar::ChangeTag::Equal => " ",
        };
        s.push_str(&format!("{sign}{change}"));
        if change.missing_newline() {
            s.push('\n');
        }
    }
    s
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("FOURD_BLESS").is_some() && std::env::var_os("CI").is_none();
    let mut files = Vec::new();
    scripts(&root.join("tests").join("scripts"), &mut files);
    scripts(&root.join("examples"), &mut files);
    let trials = files
        .into_iter()
        .map(|p| {
            let name = p
                .strip_prefix(root)
                .unwrap_or(&p)
                .with_extension("")
                .display()
                .to_string();
            Trial::test(name, move || run(&p, bless))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
