//! Runtime errors: 4D's error code, message and component signature, where
//! it happened, and the 4D call chain. Control flow (`return`, `break`) is not
//! an error; `ABORT` and interruption travel as non-catchable kinds.

use crate::diagnostics::Frame;
use crate::source::Span;

/// Error codes. Only -10721 (shared values), -10508, -10518 and the class
/// errors are documented; the others are fourd's provisional codes, kept
/// here so they can be corrected in one place (README, known differences).
pub mod code {
    /// `throw({…})` without `errCode`.
    pub const THROW_DEFAULT: i32 = -1;
    /// Execution interrupted by the user.
    pub const INTERRUPTED: i32 = 1006;
    /// Project method not found.
    pub const METHOD_NOT_FOUND: i32 = -10508;
    /// Assertion failed (`ASSERT`).
    pub const ASSERTION: i32 = -10518;
    /// Not supported value type in a shared object or shared collection.
    pub const SHARED_VALUE: i32 = -10721;
    /// `This` used before the superclass constructor ran.
    pub const THIS_BEFORE_SUPER: i32 = -10743;
    /// `Super` outside an object scope / constructor already called.
    pub const SUPER_MISUSE: i32 = -10746;
    /// Not every constructor of the inheritance chain was called.
    pub const SUPER_NOT_CALLED: i32 = -10748;
    // Provisional (unconfirmed) codes below.
    /// Writing a shared object or collection outside `Use` of its group.
    pub const SHARED_NOT_LOCKED: i32 = -10722;
    /// A shared value already belongs to another shared group.
    pub const SHARED_OTHER_GROUP: i32 = -10723;
    /// Two processes wait for each other's shared groups.
    pub const SHARED_DEADLOCK: i32 = -10724;
    /// `Use` on something that is not a shared object or collection.
    pub const USE_NOT_SHARED: i32 = -10725;
    /// Incompatible types in an operation.
    pub const TYPE_MISMATCH: i32 = -10510;
    /// A value of the wrong type assigned to a typed variable or passed to a parameter.
    pub const WRONG_TYPE: i32 = -10511;
    /// Reading or writing a property of Null, or writing into an undefined object.
    pub const NULL_ACCESS: i32 = -10512;
    /// Calling a member function that does not exist.
    pub const NO_SUCH_FUNCTION: i32 = -10513;
    /// Reading a variable that was never assigned.
    pub const UNDEFINED_VARIABLE: i32 = -10514;
    /// Index out of range.
    pub const INDEX_RANGE: i32 = -20001;
    /// Too many nested calls.
    pub const STACK_FULL: i32 = -10515;
    /// A command that fourd does not implement (or a plug-in).
    pub const NOT_IMPLEMENTED: i32 = -10516;
    /// Bad argument to a command.
    pub const BAD_ARGUMENT: i32 = -10517;
    /// Modulo or integer division by zero.
    pub const DIVISION_BY_ZERO: i32 = -20005;
    /// Parameter passed to another process that cannot cross (pointer, formula).
    pub const PROCESS_PARAMETER: i32 = -10519;
    /// Something only the database engine can do.
    pub const NO_DATABASE: i32 = -10520;
    /// Syntax error in code parsed at run time (`EXECUTE FORMULA`, a method file).
    pub const SYNTAX: i32 = -10521;
    /// A file or folder error.
    pub const FILE: i32 = -43;
    /// `SET PROCESS VARIABLE` / `VARIABLE TO VARIABLE` to a process that does
    /// not exist (the docs say an error is raised, not which).
    pub const PROCESS_NOT_FOUND: i32 = -10522;
    /// `Pasteboard data size`: no data of that type (documented: -102).
    pub const NO_PASTEBOARD_DATA: i32 = -102;
}

#[derive(Clone, Debug, PartialEq)]
pub enum ErrorKind {
    /// A 4D error: can be caught by `Try`, `Catch`, `ON ERR CALL`.
    Error,
    /// `ABORT`: stops the current execution, not catchable.
    Abort,
    /// Ctrl-C (exit code 130).
    Interrupted,
}

/// A 4D runtime error.
#[derive(Clone, Debug)]
pub struct RuntimeError {
    pub kind: ErrorKind,
    pub code: i32,
    pub message: String,
    /// `4DRT` for runtime errors, `host` for `throw`.
    pub component: String,
    pub span: Span,
    /// Where the error is while it leaves the calls: the failing span, then
    /// each call site (gives each frame of the chain its line).
    pub at: Span,
    /// Innermost first; filled as the error leaves each call.
    pub chain: Vec<Frame>,
    /// `throw({…; deferred: True})`
    pub deferred: bool,
    /// Extra properties of a thrown error object (shown in `Last errors`).
    pub extra: Vec<(String, String)>,
    /// Earlier errors of the same failure (4D stacks errors).
    pub stack: Vec<RuntimeError>,
}

pub type RtResult<T> = Result<T, Box<RuntimeError>>;

impl RuntimeError {
    pub fn new(code: i32, message: impl Into<String>, span: Span) -> Box<RuntimeError> {
        Box::new(RuntimeError {
            kind: ErrorKind::Error,
            code,
            message: message.into(),
            component: "4DRT".into(),
            span,
            at: span,
            chain: Vec::new(),
            deferred: false,
            extra: Vec::new(),
            stack: Vec::new(),
        })
    }

    pub fn abort(span: Span) -> Box<RuntimeError> {
        let mut e = RuntimeError::new(0, "execution aborted", span);
        e.kind = ErrorKind::Abort;
        e
    }

    pub fn interrupted(span: Span) -> Box<RuntimeError> {
        let mut e = RuntimeError::new(code::INTERRUPTED, "execution interrupted by the user", span);
        e.kind = ErrorKind::Interrupted;
        e
    }

    pub fn catchable(&self) -> bool {
        self.kind == ErrorKind::Error
    }
}

/// Shorthand constructors used everywhere.
pub fn err<T>(code: i32, message: impl Into<String>, span: Span) -> RtResult<T> {
    Err(RuntimeError::new(code, message, span))
}

pub fn type_mismatch<T>(what: &str, span: Span) -> RtResult<T> {
    err(code::TYPE_MISMATCH, what, span)
}
