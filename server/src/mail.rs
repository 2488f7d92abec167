//! Outgoing email: SMTP through `lettre` when a server is configured, otherwise (development)
//! the message and its links are written to the log. Every message has a plain-text and an
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
    /// Development: messages are logged, not sent.
    Log {
        /// The `From` address.
        from: String,
    },
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Smtp { from, .. } => write!(f, "Mailer::Smtp(from {from})"),
            Self::Log { from } => write!(f, "Mailer::Log(from {from})"),
        }
    }
}

/// Default `From` address.
pub const DEFAULT_FROM: &str = "Gatehouse <no-reply@localhost>";

impl Mailer {
    /// A mailer for `smtp_url` (`smtp://user:pass@host:587?tls=required`, `smtps://host`,
    /// or `smtp://host:25` without TLS, as `lettre` reads them), or a logging one when
    /// `smtp_url` is absent.
    pub fn new(smtp_url: Option<&str>, from: &str) -> anyhow::Result<Self> {
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
            }),
        }
    }

    /// Sends `email` to `to`. Failures are returned to the caller, who decides whether the
    /// person may learn about them (sign-in pages never say whether an address exists).
    pub async fn send(&self, to: &str, email: &Email) -> anyhow::Result<()> {
        match self {
            Self::Log { from } => {
                tracing::info!(
                    to,
                    from = %from,
                    subject = %email.subject,
                    "email (not sent: no SMTP server configured)\n{}",
                    email.text
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

    #[test]
    fn sender_and_url_are_validated() {
        assert!(Mailer::new(None, "not an address").is_err());
        assert!(Mailer::new(Some("ftp://nope"), DEFAULT_FROM).is_err());
        assert!(matches!(
            Mailer::new(None, DEFAULT_FROM),
            Ok(Mailer::Log { .. })
        ));
        assert!(matches!(
            Mailer::new(Some("smtp://127.0.0.1:2525"), DEFAULT_FROM),
            Ok(Mailer::Smtp { .. })
        ));
    }
}
