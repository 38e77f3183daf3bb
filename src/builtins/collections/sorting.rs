//! Sorting functions of the Collection class (CollectionClass.md): sort,
//! orderBy (property paths, `ck ascending`/`ck descending`, criteria
//! objects, "path desc, path2 asc" strings), orderByMethod, multiSort, and
//! distinct (sorted, with `ck diacritical` and `ck count values`).

use std::cmp::Ordering;

use rustc_hash::FxHashMap;

use super::callback::{Callback, less};
use super::order::{Key, cmp_values, merge_sort_indices, permute, rank, sort_by_keys, sort_values};
use super::query::Seg;
use super::{CK_COUNT_VALUES, CK_DESCENDING, CK_DIACRITICAL, Coll, get_path, int_at, items_of, split_path, values_at};
use crate::runtime::access::{share_error, to_shared};
use crate::runtime::error::{RtResult, code, err};
use crate::runtime::interp::Interp;
use crate::runtime::object::Object;
use crate::runtime::shared::Grouped;
use crate::runtime::text::Text;
use crate::runtime::value::Value;
use crate::source::Span;

/// `.sort()` (scalar values, ascending, by type) or `.sort(callback {; param…})`.
/// The callback sees the collection unchanged until the sort is done.
pub fn sort(p: &mut Interp, c: &Coll, args: &[Value], span: Span) -> RtResult<Value> {
    let items = c.borrow().to_vec();
    let sorted = match args.first() {
        None => sort_values(items, false, false),
        Some(cb) => {
            let cb = Callback::from(Some(cb), "sort", span)?;
            sort_with(p, &cb, items, args.get(1..).unwrap_or(&[]), span)?
        }
    };
    c.borrow_mut().set_values(sorted);
    Ok(Value::Collection(c.clone()))
}

/// Sorts with a "less than" callback.
fn sort_with(p: &mut Interp, cb: &Callback, items: Vec<Value>, extra: &[Value], span: Span) -> RtResult<Vec<Value>> {
    let order = merge_sort_indices(items.len(), &mut |a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => less(p, cb, x, y, extra, span),
        _ => Ok(false),
    })?;
    Ok(permute(items, &order))
}

/// `.orderByMethod(callback {; param…})`: a sorted shallow copy.
pub fn order_by_method(p: &mut Interp, c: &Coll, args: &[Value], span: Span) -> RtResult<Value> {
    let cb = Callback::from(args.first(), "orderByMethod", span)?;
    let items = c.borrow().to_vec();
    Ok(Value::new_collection(sort_with(
        p,
        &cb,
        items,
        args.get(1..).unwrap_or(&[]),
        span,
    )?))
}

/// `.orderBy()`, `.orderBy(ascOrDesc)`, `.orderBy(pathStrings)`, `.orderBy(pathObjects)`.
pub fn order_by(p: &mut Interp, c: &Coll, args: &[Value], span: Span) -> RtResult<Value> {
    let items = c.borrow().to_vec();
    let crit = match args.first() {
        None | Some(Value::Undefined) => return Ok(Value::new_collection(sort_values(items, false, false))),
        Some(v) if v.as_num().is_some() => {
            let desc = int_at(args, 0, 0) == CK_DESCENDING;
            return Ok(Value::new_collection(sort_values(items, desc, false)));
        }
        Some(Value::Text(t)) => parse_criteria(t.as_str(), span)?,
        Some(v) if v.is_collection() => {
            let mut crit = Vec::new();
            for o in items_of(v).unwrap_or_default() {
                let path = p.get_member(&o, &Text::from("propertyPath"), span)?;
                let desc = p.get_member(&o, &Text::from("descending"), span)?;
                let Value::Text(path) = path else {
                    return err(
                        code::BAD_ARGUMENT,
                        "`.orderBy()`: each criteria object needs a `propertyPath` text",
                        span,
                    );
                };
                crit.push((split_path(path.as_str()), matches!(desc, Value::Bool(true))));
            }
            crit
        }
        Some(_) => {
            return err(
                code::BAD_ARGUMENT,
                "`.orderBy()` needs a text, a collection of criteria or `ck ascending`/`ck descending`",
                span,
            );
        }
    };
    Ok(Value::new_collection(order_by_paths(p, items, &crit, span)?))
}

/// "path1 {asc|desc}, path2 {asc|desc}…" (ascending by default).
fn parse_criteria(s: &str, span: Span) -> RtResult<Vec<(Vec<Text>, bool)>> {
    let mut crit = Vec::new();
    for part in s.split(',') {
        let mut words = part.split_whitespace();
        let Some(path) = words.next() else {
            return err(
                code::BAD_ARGUMENT,
                format!("`.orderBy()`: empty criterion in \"{s}\""),
                span,
            );
        };
        let desc = match words.next() {
            None => false,
            Some(w) if w.eq_ignore_ascii_case("asc") => false,
            Some(w) if w.eq_ignore_ascii_case("desc") => true,
            Some(w) => {
                return err(
                    code::BAD_ARGUMENT,
                    format!("`.orderBy()`: \"{w}\" is not asc or desc"),
                    span,
                );
            }
        };
        if words.next().is_some() {
            return err(
                code::BAD_ARGUMENT,
                format!("`.orderBy()`: bad criterion \"{}\"", part.trim()),
                span,
            );
        }
        crit.push((split_path(path), desc));
    }
    Ok(crit)
}

/// Orders elements by property paths (each ascending or descending).
pub fn order_by_paths(
    p: &mut Interp,
    items: Vec<Value>,
    crit: &[(Vec<Text>, bool)],
    span: Span,
) -> RtResult<Vec<Value>> {
    let mut keys = Vec::with_capacity(items.len());
    for v in &items {
        let mut k = Vec::with_capacity(crit.len());
        for (path, _) in crit {
            k.push(Key::of(&get_path(p, v, path, span)?, false));
        }
        keys.push(k);
    }
    let desc: Vec<bool> = crit.iter().map(|(_, d)| *d).collect();
    Ok(sort_by_keys(items, &keys, &desc))
}

/// The `order by` clause of a query string.
pub fn order_by_segs(p: &mut Interp, items: Vec<Value>, crit: &[(Vec<Seg>, bool)], span: Span) -> RtResult<Vec<Value>> {
    let crit: Vec<(Vec<Text>, bool)> = crit
        .iter()
        .map(|(segs, d)| (segs.iter().map(|s| s.name.clone()).collect(), *d))
        .collect();
    order_by_paths(p, items, &crit, span)
}

/// A collection sorted along with the receiver of `.multiSort()`.
struct Synced {
    target: Value,
    items: Vec<Value>,
    /// Sort level: descending or not; None: synchronized only.
    order: Option<bool>,
}

/// `.multiSort()`, `.multiSort(colsToSort)`, `.multiSort(formula; colsToSort)`.
/// The receiver is the first level (ascending, or by the formula); each
/// element of colsToSort is a further level: `{collection; order}` objects
/// with their order, plain collections ascending (as the documentation's
/// example 2 shows). The sort is stable.
pub fn multi_sort(p: &mut Interp, c: &Coll, args: &[Value], span: Span) -> RtResult<Value> {
    if args.is_empty() {
        return sort(p, c, args, span);
    }
    let (cb, cols) = match args.first() {
        Some(Value::Function(_)) | Some(Value::Text(_)) => {
            (Some(Callback::from(args.first(), "multiSort", span)?), args.get(1))
        }
        _ => (None, args.first()),
    };
    let items = c.borrow().to_vec();
    let n = items.len();
    let mut synced = Vec::new();
    if let Some(cols) = cols {
        let Some(list) = items_of(cols) else {
            return err(
                code::BAD_ARGUMENT,
                "`.multiSort()` needs a collection of collections",
                span,
            );
        };
        for entry in list {
            let (target, order) = if entry.is_collection() {
                (entry, Some(false))
            } else if entry.is_object_like() {
                let t = p.get_member(&entry, &Text::from("collection"), span)?;
                let o = p.get_member(&entry, &Text::from("order"), span)?;
                let desc = o.as_num().is_some_and(|x| x.trunc() as i64 == CK_DESCENDING);
                (t, Some(desc))
            } else {
                (entry, None)
            };
            let Some(col_items) = items_of(&target) else {
                return err(
                    code::BAD_ARGUMENT,
                    "`.multiSort()`: colsToSort must contain collections or {collection; order} objects",
                    span,
                );
            };
            if col_items.len() != n {
                return err(
                    code::BAD_ARGUMENT,
                    format!(
                        "`.multiSort()`: every collection must have {n} elements (one has {})",
                        col_items.len()
                    ),
                    span,
                );
            }
            synced.push(Synced {
                target,
                items: col_items,
                order,
            });
        }
    }
    let main_keys: Vec<Key> = items.iter().map(|v| Key::of(v, false)).collect();
    let level_keys: Vec<(Vec<Key>, bool)> = synced
        .iter()
        .filter_map(|s| {
            s.order
                .map(|d| (s.items.iter().map(|v| Key::of(v, false)).collect(), d))
        })
        .collect();
    let extra = args.get(2..).unwrap_or(&[]);
    let order = merge_sort_indices(n, &mut |a, b| {
        let first = match &cb {
            Some(cb) => {
                let (Some(x), Some(y)) = (items.get(a), items.get(b)) else {
                    return Ok(false);
                };
                if less(p, cb, x, y, extra, span)? {
                    Ordering::Less
                } else if level_keys.is_empty() || less(p, cb, y, x, extra, span)? {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            }
            None => match (main_keys.get(a), main_keys.get(b)) {
                (Some(x), Some(y)) => x.compare(y),
                _ => Ordering::Equal,
            },
        };
        if first != Ordering::Equal {
            return Ok(first == Ordering::Less);
        }
        for (keys, desc) in &level_keys {
            if let (Some(x), Some(y)) = (keys.get(a), keys.get(b)) {
                let o = x.compare(y);
                if o != Ordering::Equal {
                    return Ok((if *desc { o.reverse() } else { o }) == Ordering::Less);
                }
            }
        }
        Ok(false)
    })?;
    c.borrow_mut().set_values(permute(items, &order));
    for s in synced {
        let sorted = permute(s.items, &order);
        match &s.target {
            Value::Collection(t) => t.borrow_mut().set_values(sorted),
            Value::SharedCollection(t) => {
                let g = t.group();
                g.lock().map_err(|e| share_error(e, &p.rt, span))?;
                let r = sorted
                    .iter()
                    .map(to_shared)
                    .collect::<Result<Vec<_>, _>>()
                    .and_then(|v| t.replace_all(v));
                g.unlock();
                r.map_err(|e| share_error(e, &p.rt, span))?;
            }
            _ => {}
        }
    }
    Ok(Value::Collection(c.clone()))
}

/// `.distinct({options})`, `.distinct(propertyPath {; options})`: sorted
/// distinct values, nulls left out; texts compared without case and accents
/// unless `ck diacritical`; objects and collections by reference;
/// `ck count values` gives `{value; count}` objects.
pub fn distinct(p: &mut Interp, c: &Coll, args: &[Value], span: Span) -> RtResult<Value> {
    let (path, opt) = match args.first() {
        Some(Value::Text(t)) => (Some(t.clone()), int_at(args, 1, 0)),
        _ => (None, int_at(args, 0, 0)),
    };
    let diacritical = opt & CK_DIACRITICAL != 0;
    let items = c.borrow().to_vec();
    let vals: Vec<Value> = values_at(p, items, path.as_ref(), span)?
        .into_iter()
        .filter(|v| !v.is_nullish())
        .collect();
    let keys: Vec<Vec<Key>> = vals.iter().map(|v| vec![Key::of(v, diacritical)]).collect();
    let sorted = sort_by_keys(vals, &keys, &[false]);
    let mut groups: Vec<(Value, usize)> = Vec::new();
    let mut by_ref: FxHashMap<usize, usize> = FxHashMap::default();
    for v in sorted {
        if let Some(id) = v.ref_id() {
            match by_ref.get(&id) {
                Some(&g) => {
                    if let Some(e) = groups.get_mut(g) {
                        e.1 += 1;
                    }
                }
                None => {
                    by_ref.insert(id, groups.len());
                    groups.push((v, 1));
                }
            }
            continue;
        }
        if let Some(last) = groups.last_mut()
            && last.0.ref_id().is_none()
            && rank(&last.0) == rank(&v)
            && same_value(&last.0, &v, diacritical)
        {
            last.1 += 1;
            continue;
        }
        groups.push((v, 1));
    }
    let out = if opt & CK_COUNT_VALUES != 0 {
        groups
            .into_iter()
            .map(|(v, n)| {
                let mut o = Object::new();
                o.set("value", v);
                o.set("count", Value::Real(n as f64));
                Value::new_object(o)
            })
            .collect()
    } else {
        groups.into_iter().map(|(v, _)| v).collect()
    };
    Ok(Value::new_collection(out))
}

fn same_value(a: &Value, b: &Value, diacritical: bool) -> bool {
    match (a, b) {
        (Value::Text(x), Value::Text(y)) if diacritical => x.as_str() == y.as_str(),
        _ => cmp_values(a, b, false) == Ordering::Equal,
    }
}
