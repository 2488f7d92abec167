//! Guarded XML parsing for the SAML module: every document goes through [`parse`], which
//! refuses declarations (`<!DOCTYPE`, `<!ENTITY`) and non-UTF-8 encodings before libxml2 sees
//! the bytes, and turns a panic inside the parser into a refusal. Values are read with the same
//! parser (libxml2) that xmlsec verifies with, so there is no second parser to disagree with it.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use libxml::parser::{Parser, ParserOptions};
use libxml::tree::{Document, Node, NodeType};

use super::SamlError;

/// SAML 2.0 assertion namespace.
pub const NS_ASSERTION: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
/// SAML 2.0 protocol namespace.
pub const NS_PROTOCOL: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
/// SAML 2.0 metadata namespace.
pub const NS_METADATA: &str = "urn:oasis:names:tc:SAML:2.0:metadata";
/// XML Signature namespace.
pub const NS_DSIG: &str = "http://www.w3.org/2000/09/xmldsig#";

/// Runs a library call, mapping a panic to `saml_malformed` (the libraries below are not
/// written for hostile input everywhere; a panic must not take the worker down).
pub fn guarded<T>(what: &str, f: impl FnOnce() -> Result<T, SamlError>) -> Result<T, SamlError> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(_) => Err(SamlError::Malformed(format!("{what} failed on this input"))),
    }
}

/// Refuses what no SAML message needs and parsers have been attacked through: any `<!`
/// declaration other than a comment or CDATA section (DOCTYPE, ENTITY, ...), NUL bytes, and an
/// XML declaration naming an encoding other than UTF-8.
pub fn refuse_declarations(xml: &str) -> Result<(), SamlError> {
    if xml.contains('\0') {
        return Err(SamlError::Malformed("NUL byte in XML".into()));
    }
    let mut rest = xml;
    while let Some(at) = rest.find("<!") {
        let after = &rest[at + 2..];
        if !(after.starts_with("--") || after.starts_with("[CDATA[")) {
            return Err(SamlError::Doctype);
        }
        rest = after;
    }
    let trimmed = xml.trim_start_matches('\u{feff}').trim_start();
    if let Some(decl) = trimmed.strip_prefix("<?xml")
        && let Some(end) = decl.find("?>")
    {
        let decl = decl[..end].to_ascii_lowercase();
        if let Some(pos) = decl.find("encoding") {
            let value = decl[pos + "encoding".len()..]
                .trim_start()
                .trim_start_matches('=')
                .trim_start();
            let value = value.trim_start_matches(['"', '\'']);
            if !(value.starts_with("utf-8") || value.starts_with("utf8")) {
                return Err(SamlError::Malformed("XML encoding must be UTF-8".into()));
            }
        }
    }
    Ok(())
}

/// Parses a document after [`refuse_declarations`], strictly: libxml2's default (and the
/// `libxml` crate's) is to recover from errors and build a tree from broken markup, which is
/// where parser differentials start. No network access either.
pub fn parse(xml: &str) -> Result<Document, SamlError> {
    refuse_declarations(xml)?;
    // libxml2 2.9 initialises its global state on first use, which is not safe to race: the
    // first parse of the process happens alone.
    static FIRST_PARSE: Once = Once::new();
    FIRST_PARSE.call_once(|| {
        let _ = Parser::default().parse_string("<init/>");
    });
    // No `encoding`: libxml 0.3.3 drops the C string it makes of that option before passing
    // its pointer to libxml2, a use-after-free on every parse (the saml_response fuzz target
    // found it under AddressSanitizer; see fuzz/README.md). libxml2 reads UTF-8 anyway: the input
    // is a Rust `str`, and `refuse_declarations` refuses any declared encoding but UTF-8.
    let options = ParserOptions {
        recover: false,
        no_net: true,
        encoding: None,
        ..ParserOptions::default()
    };
    guarded("XML parser", || {
        Parser::default()
            .parse_string_with_options(xml.as_bytes(), options)
            .map_err(|e| SamlError::Malformed(format!("not well-formed XML: {e:?}")))
    })
}

/// True when `node` is the element `{ns}local`.
pub fn is(node: &Node, ns: &str, local: &str) -> bool {
    node.get_type() == Some(NodeType::ElementNode)
        && node.get_name() == local
        && node.get_namespace().is_some_and(|n| n.get_href() == ns)
}

/// The element children `{ns}local` of `node`.
pub fn children(node: &Node, ns: &str, local: &str) -> Vec<Node> {
    node.get_child_elements()
        .into_iter()
        .filter(|c| is(c, ns, local))
        .collect()
}

/// The single element child `{ns}local`; more than one is malformed.
pub fn child(node: &Node, ns: &str, local: &str) -> Result<Option<Node>, SamlError> {
    let mut found = children(node, ns, local);
    match found.len() {
        0 => Ok(None),
        1 => Ok(found.pop()),
        _ => Err(SamlError::Malformed(format!(
            "more than one {local} element"
        ))),
    }
}

/// Every element in the subtree of `node` (itself included) named `local` in any namespace:
/// counting by local name alone means a look-alike in another namespace is counted too.
pub fn descendants_named(node: &Node, local: &str) -> Vec<Node> {
    let mut out = Vec::new();
    let mut stack = vec![node.clone()];
    while let Some(n) = stack.pop() {
        if n.get_type() == Some(NodeType::ElementNode) {
            if n.get_name() == local {
                out.push(n.clone());
            }
            stack.extend(n.get_child_elements());
        }
    }
    out
}

/// An unqualified attribute's value, trimmed. Attributes in a namespace never reach here:
/// [`refuse_qualified_attributes`] has refused the document beforehand.
pub fn attr(node: &Node, name: &str) -> Option<String> {
    node.get_property(name).map(|v| v.trim().to_owned())
}

/// The text content of an element (text and CDATA of its descendants; comments are not text,
/// so `a<!---->b` reads as `ab`), trimmed.
pub fn text(node: &Node) -> String {
    node.get_content().trim().to_owned()
}

/// Comments inside the document are refused. Canonicalization drops them, so the text a
/// signature covers is not the text as sent: `victim@corp.example<!---->.evil.example` is
/// signed as `victim@corp.example.evil.example`, and a reader that stopped at the comment
/// would see someone else. Identity providers do not write comments into responses.
pub fn refuse_comments(doc: &Document) -> Result<(), SamlError> {
    let root = doc
        .get_root_element()
        .ok_or_else(|| SamlError::Malformed("no root element".into()))?;
    let found = root
        .findnodes("descendant-or-self::node()/comment()")
        .map_err(|()| SamlError::Malformed("comment search failed".into()))?;
    if found.is_empty() {
        Ok(())
    } else {
        Err(SamlError::InvalidSignature(
            "a comment inside the response: the signed text would differ from the text as sent"
                .into(),
        ))
    }
}

/// libxml2 reads an attribute by local name whatever its namespace, so `x:Recipient` would be
/// read as `Recipient`. SAML elements carry no namespaced attributes except `xsi:*` (and
/// `xml:*`); refuse any other.
pub fn refuse_qualified_attributes(doc: &Document) -> Result<(), SamlError> {
    let root = doc
        .get_root_element()
        .ok_or_else(|| SamlError::Malformed("no root element".into()))?;
    let found = root
        .findnodes(
            "//@*[namespace-uri() != '' \
             and namespace-uri() != 'http://www.w3.org/2001/XMLSchema-instance' \
             and namespace-uri() != 'http://www.w3.org/XML/1998/namespace']",
        )
        .map_err(|()| SamlError::Malformed("attribute scan failed".into()))?;
    if found.is_empty() {
        Ok(())
    } else {
        Err(SamlError::Malformed(
            "namespace-qualified attribute on a SAML element".into(),
        ))
    }
}
