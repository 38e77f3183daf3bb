//! Localization (XLIFF architecture): Localized string (formerly Get
//! localized string), Localized document path, Get database localization
//! and SET DATABASE LOCALIZATION.
//!
//! Localized files are in the project's `Resources/` folder, in
//! `<lang>.lproj/` subfolders (`fr.lproj`, `fr_ca.lproj`; the legacy names
//! `French.lproj`… are understood). Folders are searched in the order of
//! localized-document-path.md: current language, current language without
//! region, default language, default language without region, the first
//! `.lproj` folder (by name), then `Resources/` itself. Localized string
//! reads every `.xlf`/`.xliff` file of a folder (by name) and returns the
//! `<target>` of the first `<trans-unit>` whose `resname` matches exactly
//! (its `<source>` when it has no target).
//!
//! The default language (get-database-localization.md): the system
//! language (`LC_ALL`, `LC_MESSAGES` or `LANG`; `C` and `POSIX` name
//! none), then English, when a `.lproj` folder matches; else the first
//! `.lproj` folder; without any, the system language or English. The
//! language set by SET DATABASE LOCALIZATION applies to every process of
//! the run. `Internal 4D localization` is "en" (fourd sorts and compares
//! texts the same way whatever the language).

use crate::builtins::set_ok;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;
use rustc_hash::FxHashMap;

use super::package_folder;
use crate::builtins::{int, present, text};
use crate::runtime::error::RtResult;
use crate::runtime::interp::Interp;
use crate::runtime::value::Value;
use crate::sema::ir::Arg;
use crate::source::Span;

/// The language set by SET DATABASE LOCALIZATION.
static CURRENT: Mutex<Option<String>> = Mutex::new(None);

/// Parsed XLIFF files: path → (modification time, resname → text).
type Strings = Arc<FxHashMap<String, String>>;
type Parsed = (Option<std::time::SystemTime>, Strings);
static CACHE: LazyLock<Mutex<FxHashMap<PathBuf, Parsed>>> = LazyLock::new(|| Mutex::new(FxHashMap::default()));

/// Legacy `.lproj` names and their language codes.
const LEGACY: &[(&str, &str)] = &[
    ("english", "en"),
    ("french", "fr"),
    ("german", "de"),
    ("spanish", "es"),
    ("italian", "it"),
    ("japanese", "ja"),
    ("dutch", "nl"),
    ("portuguese", "pt"),
    ("swedish", "sv"),
    ("chinese", "zh"),
];

/// The language code of a `.lproj` folder name (`fr_CA` → `fr-ca`).
fn code_of_folder(stem: &str) -> String {
    let lower = stem.to_ascii_lowercase().replace('_', "-");
    LEGACY
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|(_, c)| c.to_string())
        .unwrap_or(lower)
}

/// `(language code, folder)` of every `.lproj` folder, sorted by folder name.
fn lproj_folders(resources: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(resources) else {
        return Vec::new();
    };
    let mut out: Vec<(String, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".lproj")?;
            path.is_dir().then(|| (code_of_folder(stem), path))
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// A language code in RFC 3066 form: lowercase, `-` between parts.
fn normalize(code: &str) -> String {
    code.trim().to_ascii_lowercase().replace('_', "-")
}

/// The language of the user's system (None when not set or `C`/`POSIX`).
fn system_language() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| language_of_locale(&v))
}

/// `fr_CA.UTF-8` → `fr-ca`; `C`, `POSIX` → None.
fn language_of_locale(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next().unwrap_or_default();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(normalize(base))
}

/// The language without its region (`fr-ca` → `fr`).
fn base_language(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

/// The default language of a project, given its system language.
fn default_language(folders: &[(String, PathBuf)], system: Option<&str>) -> String {
    if folders.is_empty() {
        return system.unwrap_or("en").to_string();
    }
    for candidate in system.into_iter().chain(["en"]) {
        if let Some((code, _)) = folders
            .iter()
            .find(|(c, _)| c == candidate)
            .or_else(|| folders.iter().find(|(c, _)| c == base_language(candidate)))
        {
            return code.clone();
        }
    }
    folders.first().map(|(c, _)| c.clone()).unwrap_or_else(|| "en".into())
}

fn resources_folder(p: &Interp) -> PathBuf {
    package_folder(p).join("Resources")
}

/// (default, current) languages of the running project.
fn languages(p: &Interp) -> (String, String) {
    let folders = lproj_folders(&resources_folder(p));
    let default = default_language(&folders, system_language().as_deref());
    let current = CURRENT.lock().clone().unwrap_or_else(|| default.clone());
    (default, current)
}

/// The folders searched for a localized item, in order.
fn search_folders(p: &Interp) -> Vec<PathBuf> {
    let resources = resources_folder(p);
    let folders = lproj_folders(&resources);
    let (default, current) = languages(p);
    let mut out: Vec<PathBuf> = Vec::new();
    let mut add = |path: &PathBuf| {
        if !out.contains(path) {
            out.push(path.clone());
        }
    };
    for code in [
        current.as_str(),
        base_language(&current),
        default.as_str(),
        base_language(&default),
    ] {
        if let Some((_, path)) = folders.iter().find(|(c, _)| c == code) {
            add(path);
        }
    }
    if let Some((_, path)) = folders.first() {
        add(path);
    }
    add(&resources);
    out
}

/// Decodes XML character references and entities, drops markup, keeps CDATA.
fn xml_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        if let Some(r) = rest.strip_prefix("<![CDATA[") {
            let (inner, after) = r.split_once("]]>").unwrap_or((r, ""));
            out.push_str(inner);
            rest = after;
        } else if c == '<' {
            rest = rest.split_once('>').map(|(_, a)| a).unwrap_or("");
        } else if c == '&' {
            let (entity, after) = match rest.get(1..).and_then(|r| r.split_once(';')) {
                Some((e, a)) if e.len() <= 10 => (e, a),
                _ => {
                    out.push('&');
                    rest = rest.get(1..).unwrap_or_default();
                    continue;
                }
            };
            let ch = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                e => e
                    .strip_prefix("#x")
                    .or_else(|| e.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            match ch {
                Some(ch) => {
                    out.push(ch);
                    rest = after;
                }
                None => {
                    out.push('&');
                    rest = rest.get(1..).unwrap_or_default();
                }
            }
        } else {
            out.push(c);
            rest = rest.get(c.len_utf8()..).unwrap_or_default();
        }
    }
    out
}

/// The value of attribute `name` in a start tag's text.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let before = rest.get(..i).and_then(|b| b.chars().last());
        let after = rest.get(i + name.len()..).unwrap_or_default();
        let value = after.trim_start().strip_prefix('=').map(str::trim_start);
        if before.is_some_and(char::is_whitespace)
            && let Some(v) = value
            && let Some(q) = v.chars().next().filter(|q| *q == '"' || *q == '\'')
            && let Some((val, _)) = v.get(1..).and_then(|v| v.split_once(q))
        {
            return Some(xml_text(val));
        }
        rest = after;
    }
    None
}

/// The text of the first `<name …>…</name>` element in `body` (`<name/>` is "").
fn element(body: &str, name: &str) -> Option<String> {
    let open = format!("<{name}");
    let mut rest = body;
    while let Some(i) = rest.find(&open) {
        let after = rest.get(i + open.len()..).unwrap_or_default();
        if !after.starts_with(|c: char| c == '>' || c == '/' || c.is_whitespace()) {
            rest = after;
            continue;
        }
        let (tag, content) = after.split_once('>')?;
        if tag.ends_with('/') {
            return Some(String::new());
        }
        let close = format!("</{name}>");
        let inner = content.split_once(close.as_str()).map(|(c, _)| c).unwrap_or(content);
        return Some(xml_text(inner));
    }
    None
}

/// resname → text of every trans-unit of an XLIFF document (first one wins).
fn parse_xliff(xml: &str) -> FxHashMap<String, String> {
    let mut out = FxHashMap::default();
    for part in xml.split("<trans-unit").skip(1) {
        if !part.starts_with(|c: char| c.is_whitespace() || c == '>') {
            continue;
        }
        let Some((tag, rest)) = part.split_once('>') else {
            continue;
        };
        let Some(resname) = attribute(tag, "resname") else {
            continue;
        };
        let body = rest.split_once("</trans-unit>").map(|(b, _)| b).unwrap_or(rest);
        let value = element(body, "target").or_else(|| element(body, "source"));
        if let Some(v) = value {
            out.entry(resname).or_insert(v);
        }
    }
    out
}

/// The strings of an XLIFF file (cached until the file changes).
fn strings_of(path: &Path) -> Strings {
    let mtime = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    if let Some((t, s)) = CACHE.lock().get(path)
        && *t == mtime
    {
        return s.clone();
    }
    let bytes = std::fs::read(path).unwrap_or_default();
    let xml = super::charset::decode(&bytes, super::charset::Charset::DEFAULT);
    let strings: Strings = Arc::new(parse_xliff(&xml));
    CACHE.lock().insert(path.to_path_buf(), (mtime, strings.clone()));
    strings
}

/// The XLIFF files of a folder, by name.
fn xliff_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .is_some_and(|x| x.eq_ignore_ascii_case("xlf") || x.eq_ignore_ascii_case("xliff"))
        })
        .collect();
    out.sort();
    out
}

/// `Localized string(resName)`: "" and OK = 0 when not found.
pub fn localized_string(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let name = text(p, args, 0, span)?;
    for dir in search_folders(p) {
        for file in xliff_files(&dir) {
            if let Some(v) = strings_of(&file).get(name.as_str()) {
                let v = v.clone();
                set_ok(p, true);
                return Ok(Value::text(v));
            }
        }
    }
    set_ok(p, false);
    Ok(Value::text(""))
}

/// `Localized document path(relativePath)`: an absolute path, or "".
pub fn localized_document_path(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let rel = text(p, args, 0, span)?;
    let rel = rel.as_str().trim_start_matches('/');
    if rel.is_empty() {
        return Ok(Value::text(""));
    }
    for dir in search_folders(p) {
        let path = dir.join(rel);
        if path.exists() {
            return Ok(Value::text(path.to_string_lossy().into_owned()));
        }
    }
    Ok(Value::text(""))
}

/// `Get database localization({languageType}{;}{*})`
pub fn get_database_localization(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let which = if present(args, 0) { int(p, args, 0, span)? } else { 0 };
    let (default, current) = languages(p);
    Ok(Value::text(match which {
        1 => current,
        2 => system_language().unwrap_or_else(|| "en".into()),
        3 => "en".into(),
        _ => default,
    }))
}

/// `SET DATABASE LOCALIZATION(languageCode {; *})`: OK is 0 for a code
/// that is not a language code (letters and digits parts joined by `-`).
pub fn set_database_localization(p: &mut Interp, args: &[Arg], span: Span) -> RtResult<Value> {
    let code = normalize(text(p, args, 0, span)?.as_str());
    let valid = !code.is_empty()
        && code
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
    if valid {
        *CURRENT.lock() = Some(code);
    }
    set_ok(p, valid);
    Ok(Value::Undefined)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn xliff_parsing() {
        let xml = r#"<xliff><file source-language="en-US" target-language="fr-FR"><body>
            <trans-unit id="1" resname="Show on disk">
              <source>Show on disk</source>
              <target state="translated">Montrer sur le disque</target>
            </trans-unit>
            <trans-unit resname='only source'><source>Fish &amp; chips &#x263A;</source></trans-unit>
            <trans-unit resname="empty"><source>x</source><target/></trans-unit>
            <trans-unit resname="cdata"><target><![CDATA[<b>bold</b>]]></target></trans-unit>
            <trans-unit xresname="no" resname="Show on disk"><target>second</target></trans-unit>
        </body></file></xliff>"#;
        let m = parse_xliff(xml);
        assert_eq!(m["Show on disk"], "Montrer sur le disque");
        assert_eq!(m["only source"], "Fish & chips ☺");
        assert_eq!(m["empty"], "");
        assert_eq!(m["cdata"], "<b>bold</b>");
    }

    #[test]
    fn languages_follow_the_documented_order() {
        let f = |codes: &[&str]| -> Vec<(String, PathBuf)> {
            codes.iter().map(|c| (c.to_string(), PathBuf::from(c))).collect()
        };
        assert_eq!(default_language(&f(&["de", "en", "fr"]), Some("fr")), "fr");
        assert_eq!(default_language(&f(&["de", "en", "fr"]), Some("fr-ca")), "fr");
        assert_eq!(default_language(&f(&["de", "en"]), Some("fr")), "en");
        assert_eq!(default_language(&f(&["de", "it"]), None), "de");
        assert_eq!(default_language(&[], Some("ja")), "ja");
        assert_eq!(default_language(&[], None), "en");
        assert_eq!(language_of_locale("fr_CA.UTF-8").as_deref(), Some("fr-ca"));
        assert_eq!(language_of_locale("C.UTF-8"), None);
        assert_eq!(code_of_folder("French"), "fr");
        assert_eq!(code_of_folder("fr_CA"), "fr-ca");
    }
}
