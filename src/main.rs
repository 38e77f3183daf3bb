fn main() -> std::process::ExitCode {
    one_malloc_arena();
    fourd::cli::main()
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
