//! SCIM filters as SQL: translates the AST of `scim/filter.rs` into a `WHERE` fragment over
//! `scim_users s JOIN users u` or `scim_groups g`, with bound values, so a list query reads
//! only matching rows on either database. Case-insensitive attributes compare their `*_key`
//! columns, which hold values lowercased in Rust, against lowercased literals; the text
//! operators use `substr`/`length` and a byte-order collation so SQLite and PostgreSQL answer
//! the same. Attributes without a column are refused (`invalidFilter`) rather than
//! evaluated in memory.

use serde_json::Value;

use super::Backend;
use crate::scim::filter::{AttrPath, CompareOp, Filter, FilterError};

/// Which resource the filter is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// `scim_users s JOIN users u`
    Users,
    /// `scim_groups g`
    Groups,
}

/// A value bound to a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bind {
    /// Text.
    Text(String),
    /// Integer.
    Int(i64),
}

/// A translated filter: SQL text with `$n` placeholders numbered from the `first` given to
/// [`translate`], in order of appearance, and their values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sql {
    /// The condition.
    pub text: String,
    /// Values for its placeholders, in order.
    pub binds: Vec<Bind>,
}

#[derive(Clone, Copy)]
enum Kind {
    /// Text compared case-insensitively: the column holds lowercased values.
    FoldedText,
    /// Text compared exactly.
    ExactText,
    /// Unix seconds, compared with RFC 3339 literals.
    Time,
    /// 0/1 flag.
    Flag,
    /// Whether the column is NULL is the boolean (`deactivated_at IS NULL` is `active`).
    NullMeansTrue,
}

struct Column {
    sql: &'static str,
    kind: Kind,
}

/// A multi-valued attribute stored in a child table.
struct Child {
    /// `FROM ... WHERE` joining the child rows to the resource row.
    from: &'static str,
    /// The column compared when a filter names the attribute without a sub-attribute.
    default_sub: &'static str,
}

const USER_EXTERNAL_ID: &str = "(SELECT i.subject FROM user_identities i \
     WHERE i.project_id = s.project_id AND i.user_id = s.user_id AND i.kind = 'scim' \
     AND i.issuer = s.organization_id)";

fn column(resource: Resource, path: &AttrPath) -> Option<Column> {
    let c = |sql, kind| Some(Column { sql, kind });
    let name = path.attr.to_ascii_lowercase();
    let sub = path.sub.as_deref().map(str::to_ascii_lowercase);
    match (resource, name.as_str(), sub.as_deref()) {
        (Resource::Users, "id", None) => c("s.user_id", Kind::ExactText),
        (Resource::Users, "username", None) => c("s.user_name_key", Kind::FoldedText),
        (Resource::Users, "displayname", None) => c("s.display_name_key", Kind::FoldedText),
        (Resource::Users, "title", None) => c("s.title_key", Kind::FoldedText),
        (Resource::Users, "name", Some("givenname")) => c("s.given_name_key", Kind::FoldedText),
        (Resource::Users, "name", Some("familyname")) => c("s.family_name_key", Kind::FoldedText),
        (Resource::Users, "externalid", None) => c(USER_EXTERNAL_ID, Kind::ExactText),
        (Resource::Users, "active", None) => c("u.deactivated_at", Kind::NullMeansTrue),
        (Resource::Users, "meta", Some("created")) => c("s.created_at", Kind::Time),
        (Resource::Users, "meta", Some("lastmodified")) => c("s.updated_at", Kind::Time),
        (Resource::Groups, "id", None) => c("g.id", Kind::ExactText),
        (Resource::Groups, "displayname", None) => c("g.display_name_key", Kind::FoldedText),
        (Resource::Groups, "externalid", None) => c("g.external_id", Kind::ExactText),
        (Resource::Groups, "meta", Some("created")) => c("g.created_at", Kind::Time),
        (Resource::Groups, "meta", Some("lastmodified")) => c("g.updated_at", Kind::Time),
        _ => None,
    }
}

fn child(resource: Resource, attr: &str) -> Option<Child> {
    match (resource, attr.to_ascii_lowercase().as_str()) {
        (Resource::Users, "emails") => Some(Child {
            from: "scim_user_emails e WHERE e.user_id = s.user_id",
            default_sub: "value",
        }),
        (Resource::Groups, "members") => Some(Child {
            from: "scim_group_members m WHERE m.group_id = g.id",
            default_sub: "value",
        }),
        _ => None,
    }
}

fn child_column(resource: Resource, sub: &str) -> Option<Column> {
    let c = |sql, kind| Some(Column { sql, kind });
    match (resource, sub.to_ascii_lowercase().as_str()) {
        (Resource::Users, "value") => c("e.value_key", Kind::FoldedText),
        (Resource::Users, "type") => c("e.type_key", Kind::FoldedText),
        (Resource::Users, "primary") => c("e.is_primary", Kind::Flag),
        (Resource::Groups, "value") => c("m.user_id", Kind::ExactText),
        _ => None,
    }
}

struct Translator {
    resource: Resource,
    backend: Backend,
    next: usize,
    binds: Vec<Bind>,
}

fn unsupported<T>(path: &AttrPath) -> Result<T, FilterError> {
    let name = match &path.sub {
        Some(sub) => format!("{}.{sub}", path.attr),
        None => path.attr.clone(),
    };
    Err(FilterError(format!(
        "filtering on {name:?} is not supported"
    )))
}

impl Translator {
    fn placeholder(&mut self, bind: Bind) -> String {
        self.binds.push(bind);
        let text = format!("${}", self.next);
        self.next += 1;
        text
    }

    fn filter(&mut self, filter: &Filter, in_child: bool) -> Result<String, FilterError> {
        Ok(match filter {
            Filter::And(a, b) => format!(
                "({} AND {})",
                self.filter(a, in_child)?,
                self.filter(b, in_child)?
            ),
            Filter::Or(a, b) => format!(
                "({} OR {})",
                self.filter(a, in_child)?,
                self.filter(b, in_child)?
            ),
            Filter::Not(a) => format!("(NOT {})", self.filter(a, in_child)?),
            Filter::ValuePath { path, filter } => {
                if in_child {
                    return Err(FilterError("value filters cannot nest".into()));
                }
                let Some(child) = child(self.resource, &path.attr) else {
                    return unsupported(path);
                };
                format!(
                    "EXISTS (SELECT 1 FROM {} AND {})",
                    child.from,
                    self.filter(filter, true)?
                )
            }
            Filter::Present(path) => {
                let (column, child) = self.resolve(path, in_child)?;
                let test = match column.kind {
                    Kind::NullMeansTrue => "1 = 1".to_owned(),
                    Kind::FoldedText | Kind::ExactText => {
                        format!("({0} IS NOT NULL AND {0} <> '')", column.sql)
                    }
                    Kind::Time | Kind::Flag => format!("{} IS NOT NULL", column.sql),
                };
                self.wrap(child, test, false)
            }
            Filter::Compare { path, op, value } => {
                let (column, child) = self.resolve(path, in_child)?;
                // For a multi-valued attribute, `ne` means no value is equal.
                let (op, negate) = match (child.is_some(), op) {
                    (true, CompareOp::Ne) => (CompareOp::Eq, true),
                    (_, op) => (*op, false),
                };
                let test = self.compare(path, &column, op, value)?;
                self.wrap(child, test, negate)
            }
        })
    }

    fn wrap(&self, child: Option<Child>, test: String, negate: bool) -> String {
        match child {
            None => test,
            Some(child) => format!(
                "{}EXISTS (SELECT 1 FROM {} AND {test})",
                if negate { "NOT " } else { "" },
                child.from
            ),
        }
    }

    /// The column of `path`, and the child table to search when it is multi-valued.
    fn resolve(
        &self,
        path: &AttrPath,
        in_child: bool,
    ) -> Result<(Column, Option<Child>), FilterError> {
        if in_child {
            if path.sub.is_some() || path.urn.is_some() {
                return unsupported(path);
            }
            return child_column(self.resource, &path.attr)
                .map(|c| (c, None))
                .ok_or(())
                .or_else(|()| unsupported(path));
        }
        if let Some(urn) = &path.urn {
            let core = match self.resource {
                Resource::Users => crate::scim::schema::USER,
                Resource::Groups => crate::scim::schema::GROUP,
            };
            if !urn.eq_ignore_ascii_case(core) {
                return unsupported(path);
            }
        }
        if let Some(child) = child(self.resource, &path.attr) {
            let sub = path.sub.as_deref().unwrap_or(child.default_sub);
            let column = child_column(self.resource, sub).ok_or(());
            return column
                .map(|c| (c, Some(child)))
                .or_else(|()| unsupported(path));
        }
        column(self.resource, path)
            .map(|c| (c, None))
            .ok_or(())
            .or_else(|()| unsupported(path))
    }

    fn compare(
        &mut self,
        path: &AttrPath,
        column: &Column,
        op: CompareOp,
        value: &Value,
    ) -> Result<String, FilterError> {
        let sql = column.sql;
        let wrong = |what: &str| {
            Err(FilterError(format!(
                "{} compares with {what}",
                match &path.sub {
                    Some(sub) => format!("{}.{sub}", path.attr),
                    None => path.attr.clone(),
                }
            )))
        };
        match column.kind {
            Kind::NullMeansTrue | Kind::Flag => {
                let Value::Bool(wanted) = value else {
                    return wrong("true or false");
                };
                let wanted = match op {
                    CompareOp::Eq => *wanted,
                    CompareOp::Ne => !*wanted,
                    _ => return wrong("eq or ne"),
                };
                Ok(match (column.kind, wanted) {
                    (Kind::NullMeansTrue, true) => format!("{sql} IS NULL"),
                    (Kind::NullMeansTrue, false) => format!("{sql} IS NOT NULL"),
                    (_, wanted) => format!("{sql} = {}", i64::from(wanted)),
                })
            }
            Kind::Time => {
                let seconds = value
                    .as_str()
                    .and_then(|s| {
                        time::OffsetDateTime::parse(
                            s,
                            &time::format_description::well_known::Rfc3339,
                        )
                        .ok()
                    })
                    .map(|t| t.unix_timestamp());
                let Some(seconds) = seconds else {
                    return wrong("an RFC 3339 date-time");
                };
                let operator = match op {
                    CompareOp::Eq => "=",
                    CompareOp::Ne => "<>",
                    CompareOp::Gt => ">",
                    CompareOp::Ge => ">=",
                    CompareOp::Lt => "<",
                    CompareOp::Le => "<=",
                    _ => return wrong("eq, ne, gt, ge, lt or le"),
                };
                let p = self.placeholder(Bind::Int(seconds));
                Ok(format!("{sql} {operator} {p}"))
            }
            Kind::FoldedText | Kind::ExactText => {
                let Value::String(text) = value else {
                    return wrong("a string");
                };
                let text = match column.kind {
                    Kind::FoldedText => text.to_lowercase(),
                    _ => text.clone(),
                };
                let collate = match self.backend {
                    Backend::Postgres => " COLLATE \"C\"",
                    Backend::Sqlite => "",
                };
                Ok(match op {
                    CompareOp::Eq => format!("{sql} = {}", self.placeholder(Bind::Text(text))),
                    CompareOp::Ne => format!(
                        "({sql} IS NULL OR {sql} <> {})",
                        self.placeholder(Bind::Text(text))
                    ),
                    CompareOp::Sw => {
                        // The strings that start with P are those in [P, successor(P)) in code
                        // point order (byte order in UTF-8: SQLite's BINARY and PostgreSQL's
                        // "C"), a range an index on the column can seek; the exact test stays,
                        // so the range only narrows the scan. Placeholders are numbered in
                        // the order they appear.
                        let range = prefix_successor(&text).map(|next| {
                            let low = self.placeholder(Bind::Text(text.clone()));
                            let high = self.placeholder(Bind::Text(next));
                            format!("{sql}{collate} >= {low} AND {sql}{collate} < {high} AND ")
                        });
                        let a = self.placeholder(Bind::Text(text.clone()));
                        let b = self.placeholder(Bind::Text(text));
                        let exact = format!("substr({sql}, 1, length({a})) = {b}");
                        match range {
                            Some(range) => format!("({range}{exact})"),
                            None => exact,
                        }
                    }
                    CompareOp::Ew => {
                        let a = self.placeholder(Bind::Text(text.clone()));
                        let b = self.placeholder(Bind::Text(text.clone()));
                        let c = self.placeholder(Bind::Text(text));
                        format!(
                            "(length({sql}) >= length({a}) AND \
                             substr({sql}, length({sql}) - length({b}) + 1) = {c})"
                        )
                    }
                    CompareOp::Co => {
                        let p = self.placeholder(Bind::Text(text));
                        match self.backend {
                            Backend::Postgres => format!("strpos({sql}, {p}) > 0"),
                            Backend::Sqlite => format!("instr({sql}, {p}) > 0"),
                        }
                    }
                    CompareOp::Gt | CompareOp::Ge | CompareOp::Lt | CompareOp::Le => {
                        let operator = match op {
                            CompareOp::Gt => ">",
                            CompareOp::Ge => ">=",
                            CompareOp::Lt => "<",
                            _ => "<=",
                        };
                        let p = self.placeholder(Bind::Text(text));
                        format!("{sql}{collate} {operator} {p}")
                    }
                })
            }
        }
    }
}

/// The least string greater than every string that starts with `prefix`, in code point
/// order: `prefix` with its last character replaced by the next one (characters that have no
/// next one are dropped first). `None` when every string qualifies (an empty prefix, or one of
/// U+10FFFF only).
fn prefix_successor(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        let next = (u32::from(last) + 1..=0x10FFFF).find_map(char::from_u32);
        if let Some(next) = next {
            chars.push(next);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// Translates `filter` over `resource` for `backend`, numbering placeholders from `first`.
pub fn translate(
    filter: &Filter,
    resource: Resource,
    backend: Backend,
    first: usize,
) -> Result<Sql, FilterError> {
    let mut translator = Translator {
        resource,
        backend,
        next: first,
        binds: Vec::new(),
    };
    let text = translator.filter(filter, false)?;
    Ok(Sql {
        text,
        binds: translator.binds,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::scim::filter::parse;

    fn sql(filter: &str, resource: Resource) -> Result<Sql, FilterError> {
        translate(&parse(filter).unwrap(), resource, Backend::Sqlite, 3)
    }

    #[test]
    fn literals_are_bound_and_folded() {
        let out = sql(
            r#"userName eq "BJensen" and active eq true"#,
            Resource::Users,
        )
        .unwrap();
        assert_eq!(
            out.text,
            "(s.user_name_key = $3 AND u.deactivated_at IS NULL)"
        );
        assert_eq!(out.binds, vec![Bind::Text("bjensen".into())]);
        let out = sql(r#"userName eq "x'; DROP TABLE users; --""#, Resource::Users).unwrap();
        assert!(!out.text.contains("DROP"));
    }

    #[test]
    fn value_paths_become_exists() {
        let out = sql(
            r#"emails[type eq "work" and value ew "@EXAMPLE.com"]"#,
            Resource::Users,
        )
        .unwrap();
        assert!(
            out.text
                .starts_with("EXISTS (SELECT 1 FROM scim_user_emails e")
        );
        assert_eq!(out.binds.len(), 4);
        let out = sql(r#"members eq "user_1""#, Resource::Groups).unwrap();
        assert!(out.text.contains("m.user_id = $3"));
        let out = sql(r#"emails ne "a@b.c""#, Resource::Users).unwrap();
        assert!(out.text.starts_with("NOT EXISTS"));
    }

    #[test]
    fn starts_with_is_a_range_an_index_can_seek() {
        let out = sql(r#"userName sw "Ab""#, Resource::Users).unwrap();
        assert_eq!(
            out.text,
            "(s.user_name_key >= $3 AND s.user_name_key < $4 \
             AND substr(s.user_name_key, 1, length($5)) = $6)"
        );
        assert_eq!(
            out.binds,
            vec![
                Bind::Text("ab".into()),
                Bind::Text("ac".into()),
                Bind::Text("ab".into()),
                Bind::Text("ab".into())
            ]
        );
        assert_eq!(prefix_successor("a\u{10FFFF}").as_deref(), Some("b"));
        assert_eq!(prefix_successor("\u{D7FF}").as_deref(), Some("\u{E000}"));
        assert_eq!(prefix_successor(""), None);
        assert_eq!(prefix_successor("\u{10FFFF}"), None);
    }

    #[test]
    fn unknown_attributes_and_wrong_types_are_refused() {
        for (filter, resource) in [
            (r#"nickName eq "x""#, Resource::Users),
            (r#"members.display eq "x""#, Resource::Groups),
            ("userName eq 5", Resource::Users),
            (r#"active eq "true""#, Resource::Users),
            (r#"meta.created gt "yesterday""#, Resource::Users),
            (r#"urn:other:schema:userName eq "x""#, Resource::Users),
            (r#"emails[display eq "x"]"#, Resource::Users),
        ] {
            assert!(sql(filter, resource).is_err(), "{filter}");
        }
    }
}
