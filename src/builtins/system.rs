//! Environment and console: Application version, Command name, System info,
//! Current machine, Current system user, and the dialog commands ALERT,
//! CONFIRM, Request, MESSAGE, DISPLAY NOTIFICATION, BEEP as a headless
//! application runs them. (`Get 4D folder` and `Temporary folder` are with
//! the file commands.)
//!
//! Headless mode (Admin/cli.md, `--headless`): "Every call to a dialog box is
//! intercepted and an automatic response is provided (e.g. OK for the ALERT
//! command…). All intercepted commands are logged in the diagnostic log."
//! fourd never blocks: ALERT returns, CONFIRM answers OK (OK = 1), Request
//! answers OK with its default response (OK = 1). fourd has no diagnostic
//! log file, so each intercepted dialog (and MESSAGE, DISPLAY NOTIFICATION)
//! is written as one line on stderr, `COMMAND: message`; BEEP does nothing.

use super::{Builtin, b, has_star, int, present, set_arg, text};
use crate::builtins::set_ok;
use crate::catalog::{self, ThreadSafe};
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("ALERT", 1, 2, alert),
    b("CONFIRM", 1, 3, confirm),
    b("Request", 1, 4, request),
    b("MESSAGE", 1, 1, message),
    b("DISPLAY NOTIFICATION", 2, 3, display_notification),
    b("BEEP", 0, 0, beep),
    b("Application version", 0, 2, application_version),
    b("Command name", 1, 3, command_name),
    b("System info", 0, 0, system_info),
    b("Current machine", 0, 0, current_machine),
    b("Current system user", 0, 0, current_system_user),
    b("Version type", 0, 0, version_type),
    b("MESSAGES ON", 0, 0, messages_on_off),
    b("MESSAGES OFF", 0, 0, messages_on_off),
    b("GET SYSTEM FORMAT", 2, 2, get_system_format),
    b("SET DATABASE PARAMETER", 2, 3, set_database_parameter),
    b("Get database parameter", 1, 3, get_database_parameter),
];

/// `GET SYSTEM FORMAT(format; value)`: the regional settings fourd uses,
/// US English, the ones its own date and number texts follow
/// (`MM/DD/YYYY`, `.` for decimals).
fn get_system_format(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let value = match int(p, args, 0, span)? {
        0 => ".",
        1 => ",",
        2 => "$",
        3 => "h:mm a",
        4 => "h:mm:ss a",
        5 => "h:mm:ss a z",
        6 => "MM/dd/yyyy",
        7 => "MMM d, yyyy",
        8 => "EEEE, MMMM d, yyyy",
        13 => "/",
        14 => ":",
        15 => "2",
        16 => "1",
        17 => "3",
        18 => "AM",
        19 => "PM",
        _ => "",
    };
    set_arg(p, args, 1, Value::text(value), span)?;
    Ok(Value::Undefined)
}

/// Database parameters set during the run (`SET DATABASE PARAMETER`).
#[derive(Default)]
struct DbParams(parking_lot::Mutex<rustc_hash::FxHashMap<i64, DbParam>>);

enum DbParam {
    Num(f64),
    Text(String),
}

/// `Dates inside objects` (85): fourd keeps dates as dates (`Date type`, 2).
const DATES_INSIDE_OBJECTS: i64 = 85;

/// `SET DATABASE PARAMETER({table;} selector; value)`: the value is kept
/// and `Get database parameter` returns it. Most parameters configure a
/// server, a cache or logs fourd does not have: setting them has no other
/// effect (README, known differences).
fn set_database_parameter(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let first = usize::from(args.len() == 3);
    let selector = int(p, args, first, span)?;
    let value = match super::val(p, args, first + 1)? {
        Value::Text(t) => DbParam::Text(t.as_str().to_string()),
        other => DbParam::Num(other.as_num().unwrap_or(0.0)),
    };
    p.rt.extensions.get::<DbParams>().0.lock().insert(selector, value);
    Ok(Value::Undefined)
}

/// `Get database parameter({table;} selector {; stringValue})`.
fn get_database_parameter(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    // A table comes first when the first argument is not a number.
    let first = usize::from(args.len() == 3 || matches!(args.first(), Some(Arg::Ex(crate::sema::ir::Ex::Table(_)))));
    let selector = int(p, args, first, span)?;
    let (num, text) = match p.rt.extensions.get::<DbParams>().0.lock().get(&selector) {
        Some(DbParam::Text(t)) => (0.0, t.clone()),
        Some(DbParam::Num(n)) => (*n, String::new()),
        None if selector == DATES_INSIDE_OBJECTS => (2.0, String::new()),
        None => (0.0, String::new()),
    };
    if present(args, first + 1) {
        set_arg(p, args, first + 1, Value::text(text), span)?;
    }
    Ok(Value::Real(num))
}

/// `Version type` (version-type.md): a bit field tested with `??`, whose
/// constants are bit numbers. fourd is a 64-bit build (bit `64 bit version`
/// = 1 set), not a demo (bit 0) nor a merged application (bit 2).
fn version_type(_p: &mut Interp, _args: &[Arg], _span: Span) -> RtResult<Value> {
    Ok(Value::Int(1 << 1))
}

/// `MESSAGES ON` / `MESSAGES OFF`: progress thermometers are never shown
/// headless, so there is nothing to switch.
fn messages_on_off(_p: &mut Interp, _args: &[Arg], _span: Span) -> RtResult<Value> {
    Ok(Value::Undefined)
}

/// The version fourd reports: 4D 21 (a release, not an R version), short
/// form "2100" (application-version.md: version, R number, revision).
pub const VERSION_SHORT: &str = "2100";
/// Long form: "F" (final), internal compilation number, short form.
pub const VERSION_LONG: &str = "F0012100";
/// The build number `Application version(buildNum)` returns (fourd is no 4D build).
pub const BUILD_NUMBER: i32 = 0;

/// Reports an intercepted dialog as a headless application logs it.
pub fn headless_log(p: &Interp, command: &str, message: &str) {
    let message = message.replace("\r\n", "\n").replace('\r', "\n");
    p.rt.out.stderr(&format!("{command}: {message}\n"));
}

/// `ALERT(message {; okButtonTitle})`: answered OK at once.
fn alert(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let m = text(p, args, 0, span)?;
    headless_log(p, "ALERT", m.as_str());
    Ok(Value::Undefined)
}

/// `CONFIRM(message {; okButtonTitle {; cancelButtonTitle}})`: answered OK (OK = 1).
fn confirm(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let m = text(p, args, 0, span)?;
    headless_log(p, "CONFIRM", m.as_str());
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `Request(message {; defaultResponse {; OK title {; Cancel title}}})`:
/// answered OK with the default response (OK = 1).
fn request(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let m = text(p, args, 0, span)?;
    let answer = if present(args, 1) {
        text(p, args, 1, span)?
    } else {
        Default::default()
    };
    headless_log(p, "Request", m.as_str());
    set_ok(p, true);
    Ok(Value::Text(answer))
}

/// `MESSAGE(message)`: no window in headless mode; the text goes to stderr.
fn message(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let m = text(p, args, 0, span)?;
    headless_log(p, "MESSAGE", m.as_str());
    Ok(Value::Undefined)
}

/// `DISPLAY NOTIFICATION(title; text {; duration})`
fn display_notification(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let title = text(p, args, 0, span)?;
    let body = text(p, args, 1, span)?;
    headless_log(p, "DISPLAY NOTIFICATION", &format!("{title}: {body}"));
    Ok(Value::Undefined)
}

fn beep(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::Undefined)
}

/// `Application version {(buildNum {; *})}`
fn application_version(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    if matches!(args.first(), Some(Arg::Ex(_))) {
        set_arg(p, args, 0, Value::Int(BUILD_NUMBER), span)?;
    }
    Ok(Value::text(if has_star(args) { VERSION_LONG } else { VERSION_SHORT }))
}

/// `Command name(command {; info {; theme}})`: OK = 1 when the number exists.
/// `info` bit 0: thread-safe; bit 1: deprecated (an `_o_` name).
fn command_name(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let n = int(p, args, 0, span)?;
    let info = u32::try_from(n)
        .ok()
        .filter(|&n| n > 0)
        .and_then(catalog::command_by_number)
        .and_then(catalog::command);
    let Some(c) = info else {
        set_ok(p, false);
        return Ok(Value::text(""));
    };
    if present(args, 1) {
        let mut bits = 0;
        if c.thread_safe == ThreadSafe::Yes {
            bits |= 1;
        }
        if c.name.to_ascii_lowercase().starts_with("_o_") {
            bits |= 2;
        }
        set_arg(p, args, 1, Value::Int(bits), span)?;
    }
    if present(args, 2) {
        set_arg(p, args, 2, Value::text(c.theme), span)?;
    }
    set_ok(p, true);
    Ok(Value::text(c.name))
}

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok().map(|s| s.trim().to_string())
}

/// The machine's network name.
fn hostname() -> String {
    read("/proc/sys/kernel/hostname")
        .or_else(|| read("/etc/hostname"))
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".into())
}

/// `(account name, full name)` of the user running fourd.
fn user() -> (String, String) {
    let uid = read("/proc/self/status").and_then(|s| {
        s.lines()
            .find_map(|l| l.strip_prefix("Uid:"))
            .and_then(|l| l.split_whitespace().next().map(str::to_string))
    });
    if let (Some(uid), Some(passwd)) = (uid, read("/etc/passwd")) {
        for line in passwd.lines() {
            let f: Vec<&str> = line.split(':').collect();
            if f.get(2) == Some(&uid.as_str()) {
                let account = f.first().copied().unwrap_or_default().to_string();
                let full = f
                    .get(4)
                    .and_then(|g| g.split(',').next())
                    .filter(|g| !g.is_empty())
                    .map(str::to_string)
                    .unwrap_or_else(|| account.clone());
                return (account, full);
            }
        }
    }
    let account = std::env::var("USER").unwrap_or_default();
    (account.clone(), account)
}

fn current_machine(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::text(hostname()))
}

fn current_system_user(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    Ok(Value::text(user().1))
}

/// `System info`: what Linux tells in /proc and /etc (network interfaces
/// and volumes are left empty).
fn system_info(_: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    let (account, full) = user();
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let cpuinfo = read("/proc/cpuinfo").unwrap_or_default();
    let processor = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .and_then(|r| r.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_default();
    let cores = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("cpu cores")
                .and_then(|r| r.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(threads);
    let memory = read("/proc/meminfo")
        .and_then(|m| {
            m.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.split_whitespace().next().and_then(|n| n.parse::<f64>().ok()))
        })
        .unwrap_or(0.0);
    let uptime = read("/proc/uptime")
        .and_then(|u| u.split_whitespace().next().and_then(|n| n.parse::<f64>().ok()))
        .unwrap_or(0.0)
        .floor();
    let os_name = read("/etc/os-release")
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|v| v.trim_matches('"').to_string())
        })
        .unwrap_or_else(|| "Linux".into());
    let kernel = read("/proc/sys/kernel/osrelease").unwrap_or_default();
    let os_version = if kernel.is_empty() {
        os_name
    } else {
        format!("{os_name} ({kernel})")
    };
    let lang = std::env::var("LC_ALL")
        .ok()
        .filter(|v| !v.is_empty())
        .or_else(|| std::env::var("LANG").ok())
        .map(|l| l.split(['_', '.', '-']).next().unwrap_or_default().to_string())
        .filter(|l| !l.is_empty() && l != "C" && l != "POSIX")
        .unwrap_or_else(|| "en".into());
    let model = read("/sys/devices/virtual/dmi/id/product_name").unwrap_or_else(|| "PC".into());
    let mut o = Object::new();
    o.set("accountName", Value::text(account));
    o.set("cores", Value::Real(cores as f64));
    o.set("cpuThreads", Value::Real(threads as f64));
    o.set("machineName", Value::text(hostname()));
    o.set("macRosetta", Value::Bool(false));
    o.set("model", Value::text(model));
    o.set("networkInterfaces", Value::new_collection(Vec::new()));
    o.set("osVersion", Value::text(os_version));
    o.set("osLanguage", Value::text(lang));
    o.set("physicalMemory", Value::Real(memory));
    o.set("processor", Value::text(processor));
    o.set("uptime", Value::Real(uptime));
    o.set("userName", Value::text(full));
    o.set("volumes", Value::new_collection(Vec::new()));
    Ok(Value::new_object(o))
}
