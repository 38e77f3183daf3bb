//! The resolved tree the evaluator walks: locals are slots, commands are
//! bound to their registry entries, methods to ids, property names to
//! interned texts. Everything here is immutable and shared by all processes.

use std::sync::Arc;

use crate::builtins::Builtin;
use crate::runtime::date::Date;
use crate::runtime::num::{Fast, NumCode};
use crate::runtime::text::Text;
use crate::source::Span;
use crate::syntax::ast::BinOp;

/// A constant (the thread-safe subset of values).
#[derive(Clone, Debug)]
pub enum Const {
    Undefined,
    Null,
    Bool(bool),
    Real(f64),
    Text(Text),
    Date(Date),
    Time(i64),
}

/// The declared type of a variable or parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum VarType {
    Variant,
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
    /// An instance of a user class (`cs.Name`) or a built-in class (`4D.Name`).
    Class(Box<[String]>, bool),
}

impl VarType {
    pub fn name(&self) -> String {
        match self {
            VarType::Variant => "Variant".into(),
            VarType::Text => "Text".into(),
            VarType::Real => "Real".into(),
            VarType::Integer => "Integer".into(),
            VarType::Boolean => "Boolean".into(),
            VarType::Date => "Date".into(),
            VarType::Time => "Time".into(),
            VarType::Object => "Object".into(),
            VarType::Collection => "Collection".into(),
            VarType::Pointer => "Pointer".into(),
            VarType::Picture => "Picture".into(),
            VarType::Blob => "Blob".into(),
            VarType::Class(path, four_d) => format!("{}.{}", if *four_d { "4D" } else { "cs" }, path.join(".")),
        }
    }
}

impl Ex {
    /// Of a form `Interp::num_operand` may read as a number in place.
    pub fn num_candidate(&self) -> bool {
        match self {
            Ex::Local(_) | Ex::Const(Const::Real(_)) => true,
            Ex::Bin(_, b) => !matches!(b.fast, Fast::No),
            Ex::Member(m) => matches!(m.0, Ex::Local(_)),
            Ex::Index(ix) => matches!(ix.0, Ex::Local(_)) && ix.1.num_candidate(),
            _ => false,
        }
    }
}

/// A project method's index in the program.
pub type MethodId = u32;

#[derive(Debug)]
pub enum Ex {
    Const(Const),
    Local(u32),
    /// `$n`: the n-th parameter of the current call.
    Param(u32),
    /// `${expr}`
    ParamIndirect(Box<(Ex, Span)>),
    Process(u32),
    Interprocess(u32),
    Neg(Box<(Ex, Span)>),
    Bin(BinOp, Box<Binary>),
    Ternary(Box<(Ex, Ex, Ex)>),
    Member(Box<(Ex, Text, Span)>),
    Index(Box<(Ex, Ex, Span)>),
    Element(Box<(Ex, Ex, Span)>),
    Char(Box<(Ex, Ex, Span)>),
    Deref(Box<(Ex, Span)>),
    AddressOf(Box<(Place, Span)>),
    Object(Box<[(Text, Ex)]>),
    Collection(Box<[Ex]>),
    Builtin(Box<BuiltinCall>),
    Method(Box<MethodCall>),
    MemberCall(Box<MemberCall>),
    /// `Formula(expr)` and `Formula from string`: the formula's code, resolved
    /// with its own locals; the listed outer locals are captured by value.
    Formula(Arc<FormulaCode>, Box<[(u32, u32)]>),
    This,
    /// `Super(…)` in a constructor, `Super.f(…)`, `Super` alone.
    Super(Box<SuperCall>),
    Store(crate::runtime::value::Store),
    Table(Text),
    /// A name that cannot be evaluated (an unknown method call, a plug-in, a
    /// command fourd does not implement): raises its error when reached.
    Fail(Box<(FailKind, Span)>),
}

/// `l op r`.
#[derive(Debug)]
pub struct Binary {
    pub l: Ex,
    pub r: Ex,
    pub span: Span,
    /// How it may be computed without building values (`Fast::of`).
    pub fast: Fast,
}

#[derive(Debug, Clone)]
pub enum FailKind {
    /// A documented 4D command fourd does not implement.
    NotImplemented(u16),
    Plugin(u32, u32, String),
    UnknownCommand(u32, String),
    UnknownMethod(String),
    UnknownConstant(String),
    /// A constant whose value the docs do not give.
    ConstantWithoutValue(u16),
}

#[derive(Debug)]
pub enum Arg {
    Ex(Ex),
    /// `*`, `>`, `<` alone
    Star,
    Gt,
    Lt,
    /// `target:=value` inside a formula argument.
    Assign(Box<(Place, Ex)>),
    /// A skipped argument.
    Empty,
    /// A variable passed by name (arrays, output parameters): also readable as a place.
    Place(Box<(Place, Ex)>),
}

#[derive(Debug)]
pub struct BuiltinCall {
    pub builtin: &'static Builtin,
    pub args: Box<[Arg]>,
    pub span: Span,
}

#[derive(Debug)]
pub struct MethodCall {
    pub method: MethodId,
    pub args: Box<[Ex]>,
    pub span: Span,
}

#[derive(Debug)]
pub struct MemberCall {
    pub recv: Ex,
    pub name: Text,
    /// `$o[key](…)`: the function's name is computed (then `name` is unused).
    pub key: Option<Ex>,
    pub args: Box<[Ex]>,
    pub span: Span,
}

#[derive(Debug)]
pub enum SuperCall {
    /// `Super(args)`: the parent constructor.
    Constructor(Box<[Ex]>, Span),
    /// `Super.name(args)`
    Function(Text, Box<[Ex]>, Span),
    /// `Super` alone (the superclass object).
    Value(Span),
}

/// An assignable place.
#[derive(Debug)]
pub enum Place {
    Local(u32),
    Param(u32),
    ParamIndirect(Box<Ex>),
    Process(u32),
    Interprocess(u32),
    Member(Box<(Ex, Text)>),
    Index(Box<(Ex, Ex)>),
    Element(Box<(Ex, Ex)>),
    Char(Box<(Place, Ex)>),
    Deref(Box<Ex>),
    Table(Text),
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: St,
    pub span: Span,
    /// 1-based line in the method's source (`Error line`, call chains).
    pub line: u32,
}

pub type Block = Box<[Stmt]>;

#[derive(Debug)]
pub enum St {
    Expr(Ex),
    Assign(Box<(Place, Ex)>),
    /// Assignment to a typed local: the value is converted to the type.
    AssignTyped(Box<(u32, VarType, Ex)>),
    /// `AssignTyped` of compiled arithmetic to an Integer or Real local.
    SetNum(Box<SetNum>),
    /// `$t:=$t+a+b…` on a local: appends the pieces in place.
    AppendLocal(Box<(u32, Box<[Ex]>)>),
    Compound(Box<(Place, BinOp, Ex)>),
    /// `var` / `C_xxx`: gives variables their type and initial value.
    Declare(Box<Declaration>),
    If(Box<(Ex, Block, Option<Block>)>),
    Case(Box<CaseOf>),
    While(Box<(Ex, Block)>),
    Repeat(Box<(Block, Ex)>),
    For(Box<ForLoop>),
    ForEach(Box<ForEachLoop>),
    Use(Box<(Ex, Block)>),
    Try(Box<(Block, Option<Block>)>),
    Break,
    Continue,
    Return(Option<Ex>),
    Nop,
}

/// `$x:=($i*7)+3`: arithmetic compiled at resolve time (`Fast::Arith`),
/// or a local's number, assigned to an Integer or Real local.
pub struct SetNum {
    pub code: Box<NumCode>,
    /// The local's slot and whether it is an Integer (else a Real), read
    /// by the hot path without matching `assign`'s type.
    pub slot: u32,
    pub int: bool,
    /// The assignment (slot, type, value), its code taken out: run the
    /// general way when `code` answers None or the local holds no number
    /// of its type.
    pub assign: (u32, VarType, Ex),
}

impl std::fmt::Debug for SetNum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetNum").field("assign", &self.assign).finish()
    }
}

/// `Case of` branches and `Else`.
#[derive(Debug)]
pub struct CaseOf {
    pub branches: Vec<(Ex, Block)>,
    pub otherwise: Option<Block>,
}

#[derive(Debug)]
pub struct Declaration {
    pub vars: Vec<(VarRef, String)>,
    pub ty: VarType,
    pub init: Option<Ex>,
}

/// A variable named in a declaration.
#[derive(Debug, Clone, Copy)]
pub enum VarRef {
    Local(u32),
    Process(u32),
    Interprocess(u32),
    Param(u32),
}

#[derive(Debug)]
pub struct ForLoop {
    pub var: Place,
    pub start: Ex,
    pub end: Ex,
    pub step: Option<Ex>,
    pub body: Block,
    /// The counter is a local slot (fast path).
    pub local: Option<(u32, VarType)>,
}

#[derive(Debug)]
pub struct ForEachLoop {
    pub var: Place,
    pub source: Ex,
    pub begin: Option<Ex>,
    pub end: Option<Ex>,
    pub until: Option<Ex>,
    pub while_: Option<Ex>,
    pub body: Block,
    pub span: Span,
}

/// A parameter of a method, function or constructor.
#[derive(Debug, Clone)]
pub struct ParamSpec {
    pub slot: u32,
    pub name: String,
    pub ty: VarType,
}

/// A resolved method, class function, constructor or formula body.
#[derive(Debug)]
pub struct Code {
    pub name: String,
    pub params: Vec<ParamSpec>,
    /// `... : Type`
    pub variadic: Option<VarType>,
    /// Slot of the result (`-> $r`, anonymous `: Type`, or legacy `$0`).
    pub result: Option<(u32, VarType)>,
    /// Declared type of each local slot.
    pub slot_types: Vec<VarType>,
    pub slot_names: Vec<String>,
    pub body: Block,
    /// Parameters were declared (`#DECLARE`/`Function`): wrong argument types are errors.
    pub declared: bool,
    pub source: crate::source::SourceId,
}

/// A formula's code and where its captured locals go.
#[derive(Debug)]
pub struct FormulaCode {
    pub code: Arc<Code>,
    /// The formula's text (`.source`).
    pub text: String,
    /// It is an expression (its value is the result), not a statement.
    pub is_expr: bool,
}
