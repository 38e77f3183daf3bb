//! Criterion benches for the evaluator's and the front end's hot paths:
//! method calls (fib), integer loops, text appends, collection element
//! access, object properties, parsing and checking. `cargo bench` runs them; the
//! whole-program comparison with CPython and Lua is `../shared/bench/run.sh`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use fourd::runner::{Target, run_target};
use fourd::runtime::rt::BufferOutput;

/// Runs 4D method text (methods beside it in `dir`) and returns its output.
fn run(src: &str, dir: &Path) -> String {
    let out = Arc::new(BufferOutput::default());
    let (_rt, outcome) = run_target(
        &Target::Text(src.to_string(), dir.to_path_buf()),
        None,
        Vec::new(),
        out.clone(),
    );
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    out.out.lock().clone()
}

fn bench_dir() -> PathBuf {
    let dir = std::env::temp_dir().join("fourd-bench-methods");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("fib.4dm"),
        "#DECLARE($n : Integer) -> $r : Integer\nIf ($n<2)\n\t$r:=$n\nElse\n\t$r:=fib($n-1)+fib($n-2)\nEnd if\n",
    )
    .unwrap();
    dir
}

fn evaluator(c: &mut Criterion) {
    let dir = bench_dir();
    let out = |expr: &str| format!("LOG EVENT(Into system standard outputs; String({expr}))\n");
    c.bench_function("calls: fib(20)", |b| {
        let src = format!("var $r : Integer\n$r:=fib(20)\n{}", out("$r"));
        b.iter(|| assert_eq!(run(&src, &dir), "6765"))
    });
    c.bench_function("loop: 100k integer iterations", |b| {
        let src = format!(
            "var $i; $s : Integer\nFor ($i; 1; 100000)\n\tIf (($i%5)=0)\n\t\t$s:=($s+($i\\5))%1000003\n\tElse\n\t\t$s:=$s+1\n\tEnd if\nEnd for\n{}",
            out("$s")
        );
        b.iter(|| run(&src, &dir))
    });
    c.bench_function("text: 100k appends", |b| {
        let src = format!(
            "var $t : Text\nvar $i : Integer\nFor ($i; 1; 100000)\n\t$t:=$t+Char(65+($i%26))\nEnd for\n{}",
            out("Length($t)")
        );
        b.iter(|| assert_eq!(run(&src, &dir), "100000"))
    });
    c.bench_function("collections: 100k element writes and reads", |b| {
        let src = format!(
            "var $c : Collection:=New collection\nvar $i; $n : Integer\n$c.resize(100000; False)\nFor ($i; 0; 99999; 3)\n\t$c[$i]:=True\nEnd for\nFor ($i; 0; 99999)\n\tIf ($c[$i])\n\t\t$n:=$n+1\n\tEnd if\nEnd for\n{}",
            out("$n")
        );
        b.iter(|| assert_eq!(run(&src, &dir), "33334"))
    });
    c.bench_function("shared: 100k uncontended Use/End use with a property write", |b| {
        let src = format!(
            "var $s : Object:=New shared object(\"n\"; 0)\nvar $i : Integer\nFor ($i; 1; 100000)\n\tUse ($s)\n\t\t$s.n:=$i\n\tEnd use\nEnd for\n{}",
            out("$s.n")
        );
        b.iter(|| assert_eq!(run(&src, &dir), "100000"))
    });
    c.bench_function("objects: 50k objects, property reads", |b| {
        let src = format!(
            "var $c:=New collection\nvar $i; $s : Integer\nFor ($i; 1; 50000)\n\t$c.push(New object(\"a\"; $i; \"b\"; 2))\nEnd for\nvar $o : Object\nFor each ($o; $c)\n\t$s:=($s+$o.a+$o.b)%1000003\nEnd for each\n{}",
            out("$s")
        );
        b.iter(|| run(&src, &dir))
    });
}

fn front_end(c: &mut Criterion) {
    // `FOURD_PARSE_FILE=path cargo bench` measures a file of your own (the
    // shared runner's generated 5 MiB file, say); else a generated method.
    if let Ok(path) = std::env::var("FOURD_PARSE_FILE") {
        let src = std::fs::read_to_string(&path).unwrap();
        c.bench_function(&format!("lex: {path} ({} KiB)", src.len() / 1024), |b| {
            b.iter(|| {
                let names = fourd::syntax::ProjectNames::new();
                let mut lexer = fourd::syntax::lexer::LineLexer::new(&src, &names);
                let mut n = 0usize;
                while let Some(line) = lexer.next_line() {
                    n += line.len();
                }
                n
            })
        });
        c.bench_function(&format!("parse: {path} ({} KiB)", src.len() / 1024), |b| {
            b.iter(|| {
                fourd::syntax::parse(
                    &src,
                    fourd::source::SourceId(0),
                    fourd::syntax::FileKind::Method,
                    &fourd::syntax::ProjectNames::new(),
                )
            })
        });
        return;
    }
    let mut src = String::new();
    for i in 0..2000 {
        src.push_str(&format!(
            "// method part {i}\nvar $x{i} : Integer\nIf ($x{i}>{i})\n\t$x{i}:=$x{i}+1\n\tALERT(\"value \"+String($x{i}))\nElse\n\t$o:=New object(\"k\"; {i}; \"t\"; \"text\")\nEnd if\n"
        ));
    }
    let bytes = src.len();
    c.bench_function(&format!("parse: {} KiB of method text", bytes / 1024), |b| {
        b.iter(|| {
            let p = fourd::syntax::parse(
                &src,
                fourd::source::SourceId(0),
                fourd::syntax::FileKind::Method,
                &fourd::syntax::ProjectNames::new(),
            );
            assert!(!p.has_errors());
        })
    });
    // Parsing and name resolution, as `fourd check` does them (lexed,
    // parsed and resolved by three threads from 64 KiB on).
    let prog = Arc::new(fourd::runtime::program::Program::new(None));
    let sid = prog.sources.add("bench.4dm", None, &src);
    c.bench_function(&format!("check: {} KiB of method text", bytes / 1024), |b| {
        b.iter(|| {
            let diagnostics = fourd::sema::check_method(&prog, sid, "bench");
            assert!(diagnostics.is_empty(), "{:?}", diagnostics.first());
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = evaluator, front_end
}
criterion_main!(benches);
