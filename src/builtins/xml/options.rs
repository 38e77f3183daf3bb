//! XML options (theme XML): XML SET OPTIONS and XML GET OPTIONS, kept per
//! DOM document.
//!
//! The selectors are documented (xml-set-options.md: 1 string encoding,
//! 2 date encoding, 3 time encoding, 4 indentation, 5 binary encoding,
//! 6 picture encoding, 7 external entity resolution, 8 DOM case
//! sensitivity, 9 BOM, 10 line ending); the numbers of their values
//! (`XML with indentation`, `XML no indentation`…) are not, and the catalog
//! has no value for those constants. fourd numbers the values of each
//! selector from 1 in the order of the constants' theme ids (K45:22, 23…);
//! the values it acts on are below, in one place to change.

/// Selectors (xml-set-options.md).
pub const STRING_ENCODING: i64 = 1;
pub const DATE_ENCODING: i64 = 2;
pub const TIME_ENCODING: i64 = 3;
pub const INDENTATION: i64 = 4;
pub const BINARY_ENCODING: i64 = 5;
pub const PICTURE_ENCODING: i64 = 6;
pub const EXTERNAL_ENTITIES: i64 = 7;
pub const CASE_SENSITIVITY: i64 = 8;
pub const BOM: i64 = 9;
pub const LINE_ENDING: i64 = 10;

/// Values (fourd's numbering, see the module comment).
pub const WITH_INDENTATION: i64 = 1;
pub const NO_INDENTATION: i64 = 2;
pub const WITH_ESCAPING: i64 = 1;
pub const XML_ISO: i64 = 1;
pub const DATETIME_LOCAL_ABSOLUTE: i64 = 6;
pub const BASE64: i64 = 1;
pub const DATA_URI_SCHEME: i64 = 2;
pub const CONVERT_TO_PNG: i64 = 1;
pub const DEFAULT: i64 = 0;
pub const ENABLED: i64 = 1;
pub const DISABLED: i64 = 2;
pub const CASE_SENSITIVE: i64 = 1;
pub const CASE_INSENSITIVE: i64 = 2;
pub const LF: i64 = 1;
pub const CR: i64 = 2;
pub const CRLF: i64 = 3;

/// The XML options of a document, by selector number.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub values: [i64; 11],
}

impl Default for Options {
    /// The documented defaults of every selector.
    fn default() -> Options {
        let mut values = [0; 11];
        for (sel, v) in [
            (STRING_ENCODING, WITH_ESCAPING),
            (DATE_ENCODING, XML_ISO),
            (TIME_ENCODING, DATETIME_LOCAL_ABSOLUTE),
            (INDENTATION, WITH_INDENTATION),
            (BINARY_ENCODING, BASE64),
            (PICTURE_ENCODING, CONVERT_TO_PNG),
            (EXTERNAL_ENTITIES, DISABLED),
            (CASE_SENSITIVITY, CASE_SENSITIVE),
            (BOM, DEFAULT),
            (LINE_ENDING, DEFAULT),
        ] {
            if let Some(slot) = values.get_mut(sel as usize) {
                *slot = v;
            }
        }
        Options { values }
    }
}

impl Options {
    pub fn get(&self, selector: i64) -> Option<i64> {
        usize::try_from(selector)
            .ok()
            .filter(|&s| s >= 1)
            .and_then(|s| self.values.get(s).copied())
    }

    /// False for an unknown selector.
    pub fn set(&mut self, selector: i64, value: i64) -> bool {
        match usize::try_from(selector).ok().filter(|&s| s >= 1) {
            Some(s) => match self.values.get_mut(s) {
                Some(slot) => {
                    *slot = value;
                    true
                }
                None => false,
            },
            None => false,
        }
    }

    pub fn indent(&self) -> bool {
        self.get(INDENTATION) != Some(NO_INDENTATION)
    }

    /// XML BOM: "XML default" is no BOM (projects created with 4D v20+).
    pub fn bom(&self) -> bool {
        self.get(BOM) == Some(ENABLED)
    }

    /// XML line ending: "XML default" is LF on Linux (as on macOS).
    pub fn line_ending(&self) -> &'static str {
        match self.get(LINE_ENDING) {
            Some(CR) => "\r",
            Some(CRLF) => "\r\n",
            _ => "\n",
        }
    }

    pub fn case_insensitive(&self) -> bool {
        self.get(CASE_SENSITIVITY) == Some(CASE_INSENSITIVE)
    }

    pub fn data_uri(&self) -> bool {
        self.get(BINARY_ENCODING) == Some(DATA_URI_SCHEME)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_changes() {
        let mut o = Options::default();
        assert!(o.indent());
        assert!(!o.bom());
        assert_eq!(o.line_ending(), "\n");
        assert!(o.set(INDENTATION, NO_INDENTATION));
        assert!(!o.indent());
        assert!(!o.set(11, 1));
        assert!(!o.set(0, 1));
        assert_eq!(o.get(-1), None);
        assert_eq!(o.get(STRING_ENCODING), Some(WITH_ESCAPING));
    }
}
