fn main() -> std::process::ExitCode {
    fourd::cli::main()
}
