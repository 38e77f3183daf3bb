//! The syntax tree of one method or class file, with byte spans. Names are
//! kept as written; the resolver decides what they mean.

use crate::source::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    IntDiv,
    Mod,
    Pow,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    And,
    Or,
    AndAnd,
    OrOr,
    Xor,
    Shl,
    Shr,
    BitSet,
    BitClear,
    BitTest,
    /// Picture horizontal scaling `*+` (pictures are not supported: parsed only).
    ScaleH,
    /// Picture vertical scaling `*|`.
    ScaleV,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::IntDiv => "\\",
            BinOp::Mod => "%",
            BinOp::Pow => "^",
            BinOp::Eq => "=",
            BinOp::Ne => "#",
            BinOp::Lt => "<",
            BinOp::Gt => ">",
            BinOp::Le => "<=",
            BinOp::Ge => ">=",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::AndAnd => "&&",
            BinOp::OrOr => "||",
            BinOp::Xor => "^|",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::BitSet => "?+",
            BinOp::BitClear => "?-",
            BinOp::BitTest => "??",
            BinOp::ScaleH => "*+",
            BinOp::ScaleV => "*|",
        }
    }
}

/// Compound assignment operators (`+=` …); `None` in [`Stmt::Assign`] is `:=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl AssignOp {
    pub fn binop(self) -> BinOp {
        match self {
            AssignOp::Add => BinOp::Add,
            AssignOp::Sub => BinOp::Sub,
            AssignOp::Mul => BinOp::Mul,
            AssignOp::Div => BinOp::Div,
        }
    }
}

/// What a name token is. The text is the expression's span (for tokenized
/// names, the part before `:C`/`:K`/`:P`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NameRef {
    /// Plain text: one word or a name with spaces (`New object`, `My method`).
    Plain,
    /// `Name:Cnnn` bound to catalog entry `index`.
    Command(u16),
    UnknownCommand(u32),
    /// `Name:Kxx:yy` bound to catalog entry `index`.
    Constant(u16),
    UnknownConstant(u32, u32),
    Plugin(u32, u32),
}

/// An expression. Names and text literals are not copied: their text is read
/// from the source through the span when the method is resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Num(f64),
    /// A text literal (escapes processed by [`crate::syntax::parser::unescape`]).
    Str,
    /// Packed year, month, day ([`crate::syntax::token::unpack_date`]).
    Date(u32),
    /// seconds
    Time(u32),
    /// `$name`
    Local,
    /// `$1` … (`$0` is the legacy result)
    Param(u32),
    /// `${expr}`
    ParamIndirect(Box<Expr>),
    /// `<>name`
    Interprocess,
    /// A name: process variable, command, constant, project method, `cs`, `4D`…
    Name(NameRef),
    /// `[Table]` / `[Table]Field`.
    Table,
    Neg(Box<Expr>),
    Binary(BinOp, Box<(Expr, Expr)>),
    Ternary(Box<(Expr, Expr, Expr)>),
    /// `expr.name` (the span of the name)
    Member(Box<Expr>, Span),
    /// `expr[index]` (collection element or property by computed name)
    Index(Box<(Expr, Expr)>),
    /// `expr{index}` (array element)
    Element(Box<(Expr, Expr)>),
    /// `expr[[index]]` (text character)
    Char(Box<(Expr, Expr)>),
    /// `callee(args)`; callee is a Name, a Member, or another expression.
    Call(Box<(Expr, Vec<Arg>)>),
    /// `expr->`
    Deref(Box<Expr>),
    /// `->expr`
    AddressOf(Box<Expr>),
    /// `{key: value; …}` (key spans: a name or a text literal)
    Object(Box<[(Span, Expr)]>),
    /// `[a; b; …]`
    Collection(Box<[Expr]>),
}

/// One argument of a call.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Expr(Expr),
    /// `*` alone
    Star(Span),
    /// `>` alone
    Gt(Span),
    /// `<` alone
    Lt(Span),
    /// `target:=value` inside a formula argument (`Formula(This.a:=1)`).
    Assign(Box<(Expr, Expr)>, Span),
    /// nothing between two `;` (a skipped optional argument)
    Empty(Span),
}

impl Arg {
    pub fn span(&self) -> Span {
        match self {
            Arg::Expr(e) => e.span,
            Arg::Star(s) | Arg::Gt(s) | Arg::Lt(s) | Arg::Empty(s) => *s,
            Arg::Assign(_, s) => *s,
        }
    }
}

/// A type in a declaration.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeName {
    Text,
    Real,
    Integer,
    Boolean,
    Date,
    Time,
    Object,
    Collection,
    Pointer,
    Picture,
    Blob,
    Variant,
    /// `4D.Name`
    FourD(String),
    /// `cs.Name` or `cs.namespace.Name`
    Class(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Without the `$`.
    pub name: String,
    pub ty: Option<TypeName>,
    pub span: Span,
}

/// A parameter list and result, for `#DECLARE`, `Function` and `Class constructor`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Signature {
    pub params: Vec<Param>,
    /// `... : Type` (the type, if any).
    pub variadic: Option<Option<TypeName>>,
    /// `-> $name : Type`
    pub result_name: Option<Param>,
    /// `: Type` after the parameters.
    pub result_type: Option<TypeName>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

/// A statement. Large forms are boxed to keep every statement small.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Assign(Box<Assign>),
    /// A call used as a statement (command, method or member function).
    Expr(Expr),
    Var(Box<VarDecl>),
    If(Box<IfStmt>),
    Case(Box<CaseStmt>),
    While(Box<(Expr, Vec<Stmt>)>),
    /// body, condition
    Repeat(Box<(Vec<Stmt>, Expr)>),
    For(Box<ForStmt>),
    ForEach(Box<ForEachStmt>),
    /// target, body
    Use(Box<(Expr, Vec<Stmt>)>),
    Try(Box<TryStmt>),
    Break,
    Continue,
    Return(Option<Box<Expr>>),
    /// `Begin SQL` … `End SQL` (not executed).
    Sql,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assign {
    pub target: Expr,
    pub op: Option<AssignOp>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarDecl {
    pub names: Vec<Span>,
    pub ty: Option<TypeName>,
    pub init: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IfStmt {
    pub cond: Expr,
    pub then: Vec<Stmt>,
    pub otherwise: Option<Vec<Stmt>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseStmt {
    pub branches: Vec<(Expr, Vec<Stmt>)>,
    pub otherwise: Option<Vec<Stmt>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ForStmt {
    pub var: Expr,
    pub start: Expr,
    pub end: Expr,
    pub step: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ForEachStmt {
    pub var: Expr,
    pub source: Expr,
    pub begin: Option<Expr>,
    pub end: Option<Expr>,
    pub until: Option<Expr>,
    pub while_: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TryStmt {
    pub body: Vec<Stmt>,
    pub catch: Option<Vec<Stmt>>,
}

/// What a file defines.
#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    Method(MethodAst),
    Class(ClassAst),
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct MethodAst {
    pub declare: Option<(Signature, Span)>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Modifiers {
    pub shared: bool,
    pub singleton: bool,
    pub session: bool,
    /// ORDA-only modifiers (`exposed`, `local`): accepted, no effect.
    pub orda: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Accessor {
    Plain,
    Get,
    Set,
    /// ORDA `Function query|orderBy` (parsed, not run)
    Orda,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionAst {
    pub name: String,
    pub accessor: Accessor,
    pub modifiers: Modifiers,
    pub sig: Signature,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PropertyAst {
    pub names: Vec<(String, Span)>,
    pub ty: Option<TypeName>,
    pub init: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ClassAst {
    pub extends: Option<(Vec<String>, Span)>,
    pub constructor: Option<FunctionAst>,
    pub modifiers: Modifiers,
    pub functions: Vec<FunctionAst>,
    pub properties: Vec<PropertyAst>,
    /// Statements before the first member (only comments are expected there).
    pub preamble: Vec<Stmt>,
}
