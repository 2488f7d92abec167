//! Outgoing email: SMTP through `lettre` when a server is configured, otherwise the message is
//! written to the log. Links in mail carry live sign-in, reset, sign-up and invitation
//! tokens, so a logged message shows them only for `gatehouse dev` on a developer's own
//! machine; everywhere else (`serve --log-mail`, and the default of [`crate::state::AppState`])
//! the query and fragment of every link are redacted. Every message has a plain-text and an
//! HTML part; the HTML is built with `maud`, which escapes every interpolated value.

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use maud::{DOCTYPE, Markup, html};

/// Where mail goes.
#[derive(Clone)]
pub enum Mailer {
    /// A real SMTP server.
    Smtp {
        /// Pooled connection to the server.
        transport: AsyncSmtpTransport<Tokio1Executor>,
        /// The `From` address.
        from: Mailbox,
    },
    /// No SMTP server: messages are logged, not sent.
    Log {
        /// The `From` address.
        from: String,
        /// Whether the log shows links whole.
        links: LoggedLinks,
    },
}

/// What the log shows of the links in a message written there instead of being sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoggedLinks {
    /// Whole, tokens included: only for `gatehouse dev`, where the developer clicks them.
    Shown,
    /// With every query value and fragment replaced by [`REDACTED`].
    Redacted,
}

/// What replaces the query values of links in logged mail.
pub const REDACTED: &str = "REDACTED";

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Smtp { from, .. } => write!(f, "Mailer::Smtp(from {from})"),
            Self::Log { from, links } => write!(f, "Mailer::Log(from {from}, links {links:?})"),
        }
    }
}

/// Default `From` address.
pub const DEFAULT_FROM: &str = "Gatehouse <no-reply@localhost>";

impl Mailer {
    /// A mailer for `smtp_url` (`smtp://user:pass@host:587?tls=required`, `smtps://host`,
    /// or `smtp://host:25` without TLS, as `lettre` reads them), or one logging messages
    /// with `links` when `smtp_url` is absent.
    pub fn new(smtp_url: Option<&str>, from: &str, links: LoggedLinks) -> anyhow::Result<Self> {
        let from: Mailbox = from
            .parse()
            .map_err(|err| anyhow::anyhow!("invalid mail sender address '{from}': {err}"))?;
        match smtp_url.filter(|url| !url.trim().is_empty()) {
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|err| anyhow::anyhow!("invalid SMTP URL: {err}"))?
                    .build();
                Ok(Self::Smtp { transport, from })
            }
            None => Ok(Self::Log {
                from: from.to_string(),
                links,
            }),
        }
    }

    /// Sends `email` to `to`. Failures are returned to the caller, who decides whether the
    /// person may learn about them (sign-in pages never say whether an address exists).
    pub async fn send(&self, to: &str, email: &Email) -> anyhow::Result<()> {
        match self {
            Self::Log { from, links } => {
                let text = match links {
                    LoggedLinks::Shown => email.text.clone(),
                    LoggedLinks::Redacted => redact_links(&email.text),
                };
                tracing::info!(
                    to,
                    from = %from,
                    subject = %email.subject,
                    "email (not sent: no SMTP server configured)\n{text}",
                );
                Ok(())
            }
            Self::Smtp { transport, from } => {
                let to: Mailbox = to
                    .parse()
                    .map_err(|err| anyhow::anyhow!("invalid recipient: {err}"))?;
                let message = Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(&email.subject)
                    .multipart(MultiPart::alternative_plain_html(
                        email.text.clone(),
                        email.html.clone(),
                    ))?;
                transport.send(message).await?;
                Ok(())
            }
        }
    }
}

/// `text` with the query values and fragment of every `http(s)` link replaced by
/// [`REDACTED`] (a link that does not parse is replaced whole), so that a log never holds a
/// live token; the rest of the text, and each link's path, stay readable.
pub fn redact_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end_matches(char::is_whitespace);
        let separator = &piece[word.len()..];
        if word.starts_with("http://") || word.starts_with("https://") {
            out.push_str(&redact_link(word));
        } else {
            out.push_str(word);
        }
        out.push_str(separator);
    }
    out
}

fn redact_link(link: &str) -> String {
    let Ok(mut url) = url::Url::parse(link) else {
        return REDACTED.to_owned();
    };
    let names: Vec<String> = url
        .query_pairs()
        .map(|(name, _)| name.into_owned())
        .collect();
    url.set_query(None);
    if !names.is_empty() {
        let mut query = url.query_pairs_mut();
        for name in &names {
            query.append_pair(name, REDACTED);
        }
    }
    if url.fragment().is_some() {
        url.set_fragment(Some(REDACTED));
    }
    url.to_string()
}

/// A rendered message.
#[derive(Debug, Clone)]
pub struct Email {
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
    /// HTML body.
    pub html: String,
}

/// One call to action: a message with a single link, e.g. "Sign in to Acme".
#[derive(Debug, Clone)]
pub struct ActionEmail {
    /// Project or brand name.
    pub brand: String,
    /// Subject line.
    pub subject: String,
    /// Opening paragraph.
    pub intro: String,
    /// Button text.
    pub action: String,
    /// The link.
    pub url: String,
    /// Closing note (lifetime of the link, what to do if unexpected).
    pub outro: String,
}

impl ActionEmail {
    /// Renders both parts.
    pub fn render(&self) -> Email {
        let text = format!(
            "{intro}\n\n{action}: {url}\n\n{outro}\n\n-- {brand}\n",
            intro = self.intro,
            action = self.action,
            url = self.url,
            outro = self.outro,
            brand = self.brand,
        );
        let html = self.html().into_string();
        Email {
            subject: self.subject.clone(),
            text,
            html,
        }
    }

    fn html(&self) -> Markup {
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (self.subject) }
                }
                body style="margin:0;padding:24px;background:#f4f4f5;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#18181b" {
                    table role="presentation" width="100%" cellpadding="0" cellspacing="0" {
                        tr { td align="center" {
                            table role="presentation" width="480" cellpadding="0" cellspacing="0"
                                style="max-width:480px;background:#ffffff;border-radius:12px;padding:32px" {
                                tr { td {
                                    p style="font-weight:600;font-size:18px;margin:0 0 16px" { (&self.brand) }
                                    p style="font-size:15px;line-height:1.5;margin:0 0 24px" { (self.intro) }
                                    p style="margin:0 0 24px" {
                                        a href=(&self.url)
                                            style="display:inline-block;background:#4f46e5;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:600" {
                                            (self.action)
                                        }
                                    }
                                    p style="font-size:13px;line-height:1.5;color:#52525b;margin:0 0 8px" {
                                        "Or paste this link into your browser: " br;
                                        span style="word-break:break-all" { (&self.url) }
                                    }
                                    p style="font-size:13px;line-height:1.5;color:#52525b;margin:16px 0 0" { (self.outro) }
                                } }
                            }
                        } }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_part_escapes_interpolated_values() {
        let email = ActionEmail {
            brand: "<script>alert(1)</script>".to_owned(),
            subject: "Sign in".to_owned(),
            intro: "Hello \"there\"".to_owned(),
            action: "Sign in".to_owned(),
            url: "https://example.com/?a=1&b=\"2\"".to_owned(),
            outro: "Bye".to_owned(),
        }
        .render();
        assert!(!email.html.contains("<script>"));
        assert!(email.html.contains("&lt;script&gt;"));
        assert!(email.html.contains("a=1&amp;b=&quot;2&quot;"));
        assert!(email.text.contains("https://example.com/?a=1&b=\"2\""));
    }

    // The pooled SMTP transport needs a Tokio runtime.
    #[tokio::test]
    async fn sender_and_url_are_validated() {
        let links = LoggedLinks::Redacted;
        assert!(Mailer::new(None, "not an address", links).is_err());
        assert!(Mailer::new(Some("ftp://nope"), DEFAULT_FROM, links).is_err());
        assert!(matches!(
            Mailer::new(None, DEFAULT_FROM, links),
            Ok(Mailer::Log { .. })
        ));
        assert!(matches!(
            Mailer::new(Some("smtp://127.0.0.1:2525"), DEFAULT_FROM, links),
            Ok(Mailer::Smtp { .. })
        ));
    }

    #[test]
    fn logged_links_lose_their_tokens() {
        let text = "Sign in: https://auth.example.com/p/proj_1/email/magic?token=s3cret&flow=f1\n\n\
                    Or http://localhost:8080/reset?token=abc#frag then http://[bad\n-- Acme\n";
        let redacted = redact_links(text);
        for secret in ["s3cret", "f1", "abc", "frag", "[bad"] {
            assert!(!redacted.contains(secret), "{secret} in {redacted}");
        }
        assert_eq!(
            redacted,
            "Sign in: https://auth.example.com/p/proj_1/email/magic?token=REDACTED&flow=REDACTED\n\n\
             Or http://localhost:8080/reset?token=REDACTED#REDACTED then REDACTED\n-- Acme\n"
        );
        assert_eq!(redact_links("no links here"), "no links here");
    }
}
