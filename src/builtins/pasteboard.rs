//! The pasteboard (theme "Pasteboard"): `SET TEXT TO PASTEBOARD`, `Get text
//! from pasteboard`, `CLEAR PASTEBOARD`, `APPEND DATA TO PASTEBOARD`, `GET
//! PASTEBOARD DATA`, `Pasteboard data size`, `GET PASTEBOARD DATA TYPE`.
//!
//! Headless, fourd never touches the system clipboard: the pasteboard is an
//! in-memory one, shared by every process of the run and empty at start.
//! It holds typed data as 4D's does. Text put with `SET TEXT TO PASTEBOARD`
//! is readable under the text types: UTF-8 for `TEXT`,
//! `com.4d.private.text.native` and `public.utf8-plain-text`, UTF-16LE for
//! `com.4d.private.text.utf16` and `public.utf16-plain-text`.

use crate::builtins::set_ok;
use std::rc::Rc;

use parking_lot::Mutex;

use super::{Builtin, b, set_arg, text};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

pub static BUILTINS: &[Builtin] = &[
    b("SET TEXT TO PASTEBOARD", 1, 1, set_text_to_pasteboard),
    b("Get text from pasteboard", 0, 0, get_text_from_pasteboard),
    b("CLEAR PASTEBOARD", 0, 0, clear_pasteboard),
    b("APPEND DATA TO PASTEBOARD", 2, 2, append_data_to_pasteboard),
    b("GET PASTEBOARD DATA", 2, 2, get_pasteboard_data),
    b("Pasteboard data size", 1, 1, pasteboard_data_size),
    b("GET PASTEBOARD DATA TYPE", 2, 3, get_pasteboard_data_type),
];

/// The signature 4D gives to text it copies.
const NATIVE_TEXT: &str = "com.4d.private.text.native";

#[derive(Debug, Clone)]
enum Entry {
    Text(String),
    Data(String, Vec<u8>),
}

/// The run's pasteboard (`Runtime::extensions`).
#[derive(Debug, Default)]
pub struct Pasteboard {
    entries: Mutex<Vec<Entry>>,
}

#[derive(Clone, Copy, PartialEq)]
enum TextEncoding {
    Utf8,
    Utf16,
}

/// How a text type holds its characters (None: not a text type).
fn text_encoding(data_type: &str) -> Option<TextEncoding> {
    match data_type {
        "TEXT" | NATIVE_TEXT | "public.utf8-plain-text" | "public.plain-text" => Some(TextEncoding::Utf8),
        "com.4d.private.text.utf16" | "public.utf16-plain-text" => Some(TextEncoding::Utf16),
        _ => None,
    }
}

fn encode(s: &str, enc: TextEncoding) -> Vec<u8> {
    match enc {
        TextEncoding::Utf8 => s.as_bytes().to_vec(),
        TextEncoding::Utf16 => s.encode_utf16().flat_map(u16::to_le_bytes).collect(),
    }
}

/// Text from bytes; a trailing NUL (Windows text data) is not part of it.
fn decode(bytes: &[u8], enc: TextEncoding) -> String {
    let s = match enc {
        TextEncoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        TextEncoding::Utf16 => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
    };
    s.trim_end_matches('\0').to_string()
}

impl Pasteboard {
    /// The data held under `data_type`.
    fn data(&self, data_type: &str) -> Option<Vec<u8>> {
        let entries = self.entries.lock();
        for e in entries.iter() {
            if let Entry::Data(t, bytes) = e
                && t == data_type
            {
                return Some(bytes.clone());
            }
        }
        let enc = text_encoding(data_type)?;
        entries.iter().find_map(|e| match e {
            Entry::Text(s) => Some(encode(s, enc)),
            _ => None,
        })
    }

    /// The text the pasteboard holds, put as text or as text-typed data.
    fn text(&self) -> Option<String> {
        let entries = self.entries.lock();
        if let Some(s) = entries.iter().find_map(|e| match e {
            Entry::Text(s) => Some(s.clone()),
            _ => None,
        }) {
            return Some(s);
        }
        entries.iter().find_map(|e| match e {
            Entry::Data(t, bytes) => text_encoding(t).map(|enc| decode(bytes, enc)),
            _ => None,
        })
    }
}

fn board(p: &Interp) -> std::sync::Arc<Pasteboard> {
    p.rt.extensions.get::<Pasteboard>()
}

/// `SET TEXT TO PASTEBOARD(text)`: clears the pasteboard, then puts the text.
fn set_text_to_pasteboard(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let t = text(p, args, 0, span)?;
    *board(p).entries.lock() = vec![Entry::Text(t.to_string())];
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `Get text from pasteboard`: "" and OK = 0 when it holds no text.
fn get_text_from_pasteboard(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    let t = board(p).text();
    set_ok(p, t.is_some());
    Ok(Value::text(t.unwrap_or_default()))
}

fn clear_pasteboard(p: &mut Interp, _: &[Arg], _: Span) -> RtResult<Value> {
    board(p).entries.lock().clear();
    Ok(Value::Undefined)
}

/// `APPEND DATA TO PASTEBOARD(dataType; data)`: adds the data without
/// clearing (data already held under that type is replaced).
fn append_data_to_pasteboard(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let t = text(p, args, 0, span)?.to_string();
    let data = super::blob::blob_arg(p, args, 1, "APPEND DATA TO PASTEBOARD", span)?;
    let pb = board(p);
    let mut entries = pb.entries.lock();
    entries.retain(|e| !matches!(e, Entry::Data(k, _) if *k == t));
    entries.push(Entry::Data(t, data.as_ref().to_vec()));
    drop(entries);
    set_ok(p, true);
    Ok(Value::Undefined)
}

/// `GET PASTEBOARD DATA(dataType; data)`: OK = 0 and an error when nothing
/// of that type is there.
fn get_pasteboard_data(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let t = text(p, args, 0, span)?;
    match board(p).data(t.as_str()) {
        Some(bytes) => {
            set_arg(p, args, 1, Value::Blob(Rc::new(bytes)), span)?;
            set_ok(p, true);
            Ok(Value::Undefined)
        }
        None => {
            set_ok(p, false);
            err(
                code::NO_PASTEBOARD_DATA,
                format!("the pasteboard holds no data of type \"{t}\""),
                span,
            )
        }
    }
}

/// `Pasteboard data size(dataType)`: the size in bytes, or -102 when the
/// pasteboard holds nothing of that type.
fn pasteboard_data_size(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let t = text(p, args, 0, span)?;
    let size = match board(p).data(t.as_str()) {
        Some(bytes) => bytes.len() as f64,
        None => code::NO_PASTEBOARD_DATA as f64,
    };
    Ok(Value::Real(size))
}

/// `GET PASTEBOARD DATA TYPE(4Dsignatures; nativeTypes {; formatNames})`:
/// the types held, in the order they were put; format names are empty
/// strings as on macOS.
fn get_pasteboard_data_type(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let entries = board(p).entries.lock().clone();
    let mut sigs = Vec::new();
    let mut natives = Vec::new();
    for e in &entries {
        let (sig, native) = match e {
            Entry::Text(_) => (NATIVE_TEXT.to_string(), "public.utf8-plain-text".to_string()),
            Entry::Data(t, _) => {
                let sig = if t.starts_with("com.4d.") {
                    t.clone()
                } else {
                    String::new()
                };
                (sig, t.clone())
            }
        };
        sigs.push(Value::text(sig));
        natives.push(Value::text(native));
    }
    let names = vec![Value::text(""); natives.len()];
    use crate::builtins::objects::put_array;
    use crate::runtime::object::ArrayKind;
    put_array(p, args, 0, ArrayKind::Text, sigs, span)?;
    put_array(p, args, 1, ArrayKind::Text, natives, span)?;
    if super::present(args, 2) {
        put_array(p, args, 2, ArrayKind::Text, names, span)?;
    }
    Ok(Value::Undefined)
}
