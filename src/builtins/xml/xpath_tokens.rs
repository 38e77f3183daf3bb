//! The tokens of an XPath expression (XPath 1.0 §3.7, lexical structure).

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Slash,
    DoubleSlash,
    LBracket,
    RBracket,
    LParen,
    RParen,
    At,
    Comma,
    Pipe,
    Dot,
    DotDot,
    Star,
    DoubleColon,
    Name(String),
    Literal(String),
    Number(f64),
    Op(&'static str),
}

pub fn tokenize(s: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<Tok> = Vec::new();
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied();
    while let Some(c) = at(i) {
        // XPath 1.0 §3.7: after a token that can end an operand, `*` and
        // the names and/or/div/mod are operators.
        let operand_ended = matches!(
            out.last(),
            Some(
                Tok::RBracket
                    | Tok::RParen
                    | Tok::Dot
                    | Tok::DotDot
                    | Tok::Star
                    | Tok::Name(_)
                    | Tok::Literal(_)
                    | Tok::Number(_)
            )
        );
        match c {
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '/' if at(i + 1) == Some('/') => {
                out.push(Tok::DoubleSlash);
                i += 2;
            }
            '/' => {
                out.push(Tok::Slash);
                i += 1;
            }
            '[' => {
                out.push(Tok::LBracket);
                i += 1;
            }
            ']' => {
                out.push(Tok::RBracket);
                i += 1;
            }
            '(' => {
                out.push(Tok::LParen);
                i += 1;
            }
            ')' => {
                out.push(Tok::RParen);
                i += 1;
            }
            '@' => {
                out.push(Tok::At);
                i += 1;
            }
            ',' => {
                out.push(Tok::Comma);
                i += 1;
            }
            '|' => {
                out.push(Tok::Pipe);
                i += 1;
            }
            ':' if at(i + 1) == Some(':') => {
                out.push(Tok::DoubleColon);
                i += 2;
            }
            '.' if at(i + 1) == Some('.') => {
                out.push(Tok::DotDot);
                i += 2;
            }
            '.' if !at(i + 1).is_some_and(|d| d.is_ascii_digit()) => {
                out.push(Tok::Dot);
                i += 1;
            }
            '*' if operand_ended => {
                out.push(Tok::Op("*"));
                i += 1;
            }
            '*' => {
                out.push(Tok::Star);
                i += 1;
            }
            '=' => {
                out.push(Tok::Op("="));
                i += 1;
            }
            '!' if at(i + 1) == Some('=') => {
                out.push(Tok::Op("!="));
                i += 2;
            }
            '<' | '>' => {
                let eq = at(i + 1) == Some('=');
                out.push(Tok::Op(match (c, eq) {
                    ('<', true) => "<=",
                    ('<', false) => "<",
                    (_, true) => ">=",
                    _ => ">",
                }));
                i += if eq { 2 } else { 1 };
            }
            '+' => {
                out.push(Tok::Op("+"));
                i += 1;
            }
            '-' => {
                out.push(Tok::Op("-"));
                i += 1;
            }
            '"' | '\'' => {
                let start = i + 1;
                let mut j = start;
                while at(j).is_some_and(|d| d != c) {
                    j += 1;
                }
                if at(j).is_none() {
                    return Err("unterminated string".into());
                }
                out.push(Tok::Literal(chars.get(start..j).unwrap_or_default().iter().collect()));
                i = j + 1;
            }
            c if c.is_ascii_digit() || c == '.' => {
                let start = i;
                while at(i).is_some_and(|d| d.is_ascii_digit() || d == '.') {
                    i += 1;
                }
                let text: String = chars.get(start..i).unwrap_or_default().iter().collect();
                let n = text.parse::<f64>().map_err(|_| format!("bad number {text}"))?;
                out.push(Tok::Number(n));
            }
            c if is_name_char(c) && !c.is_ascii_digit() && c != '-' && c != '.' => {
                let start = i;
                while let Some(d) = at(i) {
                    let colon_axis = d == ':' && at(i + 1) == Some(':');
                    let colon_star = d == ':' && at(i + 1) == Some('*');
                    if colon_star {
                        // `prefix:*`
                        i += 2;
                        break;
                    }
                    if !is_name_char(d) || colon_axis {
                        break;
                    }
                    i += 1;
                }
                let name: String = chars.get(start..i).unwrap_or_default().iter().collect();
                match name.as_str() {
                    "and" | "or" | "div" | "mod" if operand_ended => out.push(Tok::Op(match name.as_str() {
                        "and" => "and",
                        "or" => "or",
                        "div" => "div",
                        _ => "mod",
                    })),
                    _ => out.push(Tok::Name(name)),
                }
            }
            other => return Err(format!("unexpected character '{other}'")),
        }
    }
    Ok(out)
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':' | '\u{B7}')
}
