//! The tokens the parser sees: literals, names (already merged when they
//! contain spaces, already bound when tokenized), keywords and punctuation.

use std::fmt;

/// Control keywords (case-insensitive in source, several are multi-word).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kw {
    If,
    Else,
    EndIf,
    CaseOf,
    EndCase,
    While,
    EndWhile,
    Repeat,
    Until,
    For,
    EndFor,
    ForEach,
    EndForEach,
    Use,
    EndUse,
    Try,
    Catch,
    EndTry,
    BeginSql,
    EndSql,
    Break,
    Continue,
    Return,
    Var,
    Function,
    ClassConstructor,
    ClassExtends,
    Property,
}

impl Kw {
    pub const ALL: &'static [(&'static str, Kw)] = &[
        ("if", Kw::If),
        ("else", Kw::Else),
        ("end if", Kw::EndIf),
        ("case of", Kw::CaseOf),
        ("end case", Kw::EndCase),
        ("while", Kw::While),
        ("end while", Kw::EndWhile),
        ("repeat", Kw::Repeat),
        ("until", Kw::Until),
        ("for", Kw::For),
        ("end for", Kw::EndFor),
        ("for each", Kw::ForEach),
        ("end for each", Kw::EndForEach),
        ("use", Kw::Use),
        ("end use", Kw::EndUse),
        ("try", Kw::Try),
        ("catch", Kw::Catch),
        ("end try", Kw::EndTry),
        ("begin sql", Kw::BeginSql),
        ("end sql", Kw::EndSql),
        ("break", Kw::Break),
        ("continue", Kw::Continue),
        ("return", Kw::Return),
        ("var", Kw::Var),
        ("function", Kw::Function),
        ("class constructor", Kw::ClassConstructor),
        ("class extends", Kw::ClassExtends),
        ("property", Kw::Property),
    ];

    pub fn text(self) -> &'static str {
        match self {
            Kw::If => "If",
            Kw::Else => "Else",
            Kw::EndIf => "End if",
            Kw::CaseOf => "Case of",
            Kw::EndCase => "End case",
            Kw::While => "While",
            Kw::EndWhile => "End while",
            Kw::Repeat => "Repeat",
            Kw::Until => "Until",
            Kw::For => "For",
            Kw::EndFor => "End for",
            Kw::ForEach => "For each",
            Kw::EndForEach => "End for each",
            Kw::Use => "Use",
            Kw::EndUse => "End use",
            Kw::Try => "Try",
            Kw::Catch => "Catch",
            Kw::EndTry => "End try",
            Kw::BeginSql => "Begin SQL",
            Kw::EndSql => "End SQL",
            Kw::Break => "break",
            Kw::Continue => "continue",
            Kw::Return => "return",
            Kw::Var => "var",
            Kw::Function => "Function",
            Kw::ClassConstructor => "Class constructor",
            Kw::ClassExtends => "Class extends",
            Kw::Property => "property",
        }
    }

    pub fn lookup_lower(word: &str) -> Option<Kw> {
        // Most words are not keywords: reject them on length and first letter.
        if word.len() < 2
            || word.len() > 17
            || !matches!(
                word.as_bytes().first(),
                Some(b'b' | b'c' | b'e' | b'f' | b'i' | b'p' | b'r' | b't' | b'u' | b'v' | b'w')
            )
        {
            return None;
        }
        Kw::ALL.iter().find(|(k, _)| *k == word).map(|(_, kw)| *kw)
    }

    /// True when `key` (lowercase) begins a multi-word keyword.
    pub fn is_prefix_lower(key: &str) -> bool {
        matches!(key, "end" | "case" | "for" | "end for" | "class" | "begin")
    }
}

/// A token. Names and literals carry no text: the parser reads it from the
/// token's span (tokens stay 12 bytes).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tok {
    /// A number literal (decimal, exponent or hexadecimal).
    Num,
    /// A string literal (escapes not processed).
    Str,
    /// `!yyyy-mm-dd!`, packed by [`pack_date`].
    Date(u32),
    /// `?hh:mm:ss?` in seconds.
    Time(u32),
    /// `$name`
    Local,
    /// `$1`, `$0`.
    Param(u32),
    /// `${`
    ParamOpen,
    /// `<>name` or `◊name`.
    Interprocess,
    /// One word: a variable, command, constant, method, class or property name.
    Word,
    /// A name with spaces found in the catalog or among the project's methods.
    Name,
    /// `Name:Cnnn` — a command by number (index into the catalog).
    Command(u16),
    /// `Name:Cnnn` whose number the catalog does not know.
    UnknownCommand(u32),
    /// `Name:Kxx:yy` — a constant (index into the catalog).
    Constant(u16),
    /// `Name:Kxx:yy` whose token the catalog does not know.
    UnknownConstant(u32, u32),
    /// `Name:Pxx:yy` — a plug-in command.
    Plugin(u32, u32),
    /// `[Table]`, `[Table:3]Field:2`…
    Table,
    Kw(Kw),
    /// `#DECLARE`
    Declare,
    /// A `Begin SQL` … `End SQL` block (its text is not 4D code).
    Sql,
    Assign,
    AddAssign,
    SubAssign,
    MulAssign,
    DivAssign,
    Plus,
    Minus,
    Star,
    Slash,
    Backslash,
    Percent,
    Caret,
    Eq,
    Hash,
    Lt,
    Gt,
    Le,
    Ge,
    Amp,
    Pipe,
    AmpAmp,
    PipePipe,
    Xor,
    Shl,
    Shr,
    BitSet,
    BitClear,
    BitTest,
    ScaleH,
    ScaleV,
    Question,
    Colon,
    Arrow,
    Dot,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Semi,
    /// `,`: only between the names of a `var` declaration (older 4D syntax).
    Comma,
    Newline,
    /// Text the lexer could not read, with what it is.
    Error(LexError),
}

/// Packs a date literal's year, month and day into a token payload.
pub fn pack_date(y: i32, m: u32, d: u32) -> u32 {
    ((y.clamp(0, 65535) as u32) << 9) | ((m & 15) << 5) | (d & 31)
}

/// The year, month and day of a packed date.
pub fn unpack_date(p: u32) -> (i32, u32, u32) {
    ((p >> 9) as i32, (p >> 5) & 15, p & 31)
}

/// The name part of a tokenized name (`New object:C1471` → `New object`).
pub fn tokenized_name(text: &str) -> &str {
    text.split(':').next().unwrap_or(text)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexError {
    Unexpected,
    UnterminatedString,
    UnterminatedComment,
    BadDate,
    Bang,
}

impl LexError {
    pub fn message(self) -> &'static str {
        match self {
            LexError::Unexpected => "unexpected character",
            LexError::UnterminatedString => "unterminated string: a text literal must end with `\"` on the same line",
            LexError::UnterminatedComment => "unterminated comment: `/*` has no matching `*/`",
            LexError::BadDate => "invalid date literal: expected `!yyyy-mm-dd!`",
            LexError::Bang => {
                "unexpected `!`: 4D has no `!` operator (use Not(...)); a date literal is written `!2024-01-31!`"
            }
        }
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Tok::Num => "number",
            Tok::Str => "text literal",
            Tok::Date(..) => "date literal",
            Tok::Time(_) => "time literal",
            Tok::Local => "local variable",
            Tok::Param(n) => return write!(f, "`${n}`"),
            Tok::ParamOpen => "`${`",
            Tok::Interprocess => "interprocess variable",
            Tok::Word | Tok::Name => "name",
            Tok::Command(_) | Tok::UnknownCommand(_) => "command",
            Tok::Constant(_) | Tok::UnknownConstant(..) => "constant",
            Tok::Plugin(..) => "plug-in command",
            Tok::Table => "table",
            Tok::Kw(k) => return write!(f, "`{}`", k.text()),
            Tok::Declare => "`#DECLARE`",
            Tok::Sql => "SQL block",
            Tok::Assign => "`:=`",
            Tok::AddAssign => "`+=`",
            Tok::SubAssign => "`-=`",
            Tok::MulAssign => "`*=`",
            Tok::DivAssign => "`/=`",
            Tok::Plus => "`+`",
            Tok::Minus => "`-`",
            Tok::Star => "`*`",
            Tok::Slash => "`/`",
            Tok::Backslash => "`\\`",
            Tok::Percent => "`%`",
            Tok::Caret => "`^`",
            Tok::Eq => "`=`",
            Tok::Hash => "`#`",
            Tok::Lt => "`<`",
            Tok::Gt => "`>`",
            Tok::Le => "`<=`",
            Tok::Ge => "`>=`",
            Tok::Amp => "`&`",
            Tok::Pipe => "`|`",
            Tok::AmpAmp => "`&&`",
            Tok::PipePipe => "`||`",
            Tok::Xor => "`^|`",
            Tok::Shl => "`<<`",
            Tok::Shr => "`>>`",
            Tok::BitSet => "`?+`",
            Tok::BitClear => "`?-`",
            Tok::BitTest => "`??`",
            Tok::ScaleH => "`*+`",
            Tok::ScaleV => "`*|`",
            Tok::Question => "`?`",
            Tok::Colon => "`:`",
            Tok::Arrow => "`->`",
            Tok::Dot => "`.`",
            Tok::LParen => "`(`",
            Tok::RParen => "`)`",
            Tok::LBracket => "`[`",
            Tok::RBracket => "`]`",
            Tok::LBrace => "`{`",
            Tok::RBrace => "`}`",
            Tok::Semi => "`;`",
            Tok::Comma => "`,`",
            Tok::Newline => "end of line",
            Tok::Error(e) => e.message(),
        };
        f.write_str(s)
    }
}

impl Tok {
    /// True for tokens after which `[` indexes rather than opens a literal/table.
    pub fn ends_operand(&self) -> bool {
        matches!(
            self,
            Tok::Num
                | Tok::Str
                | Tok::Date(..)
                | Tok::Time(_)
                | Tok::Local
                | Tok::Param(_)
                | Tok::Interprocess
                | Tok::Word
                | Tok::Name
                | Tok::Command(..)
                | Tok::UnknownCommand(..)
                | Tok::Constant(..)
                | Tok::UnknownConstant(..)
                | Tok::Table
                | Tok::RParen
                | Tok::RBracket
                | Tok::RBrace
        )
    }
}
