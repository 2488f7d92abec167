//! An organization's "SSO required" policy at the doors that do not go through its identity
//! provider (password, emailed links): members are refused with `sso_required`, except the
//! organization's break-glass users, who must add a second factor, and whose every such
//! sign-in is audited (`user.break_glass_login`).

use gatehouse_storage::db::{self, Db, projects::Project, users::User};
use gatehouse_storage::events::Event;

use crate::tokens::ClientInfo;

/// What the policy says about a non-SSO sign-in of a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// SSO is not required.
    Open,
    /// SSO is required and the user is a break-glass user: password and a second factor.
    BreakGlass,
    /// SSO is required: refused (`sso_required`).
    Refused,
}

/// The gate for `user` signing in without their organization's identity provider.
pub async fn gate(db: &Db, project: &Project, user: &User) -> anyhow::Result<Gate> {
    let policy = db::sso_policies::get(db, &project.id, &user.organization_id).await?;
    Ok(if !policy.sso_required {
        Gate::Open
    } else if policy.break_glass_user_ids.contains(&user.id) {
        Gate::BreakGlass
    } else {
        Gate::Refused
    })
}

/// Records a break-glass sign-in (its password was right; the second factor follows).
pub async fn record_break_glass(
    db: &Db,
    project: &Project,
    user: &User,
    client: &ClientInfo,
    now: i64,
) -> anyhow::Result<()> {
    db::audit::record(
        db,
        &db::audit::Entry {
            organization_id: Some(&user.organization_id),
            actor: Some(&user.id),
            target: Some(&user.id),
            ip: client.ip.as_deref(),
            user_agent: client.user_agent.as_deref(),
            details: serde_json::json!({"method": "password"}),
            ..db::audit::Entry::new(&project.id, Event::UserBreakGlassLogin)
        },
        now,
    )
    .await
}
