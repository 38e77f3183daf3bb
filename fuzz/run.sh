#!/usr/bin/env bash
# Builds the libFuzzer target `lex_parse` with the STABLE toolchain (no
# nightly, no cargo-fuzz), seeds its corpus and runs it.
#
#   fuzz/run.sh                    # 10 minutes
#   fuzz/run.sh -max_total_time=60 # any libFuzzer option
#   fuzz/run.sh artifacts/lex_parse/crash-…   # replay one input
#
# See fuzz/README.md.
set -euo pipefail
# A file to replay is named relative to where the script was called from.
replay=""
if [ $# -ge 1 ] && [ -f "$1" ]; then
    replay="$(realpath "$1")"
    shift
fi
cd "$(dirname "$0")"

target=x86_64-unknown-linux-gnu
# The instrumentation cargo-fuzz adds (`--sanitizer none`): all of these are
# stable rustc options. `--target` keeps them off build scripts and proc
# macros, which would not link against the libFuzzer runtime.
export RUSTFLAGS="--cfg fuzzing \
 -Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 -Cllvm-args=-sanitizer-coverage-stack-depth \
 -Cdebug-assertions -Coverflow-checks"
cargo build --release --target "$target" --bin lex_parse

mkdir -p corpus/lex_parse artifacts/lex_parse
shopt -s globstar nullglob
for f in ../tests/scripts/**/*.4dm ../grammar/*.4dm; do
    cp -n "$f" "corpus/lex_parse/seed_$(echo "${f#../}" | tr '/.' '__')"
done

bin="target/$target/release/lex_parse"
if [ -n "$replay" ]; then
    exec "$bin" "$@" "$replay"
fi
# -fork=1: one child process at a time, restarted every few minutes. The
# parser leaks ~6 KB per `parse` call (see README), which in one process
# reaches libFuzzer's RSS limit after ~8 minutes; children start afresh.
exec "$bin" corpus/lex_parse \
    -fork=1 \
    -dict=lex_parse.dict \
    -max_total_time=600 \
    -timeout=10 \
    -rss_limit_mb=4096 \
    -max_len=4096 \
    -print_final_stats=1 \
    -artifact_prefix=artifacts/lex_parse/ \
    "$@"
