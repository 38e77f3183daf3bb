//! Shared objects and collections (runtime.md §1): a thread-safe
//! representation that can only hold what 4D allows there, shared groups
//! with one re-entrant lock each (taken by `Use`), the write check, and
//! deadlock detection between processes waiting on each other's groups.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex, RwLock};
use rustc_hash::FxHashMap;

use super::class::ClassRef;
use super::date::Date;
use super::object::{Key, Props};
use super::text::Text;

thread_local! {
    /// The process running on this thread (0: none).
    static CURRENT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Declares which process the current thread runs (done once per process thread).
pub fn set_current_process(id: u64) {
    CURRENT.with(|c| c.set(id));
}

pub fn current_process() -> u64 {
    CURRENT.with(|c| c.get())
}

/// A value stored in a shared object or collection.
#[derive(Clone, Debug)]
pub enum SharedValue {
    Null,
    Bool(bool),
    /// Every number is stored as a Real; times as milliseconds.
    Real(f64),
    Text(Text),
    Date(Date),
    Object(Arc<SharedObject>),
    Collection(Arc<SharedCollection>),
    /// A `4D.Blob` (dt_blob.md: blob objects are shareable in objects and
    /// collections): its bytes are immutable, so every process reads the
    /// same ones; reading it gives a blob object over them.
    Blob(super::blob::BlobBytes),
}

/// Why a shared operation failed (mapped to 4D errors by the caller).
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// -10721: the value cannot go into a shared object or collection.
    NotSupported,
    /// Writing without holding the group's lock (`Use`).
    NotLocked,
    /// The value already belongs to another shared group.
    OtherGroup,
    /// Waiting for the lock would never end; names the two processes.
    Deadlock(u64, u64),
    /// Storage (and session storage) accept only shared objects and collections.
    CatalogValue,
}

/// A shared group: one lock for all its members.
#[derive(Debug)]
pub struct Group {
    owner: AtomicU64,
    depth: AtomicU32,
    members: AtomicUsize,
    waiters: AtomicU32,
    state: Mutex<()>,
    cond: Condvar,
}

/// Which process waits for which group (for deadlock detection).
static WAITS: std::sync::LazyLock<Mutex<FxHashMap<u64, Arc<Group>>>> =
    std::sync::LazyLock::new(|| Mutex::new(FxHashMap::default()));

/// The process holding the group that process `pid` waits to lock in
/// `Use`, if it waits for one (process communication uses it to refuse a
/// request that would never be answered).
/// Attempts before a process waiting for a group sleeps: half spinning,
/// half yielding its time slice.
const SPINS: u32 = 16;

pub fn lock_awaited_by(pid: u64) -> Option<u64> {
    WAITS.lock().get(&pid).map(|g| g.owner()).filter(|&o| o != 0)
}

impl Group {
    pub fn new() -> Arc<Group> {
        Arc::new(Group {
            owner: AtomicU64::new(0),
            depth: AtomicU32::new(0),
            members: AtomicUsize::new(1),
            waiters: AtomicU32::new(0),
            state: Mutex::new(()),
            cond: Condvar::new(),
        })
    }

    pub fn held_by_current(&self) -> bool {
        let me = current_process();
        me != 0 && self.owner.load(Ordering::Acquire) == me
    }

    pub fn owner(&self) -> u64 {
        self.owner.load(Ordering::Acquire)
    }

    /// Takes the lock for the current process (re-entrant); waits while
    /// another process holds it.
    pub fn lock(self: &Arc<Group>) -> Result<(), ShareError> {
        let me = current_process();
        if self.owner.load(Ordering::Acquire) == me {
            self.depth.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        if self.try_take(me) {
            return Ok(());
        }
        // Critical sections are short (a few property writes): spin a little,
        // then yield, before sleeping (the slow path costs system calls).
        for i in 0..SPINS {
            if i < SPINS / 2 {
                for _ in 0..(1 << i.min(6)) {
                    std::hint::spin_loop();
                }
            } else {
                std::thread::yield_now();
            }
            if self.owner.load(Ordering::Relaxed) == 0 && self.try_take(me) {
                return Ok(());
            }
        }
        self.lock_slow(me)
    }

    fn try_take(&self, me: u64) -> bool {
        let taken = self
            .owner
            .compare_exchange(0, me, Ordering::SeqCst, Ordering::Relaxed)
            .is_ok();
        if taken {
            self.depth.store(1, Ordering::Relaxed);
        }
        taken
    }

    fn lock_slow(self: &Arc<Group>, me: u64) -> Result<(), ShareError> {
        let mut guard = self.state.lock();
        self.waiters.fetch_add(1, Ordering::SeqCst);
        let result = loop {
            if self
                .owner
                .compare_exchange(0, me, Ordering::SeqCst, Ordering::Relaxed)
                .is_ok()
            {
                self.depth.store(1, Ordering::Relaxed);
                break Ok(());
            }
            if let Some(other) = self.register_wait(me) {
                break Err(ShareError::Deadlock(me, other));
            }
            self.cond.wait_for(&mut guard, Duration::from_millis(100));
        };
        WAITS.lock().remove(&me);
        self.waiters.fetch_sub(1, Ordering::SeqCst);
        result
    }

    /// Records that `me` waits for this group; returns the process it would
    /// deadlock with, if the wait closes a cycle.
    fn register_wait(self: &Arc<Group>, me: u64) -> Option<u64> {
        let mut waits = WAITS.lock();
        waits.insert(me, self.clone());
        let mut group = self.clone();
        for _ in 0..64 {
            let owner = group.owner();
            if owner == 0 {
                return None;
            }
            if owner == me {
                waits.remove(&me);
                return Some(self.owner());
            }
            match waits.get(&owner) {
                Some(g) => group = g.clone(),
                None => return None,
            }
        }
        None
    }

    /// Releases one level of the current process's lock.
    pub fn unlock(&self) {
        if !self.held_by_current() {
            return;
        }
        let d = self.depth.load(Ordering::Relaxed).saturating_sub(1);
        self.depth.store(d, Ordering::Relaxed);
        if d == 0 {
            self.owner.store(0, Ordering::SeqCst);
            if self.waiters.load(Ordering::SeqCst) > 0 {
                let _g = self.state.lock();
                self.cond.notify_all();
            }
        }
    }

    /// Releases every level held by the current process (process end, abort).
    pub fn unlock_all(&self) {
        if self.held_by_current() {
            self.depth.store(1, Ordering::Relaxed);
            self.unlock();
        }
    }
}

/// What kind of shared object this is.
#[derive(Debug)]
pub enum SharedKind {
    Plain,
    /// `Storage` and `Session.storage`: they never group what they hold and
    /// accept only shared objects and collections.
    Catalog,
    Signal(Signal),
}

/// `4D.Signal` state.
#[derive(Debug, Default)]
pub struct Signal {
    signaled: Mutex<bool>,
    cond: Condvar,
}

impl Signal {
    pub fn trigger(&self) {
        let mut s = self.signaled.lock();
        *s = true;
        self.cond.notify_all();
    }

    pub fn is_signaled(&self) -> bool {
        *self.signaled.lock()
    }

    /// Waits until signaled or `timeout` elapses (forever when None).
    pub fn wait(&self, timeout: Option<Duration>, interrupted: &dyn Fn() -> bool) -> bool {
        let deadline = timeout.map(|t| std::time::Instant::now() + t);
        let mut s = self.signaled.lock();
        while !*s {
            if interrupted() {
                return false;
            }
            let slice = Duration::from_millis(50);
            let wait = match deadline {
                Some(d) => {
                    let now = std::time::Instant::now();
                    if now >= d {
                        return false;
                    }
                    (d - now).min(slice)
                }
                None => slice,
            };
            self.cond.wait_for(&mut s, wait);
        }
        true
    }
}

#[derive(Debug)]
pub struct SharedObject {
    group: RwLock<Arc<Group>>,
    props: RwLock<Props<SharedValue>>,
    pub class: Option<ClassRef>,
    pub kind: SharedKind,
}

#[derive(Debug)]
pub struct SharedCollection {
    group: RwLock<Arc<Group>>,
    items: RwLock<Vec<SharedValue>>,
}

/// Anything that belongs to a group.
pub trait Grouped {
    fn group(&self) -> Arc<Group>;
    fn set_group(&self, g: Arc<Group>);
    fn is_catalog(&self) -> bool {
        false
    }
}

impl Grouped for SharedObject {
    fn group(&self) -> Arc<Group> {
        self.group.read().clone()
    }
    fn set_group(&self, g: Arc<Group>) {
        *self.group.write() = g;
    }
    fn is_catalog(&self) -> bool {
        matches!(self.kind, SharedKind::Catalog)
    }
}

impl Grouped for SharedCollection {
    fn group(&self) -> Arc<Group> {
        self.group.read().clone()
    }
    fn set_group(&self, g: Arc<Group>) {
        *self.group.write() = g;
    }
}

/// Puts `value` (already shared) into the group of a container (§1.4):
/// a value alone joins it; a value already in another group is refused.
fn join(value: &dyn Grouped, container: &Arc<Group>, container_is_catalog: bool) -> Result<(), ShareError> {
    if container_is_catalog {
        return Ok(());
    }
    let g = value.group();
    if Arc::ptr_eq(&g, container) {
        return Ok(());
    }
    if g.members.load(Ordering::Acquire) > 1 {
        return Err(ShareError::OtherGroup);
    }
    container.members.fetch_add(1, Ordering::AcqRel);
    value.set_group(container.clone());
    Ok(())
}

/// Checks and groups a value about to be stored in a container.
pub fn adopt(v: &SharedValue, container: &Arc<Group>, catalog: bool) -> Result<(), ShareError> {
    match v {
        SharedValue::Object(o) => {
            if o.is_catalog() {
                return Err(ShareError::NotSupported);
            }
            join(o.as_ref(), container, catalog)
        }
        SharedValue::Collection(c) => join(c.as_ref(), container, catalog),
        _ if catalog => Err(ShareError::CatalogValue),
        _ => Ok(()),
    }
}

impl SharedObject {
    pub fn new(class: Option<ClassRef>) -> Arc<SharedObject> {
        Arc::new(SharedObject {
            group: RwLock::new(Group::new()),
            props: RwLock::new(Props::default()),
            class,
            kind: SharedKind::Plain,
        })
    }

    /// A catalog (`Storage`, `Session.storage`).
    pub fn catalog() -> Arc<SharedObject> {
        Arc::new(SharedObject {
            group: RwLock::new(Group::new()),
            props: RwLock::new(Props::default()),
            class: None,
            kind: SharedKind::Catalog,
        })
    }

    pub fn signal(class: Option<ClassRef>) -> Arc<SharedObject> {
        Arc::new(SharedObject {
            group: RwLock::new(Group::new()),
            props: RwLock::new(Props::default()),
            class,
            kind: SharedKind::Signal(Signal::default()),
        })
    }

    pub fn as_signal(&self) -> Option<&Signal> {
        match &self.kind {
            SharedKind::Signal(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.props.read().is_empty()
    }

    pub fn len(&self) -> usize {
        self.props.read().len()
    }

    pub fn get(&self, key: &str) -> Option<SharedValue> {
        self.props.read().get(key).cloned()
    }

    pub fn contains(&self, key: &str) -> bool {
        self.props.read().contains(key)
    }

    pub fn keys(&self) -> Vec<Key> {
        self.props.read().keys().cloned().collect()
    }

    pub fn entries(&self) -> Vec<(Key, SharedValue)> {
        self.props.read().iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    fn check_locked(&self) -> Result<(), ShareError> {
        if self.group.read().held_by_current() {
            Ok(())
        } else {
            Err(ShareError::NotLocked)
        }
    }

    /// Sets a property (the caller's process must hold the group's lock).
    pub fn set(&self, key: Key, v: SharedValue) -> Result<(), ShareError> {
        self.check_locked()?;
        self.set_unchecked(key, v)
    }

    /// Sets a property without the lock check (constructors, prefilling).
    pub fn set_unchecked(&self, key: Key, v: SharedValue) -> Result<(), ShareError> {
        let g = self.group();
        adopt(&v, &g, self.is_catalog())?;
        self.props.write().set(key, v);
        Ok(())
    }

    pub fn remove(&self, key: &str) -> Result<Option<SharedValue>, ShareError> {
        self.check_locked()?;
        Ok(self.props.write().remove(key))
    }

    /// Reads and writes under one short internal lock (compound assignment).
    pub fn update(&self, key: &str, f: impl FnOnce(Option<&SharedValue>) -> SharedValue) -> Result<(), ShareError> {
        self.check_locked()?;
        let mut props = self.props.write();
        let new = f(props.get(key));
        props.set(Text::from(key), new);
        Ok(())
    }
}

impl SharedCollection {
    pub fn new() -> Arc<SharedCollection> {
        Arc::new(SharedCollection {
            group: RwLock::new(Group::new()),
            items: RwLock::new(Vec::new()),
        })
    }

    pub fn len(&self) -> usize {
        self.items.read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.read().is_empty()
    }

    pub fn get(&self, i: i64) -> Option<SharedValue> {
        if i < 0 {
            return None;
        }
        self.items.read().get(i as usize).cloned()
    }

    pub fn snapshot(&self) -> Vec<SharedValue> {
        self.items.read().clone()
    }

    pub fn held_by_current(&self) -> bool {
        self.group.read().held_by_current()
    }

    /// Sets element `i` (growing with nulls); needs the group's lock.
    pub fn set(&self, i: usize, v: SharedValue) -> Result<(), ShareError> {
        if !self.held_by_current() {
            return Err(ShareError::NotLocked);
        }
        let g = self.group();
        adopt(&v, &g, false)?;
        let mut items = self.items.write();
        if i >= items.len() {
            items.resize(i + 1, SharedValue::Null);
        }
        if let Some(slot) = items.get_mut(i) {
            *slot = v;
        }
        Ok(())
    }

    /// Replaces every element (used by modifying member functions, which take
    /// the group's lock themselves).
    pub fn replace_all(&self, values: Vec<SharedValue>) -> Result<(), ShareError> {
        if !self.held_by_current() {
            return Err(ShareError::NotLocked);
        }
        let g = self.group();
        for v in &values {
            adopt(v, &g, false)?;
        }
        *self.items.write() = values;
        Ok(())
    }

    /// Appends without a lock check (prefilling a new collection).
    pub fn push_unchecked(&self, v: SharedValue) -> Result<(), ShareError> {
        let g = self.group();
        adopt(&v, &g, false)?;
        self.items.write().push(v);
        Ok(())
    }

    pub fn push(&self, v: SharedValue) -> Result<(), ShareError> {
        if !self.held_by_current() {
            return Err(ShareError::NotLocked);
        }
        self.push_unchecked(v)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn write_needs_the_lock_and_use_is_reentrant() {
        set_current_process(1);
        let o = SharedObject::new(None);
        assert_eq!(o.set("a".into(), SharedValue::Real(1.0)), Err(ShareError::NotLocked));
        let g = o.group();
        g.lock().unwrap();
        g.lock().unwrap();
        g.unlock();
        assert!(o.set("a".into(), SharedValue::Real(1.0)).is_ok());
        g.unlock();
        assert!(o.set("a".into(), SharedValue::Real(2.0)).is_err());
    }

    #[test]
    fn groups_join_once() {
        set_current_process(1);
        let a = SharedObject::new(None);
        let b = SharedObject::new(None);
        let c = SharedObject::new(None);
        let d = SharedObject::new(None);
        let ga = a.group();
        ga.lock().unwrap();
        a.set("child".into(), SharedValue::Object(b.clone())).unwrap();
        ga.unlock();
        assert!(Arc::ptr_eq(&b.group(), &a.group()));
        let gc = c.group();
        gc.lock().unwrap();
        c.set("child".into(), SharedValue::Object(d.clone())).unwrap();
        assert_eq!(
            c.set("other".into(), SharedValue::Object(b.clone())),
            Err(ShareError::OtherGroup)
        );
        gc.unlock();
    }
}
