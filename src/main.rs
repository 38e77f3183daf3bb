fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let mode = std::env::args().nth(2).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let t = std::time::Instant::now();
    if mode == "lex" {
        for _ in 0..5 {
        let toks = fourd::syntax::lexer::lex(&text, &Default::default());
        eprintln!("lex {:?} {} toks", t.elapsed(), toks.len());
        }
        return;
    }
    let p = fourd::syntax::parse(&text, fourd::source::SourceId(0), fourd::syntax::FileKind::Auto, &Default::default());
    let el = t.elapsed();
    eprintln!("{} diags, {:?}, {:.1} MB/s", p.diagnostics.len(), el, text.len() as f64 / el.as_secs_f64() / 1e6);
}
