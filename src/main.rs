fn main() -> std::process::ExitCode {
    // `check` parses a large file in this thread while a second one
    // resolves it: with one arena, every allocation of both would wait for
    // the same lock (5 MiB file: 0.13 s -> 0.22 s).
    if !runs_check() {
        one_malloc_arena();
    }
    fourd::cli::main()
}

/// True when the subcommand (the first argument that is not an option) is
/// `check`.
fn runs_check() -> bool {
    std::env::args_os()
        .skip(1)
        .find(|a| !a.to_string_lossy().starts_with('-'))
        .is_some_and(|a| a == "check")
}

/// glibc gives each thread that allocates its own arena, and grows a
/// thread's arena one page at a time, with an `mprotect` call for each:
/// 35,000 calls and 0.14 s of system time to build 600,000 objects in the
/// `4d:main` thread (bench `objects`: 0.40 s -> 0.34 s with one arena; no
/// change on `shared`, where several processes allocate at once). The main
/// arena grows with `brk`, 128 KiB at a time.
fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: called first thing in `main`, before any other thread exists
    // or anything is allocated by another thread; mallopt only sets a limit.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}
