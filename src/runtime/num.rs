//! Arithmetic and comparisons of numeric locals and literals, compiled at
//! resolve time into closures over the frame's locals (`($i*7)+3`,
//! `$n<2`). A closure reads each local in place and computes in registers:
//! no value is built, and the operator and the operand kinds are fixed in
//! its code, not matched at each evaluation.
//!
//! A closure answers None when an operand does not hold a number (a
//! Variant local holding a text) or the operation is an error (modulo by
//! zero): the expression is then evaluated the general way, which gives
//! the result or the error. Its operands have no side effects, so reading
//! them twice changes nothing.

use std::fmt;

use super::value::Value;
use crate::sema::ir::{Const, Ex};
use crate::syntax::ast::BinOp;

/// Compiled arithmetic: the number, from the frame's locals.
pub type NumCode = dyn Fn(&[Value]) -> Option<f64> + Send + Sync;
/// A compiled comparison.
pub type CmpCode = dyn Fn(&[Value]) -> Option<bool> + Send + Sync;

/// How a binary expression may be computed without building values.
#[derive(Default)]
pub enum Fast {
    /// Only the general way.
    #[default]
    No,
    /// Its operands are numeric locals, literals, properties or elements of
    /// locals, or arithmetic on them (`Interp::num_operand`).
    Pure,
    /// Arithmetic on locals and literals, compiled. A compiled operand is
    /// moved into the closure of the expression that uses it, and left
    /// `Pure`.
    Arith(Box<NumCode>),
    /// A comparison of locals, literals and arithmetic on them, compiled.
    Compare(Box<CmpCode>),
}

impl fmt::Debug for Fast {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Fast::No => "No",
            Fast::Pure => "Pure",
            Fast::Arith(_) => "Arith",
            Fast::Compare(_) => "Compare",
        })
    }
}

impl Fast {
    /// The fast form of `l op r`; compiled operands are moved into it.
    /// Without `compile`, at most `Pure`.
    pub fn of(op: BinOp, l: &mut Ex, r: &mut Ex, compile: bool) -> Fast {
        if !(l.num_candidate() && r.num_candidate()) {
            return Fast::No;
        }
        if !(compile && Operand::can(l) && Operand::can(r) && OPS.contains(&op)) {
            return Fast::Pure;
        }
        match (Operand::take(l), Operand::take(r)) {
            (Some(l), Some(r)) => l.compile(op, r),
            _ => Fast::Pure,
        }
    }

    /// The compiled arithmetic, moved out (this is left `Pure`, its
    /// operands read in place); None, and this unchanged, for the others.
    pub fn take_arith(&mut self) -> Option<Box<NumCode>> {
        if !matches!(self, Fast::Arith(_)) {
            return None;
        }
        match std::mem::replace(self, Fast::Pure) {
            Fast::Arith(code) => Some(code),
            _ => None,
        }
    }
}

/// The number a local holds, as compiled code.
pub fn local(slot: u32) -> Box<NumCode> {
    let slot = Slot(slot as usize);
    Box::new(move |v: &[Value]| slot.read(v))
}

/// Arithmetic on two numbers (4D's rules, see `ops::binary`); None for the
/// other operators and for division or modulo by zero (errors).
#[inline(always)]
pub fn arith(op: BinOp, x: f64, y: f64) -> Option<f64> {
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        BinOp::IntDiv if y != 0.0 => (x / y).floor(),
        BinOp::Mod => {
            let (l, r) = (super::ops::to_long(x), super::ops::to_long(y));
            if r == 0 {
                return None;
            }
            l.wrapping_rem(r) as f64
        }
        _ => return None,
    })
}

/// A comparison of two numbers (`=` within the real comparison level);
/// None for the other operators.
#[inline(always)]
pub fn compare(op: BinOp, x: f64, y: f64) -> Option<bool> {
    Some(match op {
        BinOp::Lt => x < y,
        BinOp::Gt => x > y,
        BinOp::Le => x <= y,
        BinOp::Ge => x >= y,
        BinOp::Eq => x == y || (x - y).abs() <= super::ops::epsilon(),
        BinOp::Ne => !(x == y || (x - y).abs() <= super::ops::epsilon()),
        _ => return None,
    })
}

/// An operand of a compiled expression.
enum Operand {
    Local(Slot),
    Const(f64),
    Code(Code),
}

impl Operand {
    fn can(e: &Ex) -> bool {
        match e {
            Ex::Local(_) | Ex::Const(Const::Real(_)) => true,
            Ex::Bin(_, b) => matches!(b.fast, Fast::Arith(_)),
            _ => false,
        }
    }

    /// The operand `e` (see `can`); its compiled code is moved out.
    fn take(e: &mut Ex) -> Option<Operand> {
        Some(match e {
            Ex::Local(slot) => Operand::Local(Slot(*slot as usize)),
            Ex::Const(Const::Real(x)) => Operand::Const(*x),
            Ex::Bin(_, b) => Operand::Code(Code(b.fast.take_arith()?)),
            _ => return None,
        })
    }

    /// `self op r`, with a closure made for each kind of operand.
    fn compile(self, op: BinOp, r: Operand) -> Fast {
        // `%` of a whole literal: converted once, here.
        if op == BinOp::Mod
            && let Operand::Const(y) = r
        {
            let y = super::ops::to_long(y);
            if y != 0 {
                return match self {
                    Operand::Local(l) => modulo(l, y),
                    Operand::Const(l) => modulo(l, y),
                    Operand::Code(l) => modulo(l, y),
                };
            }
        }
        match self {
            Operand::Local(l) => with_right(op, l, r),
            Operand::Const(l) => with_right(op, l, r),
            Operand::Code(l) => with_right(op, l, r),
        }
    }
}

fn with_right(op: BinOp, l: impl Read, r: Operand) -> Fast {
    match r {
        Operand::Local(r) => with_op(op, l, r),
        Operand::Const(r) => with_op(op, l, r),
        Operand::Code(r) => with_op(op, l, r),
    }
}

/// `l % y`, `y` a Longint other than 0.
fn modulo(l: impl Read, y: i32) -> Fast {
    Fast::Arith(Box::new(
        move |v: &[Value]| Some(l.read_long(v)?.wrapping_rem(y) as f64),
    ))
}

/// The operators as numbers, for the closures' const parameter.
const OPS: [BinOp; 12] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::Div,
    BinOp::IntDiv,
    BinOp::Mod,
    BinOp::Lt,
    BinOp::Gt,
    BinOp::Le,
    BinOp::Ge,
    BinOp::Eq,
    BinOp::Ne,
];

/// `op` is one of `OPS` (see `Fast::of`).
fn with_op(op: BinOp, l: impl Read, r: impl Read) -> Fast {
    match OPS.iter().position(|o| *o == op).unwrap_or(OPS.len()) {
        0 => arith_code::<0>(l, r),
        1 => arith_code::<1>(l, r),
        2 => arith_code::<2>(l, r),
        3 => arith_code::<3>(l, r),
        4 => arith_code::<4>(l, r),
        5 => arith_code::<5>(l, r),
        6 => compare_code::<6>(l, r),
        7 => compare_code::<7>(l, r),
        8 => compare_code::<8>(l, r),
        9 => compare_code::<9>(l, r),
        10 => compare_code::<10>(l, r),
        _ => compare_code::<11>(l, r),
    }
}

/// The operator is a constant in each closure's code.
#[allow(clippy::indexing_slicing)] // OP < OPS.len(): see `with_op`
fn arith_code<const OP: usize>(l: impl Read, r: impl Read) -> Fast {
    Fast::Arith(Box::new(move |v: &[Value]| arith(OPS[OP], l.read(v)?, r.read(v)?)))
}

#[allow(clippy::indexing_slicing)] // OP < OPS.len(): see `with_op`
fn compare_code<const OP: usize>(l: impl Read, r: impl Read) -> Fast {
    Fast::Compare(Box::new(move |v: &[Value]| compare(OPS[OP], l.read(v)?, r.read(v)?)))
}

/// Reads an operand's number from the locals.
trait Read: Send + Sync + 'static {
    fn read(&self, locals: &[Value]) -> Option<f64>;

    /// The number as a Longint (`%` works on Longints).
    #[inline(always)]
    fn read_long(&self, locals: &[Value]) -> Option<i32> {
        Some(super::ops::to_long(self.read(locals)?))
    }
}

struct Slot(usize);

impl Read for Slot {
    #[inline(always)]
    fn read(&self, locals: &[Value]) -> Option<f64> {
        match locals.get(self.0)? {
            Value::Real(x) => Some(*x),
            Value::Int(i) => Some(f64::from(*i)),
            _ => None,
        }
    }

    #[inline(always)]
    fn read_long(&self, locals: &[Value]) -> Option<i32> {
        match locals.get(self.0)? {
            Value::Int(i) => Some(*i),
            Value::Real(x) => Some(super::ops::to_long(*x)),
            _ => None,
        }
    }
}

impl Read for f64 {
    #[inline(always)]
    fn read(&self, _: &[Value]) -> Option<f64> {
        Some(*self)
    }
}

struct Code(Box<NumCode>);

impl Read for Code {
    #[inline(always)]
    fn read(&self, locals: &[Value]) -> Option<f64> {
        (self.0)(locals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::text::Text;
    use crate::sema::ir::Binary;
    use crate::source::Span;

    fn bin(op: BinOp, mut l: Ex, mut r: Ex) -> Ex {
        let fast = Fast::of(op, &mut l, &mut r, true);
        Ex::Bin(
            op,
            Box::new(Binary {
                l,
                r,
                span: Span::NONE,
                fast,
            }),
        )
    }

    fn arith_of(e: &Ex, locals: &[Value]) -> Option<f64> {
        match e {
            Ex::Bin(_, b) => match &b.fast {
                Fast::Arith(f) => f(locals),
                other => panic!("not compiled: {other:?}"),
            },
            _ => panic!("not a binary expression"),
        }
    }

    #[test]
    fn nested_arithmetic_is_one_closure_and_falls_back_on_non_numbers() {
        // ($0*7)+3, then `% 5` of it.
        let inner = bin(BinOp::Mul, Ex::Local(0), Ex::Const(Const::Real(7.0)));
        let e = bin(BinOp::Add, inner, Ex::Const(Const::Real(3.0)));
        let Ex::Bin(_, b) = &e else { unreachable!() };
        // The operand's code moved into the outer closure.
        assert!(matches!(&b.l, Ex::Bin(_, i) if matches!(i.fast, Fast::Pure)));
        assert_eq!(arith_of(&e, &[Value::Int(4)]), Some(31.0));
        assert_eq!(arith_of(&e, &[Value::Real(0.5)]), Some(6.5));
        assert_eq!(arith_of(&e, &[Value::text("4")]), None);
        assert_eq!(arith_of(&e, &[]), None);
        let m = bin(BinOp::Mod, e, Ex::Const(Const::Real(5.0)));
        assert_eq!(arith_of(&m, &[Value::Int(4)]), Some(1.0));
    }

    #[test]
    fn errors_and_other_operands_are_left_to_the_general_way() {
        // Modulo and integer division by zero: None, the general way raises.
        let m = bin(BinOp::Mod, Ex::Local(0), Ex::Const(Const::Real(0.0)));
        assert_eq!(arith_of(&m, &[Value::Int(4)]), None);
        let d = bin(BinOp::IntDiv, Ex::Local(0), Ex::Local(1));
        assert_eq!(arith_of(&d, &[Value::Int(4), Value::Int(0)]), None);
        assert_eq!(arith_of(&d, &[Value::Int(-7), Value::Int(2)]), Some(-4.0));
        // 10.5 % 2: the operands are rounded to Longints first.
        let m = bin(BinOp::Mod, Ex::Local(0), Ex::Const(Const::Real(2.0)));
        assert_eq!(arith_of(&m, &[Value::Real(10.5)]), Some(0.0));
        // A property is read in place by the interpreter, not compiled.
        let member = Ex::Member(Box::new((Ex::Local(0), Text::from("n"), Span::NONE)));
        let p = bin(BinOp::Add, member, Ex::Const(Const::Real(1.0)));
        assert!(matches!(&p, Ex::Bin(_, b) if matches!(b.fast, Fast::Pure)));
        let t = bin(BinOp::Add, Ex::Local(0), Ex::Const(Const::Text(Text::from("a"))));
        assert!(matches!(&t, Ex::Bin(_, b) if matches!(b.fast, Fast::No)));
    }

    #[test]
    fn comparisons_use_the_comparison_level_for_equality_only() {
        let e = bin(BinOp::Eq, Ex::Local(0), Ex::Const(Const::Real(0.3)));
        let lt = bin(BinOp::Gt, Ex::Local(0), Ex::Const(Const::Real(0.3)));
        let locals = [Value::Real(0.1 + 0.2)];
        for (e, want) in [(&e, true), (&lt, true)] {
            let Ex::Bin(_, b) = e else { unreachable!() };
            let Fast::Compare(f) = &b.fast else {
                panic!("not compiled")
            };
            assert_eq!(f(&locals), Some(want));
        }
    }
}
