//! Sessions (runtime.md §2): the registry of sessions a runtime hosts, each
//! with its id and its shared `storage`. `run` starts one standalone session.

use std::sync::Arc;

use parking_lot::RwLock;
use rustc_hash::FxHashMap;

use super::shared::SharedObject;
use super::text::Text;

#[derive(Debug)]
pub struct Session {
    /// 32 upper-case hex characters (a v4 UUID without dashes).
    pub id: Text,
    pub storage: Arc<SharedObject>,
    /// ISO 8601 creation time.
    pub created: String,
    pub kind: &'static str,
    pub user_name: RwLock<String>,
}

#[derive(Debug, Default)]
pub struct Sessions {
    map: RwLock<FxHashMap<String, Arc<Session>>>,
    standalone: RwLock<Option<Arc<Session>>>,
}

/// A new session id: a v4 UUID as 32 upper-case hex digits.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().simple().to_string().to_uppercase()
}

pub fn now_iso() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

impl Sessions {
    pub fn new() -> Sessions {
        Sessions::default()
    }

    /// Creates a session and returns it.
    pub fn create(&self, kind: &'static str) -> Arc<Session> {
        let id = new_id();
        let s = Arc::new(Session {
            id: Text::from(id.as_str()),
            storage: SharedObject::catalog(),
            created: now_iso(),
            kind,
            user_name: RwLock::new("designer".to_string()),
        });
        self.map.write().insert(id, s.clone());
        s
    }

    /// The standalone session of this runtime (created on first use).
    pub fn standalone(&self) -> Arc<Session> {
        if let Some(s) = self.standalone.read().as_ref() {
            return s.clone();
        }
        let mut slot = self.standalone.write();
        if let Some(s) = slot.as_ref() {
            return s.clone();
        }
        let s = self.create("standalone");
        *slot = Some(s.clone());
        s
    }

    /// The session with this id (exact, case-sensitive match), if any.
    pub fn get(&self, id: &str) -> Option<Arc<Session>> {
        self.map.read().get(id).cloned()
    }

    /// Ends a session: its id is no longer known.
    pub fn end(&self, id: &str) -> bool {
        self.map.write().remove(id).is_some()
    }

    pub fn all(&self) -> Vec<Arc<Session>> {
        let mut v: Vec<Arc<Session>> = self.map.read().values().cloned().collect();
        v.sort_by(|a, b| a.created.cmp(&b.created));
        v
    }
}
