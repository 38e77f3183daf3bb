//! Screens as a headless application sees them (theme "System Environment"):
//! `Screen width`, `Screen height`, `SCREEN COORDINATES`, `SCREEN DEPTH`,
//! `Count screens`, `Menu bar screen`, `Menu bar height`, and the menu bar
//! switches `SHOW MENU BAR` / `HIDE MENU BAR`.
//!
//! tool4d has no screen. Answering 0×0 would send real code into divisions
//! by zero and windows of negative size (`(Screen width-$w)/2`), so fourd
//! reports one nominal screen: 1920×1080 pixels, 32-bit colour, the menu bar
//! on it. There is no menu bar to draw (`Menu bar height` is 0, as the docs
//! say for a hidden menu bar), so the work area is the whole screen.

use super::{Builtin, b, int, present, set_arg};
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// The nominal screen (README, known differences).
pub const WIDTH: i64 = 1920;
pub const HEIGHT: i64 = 1080;
pub const DEPTH: i64 = 32;

pub static BUILTINS: &[Builtin] = &[
    b("Screen width", 0, 1, screen_width),
    b("Screen height", 0, 1, screen_height),
    b("SCREEN COORDINATES", 4, 6, screen_coordinates),
    b("SCREEN DEPTH", 2, 3, screen_depth),
    b("Count screens", 0, 0, count_screens),
    b("Menu bar screen", 0, 0, menu_bar_screen),
    b("Menu bar height", 0, 0, menu_bar_height),
    b("SHOW MENU BAR", 0, 0, nothing),
    b("HIDE MENU BAR", 0, 0, nothing),
];

/// `Screen width {(*)}`: the application window (Windows without `*`) is the
/// whole screen headless.
fn screen_width(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(WIDTH as f64))
}

/// `Screen height {(*)}`
fn screen_height(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(HEIGHT as f64))
}

/// `SCREEN COORDINATES(left; top; right; bottom {; screenID {; screenArea}})`:
/// "If an invalid value is given in screenID or screenArea, a zero is
/// returned for all of the coordinates."
fn screen_coordinates(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let screen = if present(args, 4) { int(p, args, 4, span)? } else { 1 };
    // `Screen size` (0) or `Screen work area` (1).
    let area = if present(args, 5) { int(p, args, 5, span)? } else { 0 };
    let valid = screen == 1 && (area == 0 || area == 1);
    let (l, t, r, b) = if valid { (0, 0, WIDTH, HEIGHT) } else { (0, 0, 0, 0) };
    for (i, v) in [l, t, r, b].into_iter().enumerate() {
        set_arg(p, args, i, Value::Real(v as f64), span)?;
    }
    Ok(Value::Undefined)
}

/// `SCREEN DEPTH(depth; color {; screen})`: 32 bits, colour (1).
fn screen_depth(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let screen = if present(args, 2) { int(p, args, 2, span)? } else { 1 };
    let (depth, color) = if screen == 1 { (DEPTH, 1) } else { (0, 0) };
    set_arg(p, args, 0, Value::Real(depth as f64), span)?;
    set_arg(p, args, 1, Value::Real(color as f64), span)?;
    Ok(Value::Undefined)
}

fn count_screens(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(1.0))
}

fn menu_bar_screen(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(1.0))
}

/// No menu bar is shown headless: 0, as for a hidden menu bar.
fn menu_bar_height(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Real(0.0))
}

fn nothing(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Undefined)
}
