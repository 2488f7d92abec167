//! The limits every sign-in door shares, so that one person has one counter whichever way
//! they are attacked:
//!
//! - **per account** (project + email address, whether or not a user has it, so a lock
//!   reveals nothing): 5 failed attempts in 15 minutes lock the account for 15 minutes. The
//!   attempt is counted *before* the password is checked ([`db::throttle::reserve`]), so
//!   parallel guesses cannot all be evaluated.
//! - **per client address** (IPv4, or the IPv6 /64): soft. Past 30 failures in 15 minutes
//!   every further attempt from the address waits [`ADDRESS_DELAY`] before it is evaluated;
//!   nobody is locked out, so one shared address (a NAT, a proxy that is not configured as
//!   trusted) cannot be used to lock everybody else out.
//! - **per user, for second-factor codes**: 5 wrong codes in 15 minutes pause the user's
//!   second factor for 15 minutes, counted before the code is checked as well.

use std::net::IpAddr;
use std::time::Duration;

use sha2::{Digest, Sha256};

use gatehouse_storage::db::{self, Db, throttle::Policy, throttle::Reservation};

/// Failed sign-ins allowed per account before it is locked.
pub const ACCOUNT_POLICY: Policy = Policy {
    max_failures: 5,
    window_seconds: 15 * 60,
    lockout_seconds: 15 * 60,
};
/// Failed second-factor codes allowed per user before a pause.
pub const SECOND_FACTOR_POLICY: Policy = Policy {
    max_failures: 5,
    window_seconds: 15 * 60,
    lockout_seconds: 15 * 60,
};
/// Failures per client address after which its attempts are slowed down.
pub const ADDRESS_SOFT_LIMIT: i64 = 30;
/// The counting window of [`ADDRESS_SOFT_LIMIT`].
const ADDRESS_WINDOW: Policy = Policy {
    max_failures: i64::MAX,
    window_seconds: 15 * 60,
    lockout_seconds: 0,
};
/// How long an attempt from an address past [`ADDRESS_SOFT_LIMIT`] waits.
pub const ADDRESS_DELAY: Duration = Duration::from_secs(1);

/// A throttle key: SHA-256 of the parts, so no address or email is stored in clear.
pub fn key(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    hex::encode(hasher.finalize())
}

/// The account key of `email` in a project, the same for every door.
pub fn account_key(project_id: &str, email: &str) -> String {
    key(&["account", project_id, email])
}

/// The second-factor key of a user.
pub fn second_factor_key(project_id: &str, user_id: &str) -> String {
    key(&["second-factor", project_id, user_id])
}

/// The address key of a client: IPv4 addresses as they are, IPv6 addresses by their /64
/// (one subscriber usually holds a whole /64), IPv4-mapped IPv6 as IPv4.
pub fn address_key(project_id: &str, ip: &str) -> String {
    key(&["address", project_id, &address_group(ip)])
}

/// The group an address is counted in (see [`address_key`]).
pub fn address_group(ip: &str) -> String {
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Err(_) => ip.to_owned(),
    }
}

/// An attempt that was counted before evaluation; report how it ended.
#[derive(Debug)]
#[must_use = "report the outcome with succeeded() or failed()"]
pub struct Attempt {
    key: String,
    number: i64,
    policy: Policy,
}

impl Attempt {
    /// Counts an attempt for `key`, or answers until when the key is locked.
    pub async fn begin(
        db: &Db,
        key: String,
        now: i64,
        policy: Policy,
    ) -> anyhow::Result<Result<Self, i64>> {
        Ok(match db::throttle::reserve(db, &key, now, policy).await? {
            Reservation::Allowed { number } => Ok(Self {
                key,
                number,
                policy,
            }),
            Reservation::Locked { until } => Err((until - now).max(1)),
        })
    }

    /// The attempt succeeded: the count starts over.
    pub async fn succeeded(self, db: &Db) -> anyhow::Result<()> {
        db::throttle::clear(db, &self.key).await
    }

    /// The attempt was never evaluated (the password hashing queue was full): it is no
    /// longer counted.
    pub async fn withdrawn(self, db: &Db) -> anyhow::Result<()> {
        db::throttle::withdraw(db, &self.key).await
    }

    /// The attempt failed: it stays counted, and the last allowed one locks the key.
    pub async fn failed(self, db: &Db, now: i64) -> anyhow::Result<()> {
        db::throttle::fail(db, &self.key, self.number, now, self.policy).await
    }
}

/// Waits [`ADDRESS_DELAY`] when the address is past its soft limit.
pub async fn slow_down_address(db: &Db, address_key: Option<&str>, now: i64) -> anyhow::Result<()> {
    if let Some(key) = address_key
        && db::throttle::failures(db, key, now, ADDRESS_WINDOW).await? >= ADDRESS_SOFT_LIMIT
    {
        tokio::time::sleep(ADDRESS_DELAY).await;
    }
    Ok(())
}

/// Counts a failure of the address (for its soft limit).
pub async fn address_failed(db: &Db, address_key: Option<&str>, now: i64) -> anyhow::Result<()> {
    if let Some(key) = address_key {
        db::throttle::record_failure(db, key, now, ADDRESS_WINDOW).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::address_group;

    #[test]
    fn ipv6_addresses_are_grouped_by_their_64() {
        assert_eq!(address_group("203.0.113.7"), "203.0.113.7");
        assert_eq!(address_group("::ffff:203.0.113.7"), "203.0.113.7");
        assert_eq!(
            address_group("2001:db8:1:2:aaaa:bbbb:cccc:dddd"),
            "2001:db8:1:2::/64"
        );
        assert_eq!(
            address_group("2001:db8:1:2::1"),
            address_group("2001:db8:1:2:ffff::9")
        );
        assert_ne!(
            address_group("2001:db8:1:2::1"),
            address_group("2001:db8:1:3::1")
        );
    }
}
