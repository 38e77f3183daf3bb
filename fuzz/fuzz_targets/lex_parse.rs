//! Arbitrary bytes, read as lossy UTF-8, through the lexer and the parser:
//! neither may panic, hang or overflow the stack on any input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let project = Default::default();
    let tokens = fourd::syntax::lexer::lex(&text, &project);
    // Every token's span lies on character boundaries inside the text.
    for (_, span) in &tokens {
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    let _ = fourd::syntax::parse(
        &text,
        fourd::source::SourceId(0),
        fourd::syntax::FileKind::Auto,
        &project,
    );
});
