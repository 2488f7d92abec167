//! SCIM filters (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2): a pure parser into an AST, and
//! an evaluator of that AST over JSON values (used by PATCH value filters such as
//! `emails[type eq "work"]`). List queries never evaluate here: `db/scim_filter.rs` translates
//! the same AST to SQL, so a filter never loads a whole organization.
//!
//! Hand-written rather than taken from a crate: the grammar is small, the parser must bound
//! its input (length and nesting, so hostile filters cannot exhaust the stack) and report
//! `invalidFilter` for every malformed input without panicking, and the AST must carry what
//! the SQL translation needs (attribute case folded, JSON literal values). Keywords and
//! attribute names are case-insensitive, as RFC 7643 §2.1 requires.

use std::cmp::Ordering;

use serde_json::Value;

/// Longest filter accepted, in bytes.
pub const MAX_FILTER_BYTES: usize = 4096;
/// Deepest nesting of parentheses, `not` and value filters accepted.
pub const MAX_DEPTH: usize = 16;

/// An attribute path: an optional schema URN, an attribute and an optional sub-attribute.
/// Names are kept as written; compare them with [`AttrPath::is`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrPath {
    /// `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`, when given.
    pub urn: Option<String>,
    /// The attribute (`emails`).
    pub attr: String,
    /// The sub-attribute (`value`).
    pub sub: Option<String>,
}

impl AttrPath {
    /// Whether this path names `attr` (and `sub`), ignoring case.
    pub fn is(&self, attr: &str, sub: Option<&str>) -> bool {
        self.attr.eq_ignore_ascii_case(attr)
            && match (&self.sub, sub) {
                (None, None) => true,
                (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                _ => false,
            }
    }
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    /// equal
    Eq,
    /// not equal
    Ne,
    /// contains
    Co,
    /// starts with
    Sw,
    /// ends with
    Ew,
    /// greater than
    Gt,
    /// greater than or equal
    Ge,
    /// less than
    Lt,
    /// less than or equal
    Le,
}

impl CompareOp {
    fn parse(word: &str) -> Option<Self> {
        Some(match word.to_ascii_lowercase().as_str() {
            "eq" => Self::Eq,
            "ne" => Self::Ne,
            "co" => Self::Co,
            "sw" => Self::Sw,
            "ew" => Self::Ew,
            "gt" => Self::Gt,
            "ge" => Self::Ge,
            "lt" => Self::Lt,
            "le" => Self::Le,
            _ => return None,
        })
    }
}

/// A parsed filter.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    /// `path op value`; `value` is a JSON string, number, boolean or null.
    Compare {
        /// The attribute compared.
        path: AttrPath,
        /// The operator.
        op: CompareOp,
        /// The literal.
        value: Value,
    },
    /// `path pr`
    Present(AttrPath),
    /// `a and b`
    And(Box<Filter>, Box<Filter>),
    /// `a or b`
    Or(Box<Filter>, Box<Filter>),
    /// `not (a)`
    Not(Box<Filter>),
    /// `attr[filter]`: some value of the multi-valued `attr` matches `filter`, whose paths
    /// name its sub-attributes.
    ValuePath {
        /// The multi-valued attribute (no sub-attribute).
        path: AttrPath,
        /// The filter on each value.
        filter: Box<Filter>,
    },
}

/// A PATCH path: `attr`, `attr.sub`, `attr[filter]` or `attr[filter].sub`.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchPath {
    /// The attribute (with a sub-attribute only in the `attr.sub` form).
    pub path: AttrPath,
    /// The value filter, in the bracket forms.
    pub filter: Option<Filter>,
    /// The sub-attribute after the brackets.
    pub sub_after_filter: Option<String>,
}

/// Why a filter or path was refused; the text is shown to the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FilterError(pub String);

fn error<T>(message: impl Into<String>) -> Result<T, FilterError> {
    Err(FilterError(message.into()))
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Word(String),
    Literal(Value),
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b':' | b'.' | b'_' | b'-' | b'$' | b'+')
}

fn tokenize(input: &str) -> Result<Vec<Token>, FilterError> {
    if input.len() > MAX_FILTER_BYTES {
        return error(format!(
            "the filter is longer than {MAX_FILTER_BYTES} bytes"
        ));
    }
    let bytes = input.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'(' => {
                tokens.push(Token::Open);
                i += 1;
            }
            b')' => {
                tokens.push(Token::Close);
                i += 1;
            }
            b'[' => {
                tokens.push(Token::OpenBracket);
                i += 1;
            }
            b']' => {
                tokens.push(Token::CloseBracket);
                i += 1;
            }
            b'"' => {
                let start = i;
                i += 1;
                loop {
                    match bytes.get(i) {
                        None => return error("a string is not closed"),
                        Some(b'\\') => i += 2,
                        Some(b'"') => break,
                        Some(_) => i += 1,
                    }
                }
                i += 1;
                let text = input
                    .get(start..i)
                    .ok_or_else(|| FilterError("a string is not closed".into()))?;
                let value: String = serde_json::from_str(text)
                    .map_err(|_| FilterError(format!("{text} is not a valid JSON string")))?;
                tokens.push(Token::Literal(Value::String(value)));
            }
            b if is_word_byte(b) => {
                let start = i;
                while i < bytes.len() && is_word_byte(bytes[i]) {
                    i += 1;
                }
                // Word bytes are ASCII, so these are character boundaries.
                tokens.push(Token::Word(input[start..i].to_owned()));
            }
            _ => {
                let shown: String = input[i..].chars().next().into_iter().collect();
                return error(format!("unexpected character {shown:?}"));
            }
        }
    }
    Ok(tokens)
}

fn parse_attr_path(word: &str) -> Result<AttrPath, FilterError> {
    let (urn, rest) = match word.rsplit_once(':') {
        Some((urn, rest)) => {
            if !urn.to_ascii_lowercase().starts_with("urn:") {
                return error(format!("{word:?} is not an attribute path"));
            }
            (Some(urn.to_owned()), rest)
        }
        None => (None, word),
    };
    let mut parts = rest.split('.');
    let attr = parts.next().unwrap_or_default();
    let sub = parts.next();
    let valid = |name: &str| {
        name.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'$')
    };
    if parts.next().is_some() || !valid(attr) || sub.is_some_and(|s| !valid(s)) {
        return error(format!("{word:?} is not an attribute path"));
    }
    Ok(AttrPath {
        urn,
        attr: attr.to_owned(),
        sub: sub.map(str::to_owned),
    })
}

fn literal(word: &str) -> Option<Value> {
    match word.to_ascii_lowercase().as_str() {
        "true" => return Some(Value::Bool(true)),
        "false" => return Some(Value::Bool(false)),
        "null" => return Some(Value::Null),
        _ => {}
    }
    if word.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
        return serde_json::from_str::<serde_json::Number>(word)
            .ok()
            .map(Value::Number);
    }
    None
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn keyword(&self, keyword: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w.eq_ignore_ascii_case(keyword))
    }

    fn descend(&mut self) -> Result<(), FilterError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return error(format!("the filter nests deeper than {MAX_DEPTH} levels"));
        }
        Ok(())
    }

    fn or(&mut self, in_value_filter: bool) -> Result<Filter, FilterError> {
        let mut left = self.and(in_value_filter)?;
        while self.keyword("or") {
            self.at += 1;
            let right = self.and(in_value_filter)?;
            left = Filter::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self, in_value_filter: bool) -> Result<Filter, FilterError> {
        let mut left = self.unary(in_value_filter)?;
        while self.keyword("and") {
            self.at += 1;
            let right = self.unary(in_value_filter)?;
            left = Filter::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn group(&mut self, in_value_filter: bool) -> Result<Filter, FilterError> {
        self.descend()?;
        let inner = self.or(in_value_filter)?;
        if self.next() != Some(Token::Close) {
            return error("expected ')'");
        }
        self.depth -= 1;
        Ok(inner)
    }

    fn unary(&mut self, in_value_filter: bool) -> Result<Filter, FilterError> {
        if self.keyword("not") {
            self.at += 1;
            if self.next() != Some(Token::Open) {
                return error("'not' must be followed by '('");
            }
            return Ok(Filter::Not(Box::new(self.group(in_value_filter)?)));
        }
        match self.next() {
            Some(Token::Open) => self.group(in_value_filter),
            Some(Token::Word(word)) => {
                let path = parse_attr_path(&word)?;
                if self.peek() == Some(&Token::OpenBracket) {
                    if in_value_filter {
                        return error("value filters cannot nest");
                    }
                    if path.sub.is_some() {
                        return error(format!("{word:?} cannot take a value filter"));
                    }
                    self.at += 1;
                    self.descend()?;
                    let filter = self.or(true)?;
                    if self.next() != Some(Token::CloseBracket) {
                        return error("expected ']'");
                    }
                    self.depth -= 1;
                    return Ok(Filter::ValuePath {
                        path,
                        filter: Box::new(filter),
                    });
                }
                let Some(Token::Word(op)) = self.next() else {
                    return error(format!("expected an operator after {word:?}"));
                };
                if op.eq_ignore_ascii_case("pr") {
                    return Ok(Filter::Present(path));
                }
                let op = CompareOp::parse(&op)
                    .ok_or_else(|| FilterError(format!("{op:?} is not an operator")))?;
                let value = match self.next() {
                    Some(Token::Literal(value)) => value,
                    Some(Token::Word(w)) => literal(&w).ok_or_else(|| {
                        FilterError(format!("{w:?} is not a value; quote strings"))
                    })?,
                    _ => return error("expected a value after the operator"),
                };
                if matches!(value, Value::Bool(_) | Value::Null)
                    && !matches!(op, CompareOp::Eq | CompareOp::Ne)
                {
                    return error("booleans and null compare only with eq and ne");
                }
                Ok(Filter::Compare { path, op, value })
            }
            _ => error("expected an attribute, '(' or 'not'"),
        }
    }
}

/// Parses a filter.
pub fn parse(input: &str) -> Result<Filter, FilterError> {
    let mut parser = Parser {
        tokens: tokenize(input)?,
        at: 0,
        depth: 0,
    };
    if parser.tokens.is_empty() {
        return error("the filter is empty");
    }
    let filter = parser.or(false)?;
    if parser.at != parser.tokens.len() {
        return error("unexpected text after the filter");
    }
    Ok(filter)
}

/// Parses a PATCH path.
pub fn parse_patch_path(input: &str) -> Result<PatchPath, FilterError> {
    // `emails[type eq "work"].value`: the part after the closing bracket is a sub-attribute.
    let (head, sub_after_filter) = match input.trim().strip_suffix(']') {
        Some(_) => (input.trim(), None),
        None => match input.rfind("].") {
            Some(at) => (&input[..=at], Some(input[at + 2..].to_owned())),
            None => (input.trim(), None),
        },
    };
    if let Some(sub) = &sub_after_filter
        && parse_attr_path(sub).map(|p| p.sub.is_some() || p.urn.is_some())?
    {
        return error(format!("{input:?} is not a valid path"));
    }
    match parse(head) {
        Ok(Filter::ValuePath { path, filter }) => Ok(PatchPath {
            path,
            filter: Some(*filter),
            sub_after_filter,
        }),
        _ if sub_after_filter.is_none() && !head.contains(['[', ' ']) => Ok(PatchPath {
            path: parse_attr_path(head)?,
            filter: None,
            sub_after_filter: None,
        }),
        _ => error(format!("{input:?} is not a valid path")),
    }
}

/// Whether `filter` matches `object`, one value of a multi-valued attribute or a whole
/// resource. `case_exact` says whether string comparisons of a path are case-sensitive.
pub fn matches(filter: &Filter, object: &Value, case_exact: &dyn Fn(&AttrPath) -> bool) -> bool {
    match filter {
        Filter::And(a, b) => matches(a, object, case_exact) && matches(b, object, case_exact),
        Filter::Or(a, b) => matches(a, object, case_exact) || matches(b, object, case_exact),
        Filter::Not(a) => !matches(a, object, case_exact),
        Filter::Present(path) => values_at(object, path)
            .iter()
            .any(|v| !matches!(v, Value::Null) && v.as_str() != Some("")),
        Filter::Compare { path, op, value } => {
            let exact = case_exact(path);
            let found = values_at(object, path);
            if found.is_empty() {
                // An absent attribute is only "not equal" to something.
                return *op == CompareOp::Ne && !value.is_null();
            }
            found.iter().any(|v| compare(v, *op, value, exact))
        }
        Filter::ValuePath { path, filter } => lookup(object, &path.attr).is_some_and(|v| {
            let items: Vec<&Value> = match v {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            items
                .into_iter()
                .any(|item| matches(filter, item, case_exact))
        }),
    }
}

fn lookup<'a>(object: &'a Value, name: &str) -> Option<&'a Value> {
    object
        .as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

fn values_at<'a>(object: &'a Value, path: &AttrPath) -> Vec<&'a Value> {
    let scope = match &path.urn {
        Some(urn) => match lookup(object, urn) {
            Some(extension) => extension,
            None => object,
        },
        None => object,
    };
    let Some(top) = lookup(scope, &path.attr) else {
        return Vec::new();
    };
    let items: Vec<&Value> = match top {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    match &path.sub {
        None => items
            .into_iter()
            .flat_map(|item| match item {
                // `emails eq "x"` compares each email's value.
                Value::Object(_) => lookup(item, "value").into_iter().collect::<Vec<_>>(),
                other => vec![other],
            })
            .collect(),
        Some(sub) => items
            .into_iter()
            .filter_map(|item| lookup(item, sub))
            .collect(),
    }
}

fn compare(actual: &Value, op: CompareOp, expected: &Value, case_exact: bool) -> bool {
    match (actual, expected) {
        (Value::String(a), Value::String(b)) => {
            let (a, b) = if case_exact {
                (a.clone(), b.clone())
            } else {
                (a.to_lowercase(), b.to_lowercase())
            };
            match op {
                CompareOp::Eq => a == b,
                CompareOp::Ne => a != b,
                CompareOp::Co => a.contains(&b),
                CompareOp::Sw => a.starts_with(&b),
                CompareOp::Ew => a.ends_with(&b),
                CompareOp::Gt => a > b,
                CompareOp::Ge => a >= b,
                CompareOp::Lt => a < b,
                CompareOp::Le => a <= b,
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            let (Some(a), Some(b)) = (a.as_f64(), b.as_f64()) else {
                return false;
            };
            let ordering = a.partial_cmp(&b);
            match op {
                CompareOp::Eq => ordering == Some(Ordering::Equal),
                CompareOp::Ne => ordering != Some(Ordering::Equal),
                CompareOp::Gt => ordering == Some(Ordering::Greater),
                CompareOp::Ge => matches!(ordering, Some(Ordering::Greater | Ordering::Equal)),
                CompareOp::Lt => ordering == Some(Ordering::Less),
                CompareOp::Le => matches!(ordering, Some(Ordering::Less | Ordering::Equal)),
                CompareOp::Co | CompareOp::Sw | CompareOp::Ew => false,
            }
        }
        (Value::Bool(a), Value::Bool(b)) => match op {
            CompareOp::Eq => a == b,
            CompareOp::Ne => a != b,
            _ => false,
        },
        (a, Value::Null) => match op {
            CompareOp::Eq => a.is_null(),
            CompareOp::Ne => !a.is_null(),
            _ => false,
        },
        _ => op == CompareOp::Ne,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    fn path(attr: &str, sub: Option<&str>) -> AttrPath {
        AttrPath {
            urn: None,
            attr: attr.to_owned(),
            sub: sub.map(str::to_owned),
        }
    }

    #[test]
    fn every_operator_parses() {
        for (word, op) in [
            ("eq", CompareOp::Eq),
            ("NE", CompareOp::Ne),
            ("co", CompareOp::Co),
            ("Sw", CompareOp::Sw),
            ("ew", CompareOp::Ew),
            ("gt", CompareOp::Gt),
            ("ge", CompareOp::Ge),
            ("lt", CompareOp::Lt),
            ("le", CompareOp::Le),
        ] {
            assert_eq!(
                parse(&format!("userName {word} \"bjensen\"")).unwrap(),
                Filter::Compare {
                    path: path("userName", None),
                    op,
                    value: json!("bjensen")
                }
            );
        }
        assert_eq!(
            parse("title pr").unwrap(),
            Filter::Present(path("title", None))
        );
    }

    #[test]
    fn precedence_parentheses_not_and_value_paths() {
        let parsed = parse(
            r#"userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")"#,
        )
        .unwrap();
        let Filter::And(_, right) = parsed else {
            panic!("and binds loosest here: {parsed:?}")
        };
        assert!(matches!(*right, Filter::Or(_, _)));
        let parsed = parse(r#"a eq 1 or b eq 2 and c eq 3"#).unwrap();
        assert!(matches!(parsed, Filter::Or(_, ref r) if matches!(**r, Filter::And(_, _))));
        let parsed =
            parse(r#"not (active eq true) AND emails[type eq "work" and value co "@x"]"#).unwrap();
        let Filter::And(left, right) = parsed else {
            panic!()
        };
        assert!(matches!(*left, Filter::Not(_)));
        assert!(matches!(*right, Filter::ValuePath { ref path, .. } if path.attr == "emails"));
        let parsed = parse(
            r#"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "u1""#,
        )
        .unwrap();
        let Filter::Compare { path: manager, .. } = parsed else {
            panic!()
        };
        assert_eq!(
            manager.urn.as_deref(),
            Some("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
        );
        assert!(manager.is("MANAGER", Some("Value")));
        assert_eq!(
            parse(r#"meta.lastModified gt "2011-05-13T04:42:34Z""#).unwrap(),
            Filter::Compare {
                path: path("meta", Some("lastModified")),
                op: CompareOp::Gt,
                value: json!("2011-05-13T04:42:34Z")
            }
        );
        assert_eq!(
            parse(r#"userName eq "a \"quoted\" \u00e9""#).unwrap(),
            Filter::Compare {
                path: path("userName", None),
                op: CompareOp::Eq,
                value: json!("a \"quoted\" é")
            }
        );
    }

    /// Every line of the corpus must be refused with an error, never a panic.
    #[test]
    fn bad_filter_corpus_is_refused() {
        let corpus = include_str!("../../../tests/scim/bad_filters.txt");
        let mut count = 0;
        for line in corpus
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            assert!(parse(line).is_err(), "accepted {line:?}");
            count += 1;
        }
        assert!(count > 20);
        let deep = format!("{}a eq 1{}", "(".repeat(100), ")".repeat(100));
        assert!(parse(&deep).is_err());
        let long = format!("a eq \"{}\"", "x".repeat(MAX_FILTER_BYTES));
        assert!(parse(&long).is_err());
    }

    /// A small deterministic fuzz: random byte soup and mutated good filters never panic,
    /// and whatever parses is within the depth bound.
    #[test]
    fn random_input_never_panics() {
        let alphabet: &[u8] = b"()[]\" \\.:aeqnotrpcswg01-_$\xc3\xa9";
        let seeds = [
            r#"emails[type eq "work" and value co "@example.com"] or not (userName sw "a")"#,
            r#"userName eq "x" and (active eq true or meta.created gt "2020-01-01T00:00:00Z")"#,
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..20_000 {
            let mut bytes: Vec<u8> = if round % 2 == 0 {
                seeds[round % seeds.len()].as_bytes().to_vec()
            } else {
                Vec::new()
            };
            for _ in 0..(next() % 12) {
                let at = (next() as usize) % (bytes.len() + 1);
                let byte = alphabet[(next() as usize) % alphabet.len()];
                if next() % 2 == 0 && at < bytes.len() {
                    bytes[at] = byte;
                } else {
                    bytes.insert(at, byte);
                }
            }
            let text = String::from_utf8_lossy(&bytes);
            let _ = parse(&text);
            let _ = parse_patch_path(&text);
        }
    }

    #[test]
    fn patch_paths() {
        let p = parse_patch_path(r#"emails[type eq "work"].value"#).unwrap();
        assert!(p.path.is("emails", None));
        assert_eq!(p.sub_after_filter.as_deref(), Some("value"));
        assert!(p.filter.is_some());
        let p = parse_patch_path(r#"members[value eq "user_1"]"#).unwrap();
        assert!(p.path.is("members", None) && p.sub_after_filter.is_none());
        let p = parse_patch_path("name.givenName").unwrap();
        assert!(p.path.is("name", Some("givenName")) && p.filter.is_none());
        let p =
            parse_patch_path("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager")
                .unwrap();
        assert!(p.path.is("manager", None) && p.path.urn.is_some());
        for bad in [
            "",
            "emails[",
            "emails[type eq]",
            "a b",
            "emails[type eq \"w\"].",
            "1abc",
        ] {
            assert!(parse_patch_path(bad).is_err(), "accepted {bad:?}");
        }
    }

    #[test]
    fn evaluation_follows_case_rules() {
        let user = json!({
            "userName": "BJensen",
            "active": true,
            "emails": [
                {"value": "bjensen@example.com", "type": "work", "primary": true},
                {"value": "babs@home.example", "type": "home"}
            ],
            "name": {"givenName": "Barbara"},
            "x": 5
        });
        let insensitive = |_: &AttrPath| false;
        let exact = |_: &AttrPath| true;
        let check = |f: &str| matches(&parse(f).unwrap(), &user, &insensitive);
        assert!(check(r#"username eq "bjensen""#));
        assert!(!matches(
            &parse(r#"userName eq "bjensen""#).unwrap(),
            &user,
            &exact
        ));
        assert!(check(r#"userName ne "other""#));
        assert!(check(r#"userName co "jens""#));
        assert!(check(r#"userName sw "bj""#));
        assert!(check(r#"userName ew "sen""#));
        assert!(check(r#"userName gt "a""#) && check(r#"userName ge "bjensen""#));
        assert!(check(r#"userName lt "c""#) && check(r#"userName le "bjensen""#));
        assert!(check("x gt 4") && check("x le 5") && !check("x lt 5"));
        assert!(check("active eq true") && !check("active eq false"));
        assert!(check(r#"emails[type eq "work"]"#));
        assert!(!check(
            r#"emails[type eq "work" and value ew "home.example"]"#
        ));
        assert!(check(r#"emails.value ew "home.example""#));
        assert!(check(r#"emails co "example.com""#));
        assert!(check("name.givenName pr") && !check("title pr"));
        assert!(check(r#"not (title eq "x") and title ne "y""#));
    }
}
