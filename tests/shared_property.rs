//! Property test for shared objects: random sequences of operations on one
//! shared object, its shared collection and a nested shared object, run by
//! several workers at once, each operation under `Use`. Whatever the
//! interleaving, no write made under `Use` may be lost: the final state must
//! equal what the operations add up to, computed here independently.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::fmt::Write as _;
use std::sync::Arc;

use fourd::runner::{Target, run_target};
use fourd::runtime::rt::BufferOutput;

/// A small deterministic generator (xorshift64*), so failures replay.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const PROPS: usize = 5;

/// What the operations of every worker add up to.
#[derive(Default, Debug, PartialEq)]
struct Totals {
    props: [i64; PROPS],
    pushed: i64,
    pushed_sum: i64,
    child: i64,
}

/// One worker's method: a random sequence of operations, then `done`.
fn worker_method(rng: &mut Rng, ops: usize, totals: &mut Totals) -> String {
    let mut m = String::from("#DECLARE($s : Object)\nvar $i : Integer\n");
    for _ in 0..ops {
        match rng.below(5) {
            0 | 1 => {
                let p = rng.below(PROPS as u64) as usize;
                let v = rng.below(10) as i64 + 1;
                totals.props[p] += v;
                let _ = writeln!(m, "Use ($s)\n\t$s.p{p}:=$s.p{p}+{v}\nEnd use");
            }
            2 => {
                let v = rng.below(100) as i64;
                totals.pushed += 1;
                totals.pushed_sum += v;
                let _ = writeln!(m, "Use ($s)\n\t$s.list.push({v})\nEnd use");
            }
            3 => {
                let v = rng.below(7) as i64 + 1;
                totals.child += v;
                // The nested object belongs to $s's group: locking it locks $s.
                let _ = writeln!(m, "Use ($s.child)\n\t$s.child.total+={v}\nEnd use");
            }
            _ => {
                // A loop of small increments, interleaving with the others.
                let p = rng.below(PROPS as u64) as usize;
                let n = rng.below(20) as i64 + 1;
                totals.props[p] += n;
                let _ = writeln!(m, "For ($i; 1; {n})\n\tUse ($s)\n\t\t$s.p{p}+=1\n\tEnd use\nEnd for");
            }
        }
    }
    m.push_str("Use ($s)\n\t$s.done+=1\nEnd use\n");
    m
}

fn run_case(seed: u64, workers: usize, ops: usize) {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut expected = Totals::default();
    let dir = tempfile::tempdir().unwrap();
    for w in 0..workers {
        let method = worker_method(&mut rng, ops, &mut expected);
        std::fs::write(dir.path().join(format!("work{w}.4dm")), method).unwrap();
    }
    let mut main = String::from("var $s : Object:=New shared object(\"list\"; New shared collection; ");
    main.push_str("\"child\"; New shared object(\"total\"; 0); \"done\"; 0");
    for p in 0..PROPS {
        let _ = write!(main, "; \"p{p}\"; 0");
    }
    main.push_str(")\n");
    for w in 0..workers {
        let _ = writeln!(main, "CALL WORKER(\"prop_w{w}\"; \"work{w}\"; $s)");
    }
    let _ = writeln!(
        main,
        "var $polls : Integer\nWhile (($s.done<{workers}) & ($polls<6000))\n\tDELAY PROCESS(Current process; 1)\n\t$polls+=1\nEnd while"
    );
    main.push_str("var $out : Text:=String($s.done)");
    for p in 0..PROPS {
        let _ = write!(main, "+\" \"+String($s.p{p})");
    }
    main.push_str("+\" \"+String($s.list.length)+\" \"+String($s.list.sum())+\" \"+String($s.child.total)\n");
    main.push_str("LOG EVENT(Into system standard outputs; $out)\n");

    let out = Arc::new(BufferOutput::default());
    let (_rt, outcome) = run_target(
        &Target::Text(main.clone(), dir.path().to_path_buf()),
        None,
        Vec::new(),
        out.clone(),
    );
    assert!(
        outcome.diagnostics.is_empty(),
        "seed {seed}: {:?}\n{main}",
        outcome.diagnostics
    );
    let printed = out.out.lock().clone();
    let numbers: Vec<i64> = printed.split_whitespace().map(|n| n.parse().unwrap()).collect();
    let got = Totals {
        props: std::array::from_fn(|p| numbers[1 + p]),
        pushed: numbers[1 + PROPS],
        pushed_sum: numbers[2 + PROPS],
        child: numbers[3 + PROPS],
    };
    assert_eq!(numbers[0], workers as i64, "seed {seed}: not every worker finished");
    assert_eq!(got, expected, "seed {seed}: a write under Use was lost");
}

#[test]
fn random_shared_operations_from_several_workers_lose_no_write() {
    for seed in 1..=12 {
        run_case(seed, 4, 60);
    }
}
