//! Page layout of the hosted login: one server-rendered HTML document per page, no external
//! assets (inline CSS under a per-response CSP nonce, no JavaScript), usable by keyboard and
//! screen reader, responsive, light and dark. `maud` escapes every interpolated value.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use gatehouse_domain::secrets;
use gatehouse_storage::db::projects::{Project, Theme};

/// Branding of a project's pages.
#[derive(Debug, Clone)]
pub struct Brand {
    /// Name shown in the header and titles.
    pub name: String,
    /// Logo image URL.
    pub logo_url: Option<String>,
    /// Accent colour `#rrggbb`.
    pub primary: String,
    /// Colour scheme.
    pub theme: Theme,
}

impl Brand {
    /// The branding configured for `project`.
    pub fn of(project: &Project) -> Self {
        let settings = &project.hosted_login;
        Self {
            name: settings
                .display_name
                .clone()
                .unwrap_or_else(|| project.name.clone()),
            logo_url: settings.logo_url.clone(),
            primary: settings
                .primary_color
                .clone()
                .unwrap_or_else(|| "#4f46e5".to_owned()),
            theme: settings.theme,
        }
    }
}

const STYLE: &str = r#"
:root{--bg:#f4f4f5;--card:#fff;--text:#18181b;--muted:#52525b;--border:#d4d4d8;--error:#b91c1c;--error-bg:#fef2f2;--ok-bg:#f0fdf4;--ok:#166534;color-scheme:light}
@media (prefers-color-scheme:dark){:root.auto{--bg:#09090b;--card:#18181b;--text:#fafafa;--muted:#a1a1aa;--border:#3f3f46;--error:#fca5a5;--error-bg:#450a0a;--ok-bg:#052e16;--ok:#86efac;color-scheme:dark}}
:root.dark{--bg:#09090b;--card:#18181b;--text:#fafafa;--muted:#a1a1aa;--border:#3f3f46;--error:#fca5a5;--error-bg:#450a0a;--ok-bg:#052e16;--ok:#86efac;color-scheme:dark}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:16px}
main{width:100%;max-width:420px;background:var(--card);border:1px solid var(--border);border-radius:14px;padding:32px 28px}
.brand{display:flex;align-items:center;gap:10px;margin:0 0 20px;font-weight:600;color:var(--muted)}
.brand img{height:32px;width:auto}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 8px}
p{margin:0 0 16px}
.muted{color:var(--muted);font-size:.95rem}
label{display:block;font-weight:600;margin:16px 0 6px}
input[type=email],input[type=password],input[type=text]{width:100%;padding:11px 12px;font:inherit;color:var(--text);background:var(--card);border:1px solid var(--border);border-radius:8px}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid var(--primary);outline-offset:2px}
button{display:block;width:100%;margin:20px 0 0;padding:12px;font:inherit;font-weight:600;border-radius:8px;border:1px solid var(--primary);background:var(--primary);color:#fff;cursor:pointer}
button.secondary{background:transparent;color:var(--text);border-color:var(--border)}
.choices button{text-align:left;background:transparent;color:var(--text);border-color:var(--border);margin-top:10px}
.choices small{display:block;color:var(--muted);font-weight:400}
a{color:var(--primary)}
.links{margin-top:20px;display:flex;flex-wrap:wrap;gap:8px 16px;font-size:.95rem}
.alert{padding:10px 12px;border-radius:8px;margin:0 0 16px;background:var(--error-bg);color:var(--error)}
.notice{padding:10px 12px;border-radius:8px;margin:0 0 16px;background:var(--ok-bg);color:var(--ok)}
.divider{display:flex;align-items:center;gap:12px;margin:20px 0 0;color:var(--muted);font-size:.9rem}
.divider::before,.divider::after{content:"";flex:1;border-top:1px solid var(--border)}
.hint{font-size:.85rem;color:var(--muted);margin-top:6px}
footer{margin-top:24px;font-size:.8rem;color:var(--muted);text-align:center}
@media (max-width:480px){main{padding:24px 18px;border-radius:0;border-left:0;border-right:0}body{padding:0;align-items:flex-start}}
"#;

/// Whether `value` is a `#rrggbb` colour (safe to put in CSS).
pub fn is_hex_color(value: &str) -> bool {
    value.len() == 7 && value.starts_with('#') && value[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// A full page: `status`, `title` (also the `<h1>`), `content` inside the card.
pub fn render(brand: &Brand, status: StatusCode, title: &str, content: Markup) -> Response {
    let nonce = secrets::random_token(16);
    let primary = if is_hex_color(&brand.primary) {
        brand.primary.as_str()
    } else {
        "#4f46e5"
    };
    let theme_class = match brand.theme {
        Theme::Auto => "auto",
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    let document = html! {
        (DOCTYPE)
        html lang="en" class=(theme_class) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="same-origin";
                title { (title) " · " (brand.name) }
                style nonce=(nonce) {
                    (PreEscaped(STYLE))
                    (PreEscaped(format!(":root{{--primary:{primary}}}")))
                }
            }
            body {
                main {
                    div class="brand" {
                        @if let Some(logo) = &brand.logo_url {
                            img src=(logo) alt="";
                        }
                        span { (brand.name) }
                    }
                    h1 { (title) }
                    (content)
                }
            }
        }
    };
    let mut response = (status, document.into_string()).into_response();
    let headers = response.headers_mut();
    let csp = format!(
        "default-src 'none'; style-src 'nonce-{nonce}'; img-src https: data:; \
         base-uri 'none'; frame-ancestors 'none'"
    );
    let pairs = [
        (header::CONTENT_TYPE, "text/html; charset=utf-8".to_owned()),
        (header::CONTENT_SECURITY_POLICY, csp),
        (header::X_FRAME_OPTIONS, "DENY".to_owned()),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
        (header::REFERRER_POLICY, "same-origin".to_owned()),
        (header::CACHE_CONTROL, "no-store".to_owned()),
    ];
    for (name, value) in pairs {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    response
}

/// A page explaining what went wrong and what to do; `code` is a stable identifier shown
/// small for support requests and tests.
pub fn error(
    brand: &Brand,
    status: StatusCode,
    title: &str,
    message: &str,
    code: &str,
) -> Response {
    render(
        brand,
        status,
        title,
        html! {
            p role="alert" { (message) }
            p class="muted" { "Error code: " code data-code=(code) { (code) } }
        },
    )
}

/// An error banner for forms.
pub fn alert(message: Option<&str>) -> Markup {
    html! {
        @if let Some(message) = message {
            div class="alert" role="alert" id="form-error" { (message) }
        }
    }
}

/// Hidden fields every form carries.
pub fn hidden(csrf: &str, flow: Option<&str>) -> Markup {
    html! {
        input type="hidden" name="csrf_token" value=(csrf);
        @if let Some(flow) = flow {
            input type="hidden" name="flow" value=(flow);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_checked_before_reaching_css() {
        assert!(is_hex_color("#4f46e5"));
        assert!(!is_hex_color("red"));
        assert!(!is_hex_color("#4f46e5;}body{display:none"));
        assert!(!is_hex_color("#12345"));
    }
}
