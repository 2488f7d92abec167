//! The client's address behind reverse proxies. Only a peer inside a trusted range (the
//! `--trusted-proxy` setting) may name the client, in `Forwarded` (RFC 7239) or, when that is
//! absent, `X-Forwarded-For`. The chain is read from the right: every hop a trusted proxy
//! appended is skipped, and the first address no trusted proxy vouches for is the client's.
//! Anything a client could have written itself (entries left of it) is never used, and an
//! entry that is not an address (`unknown`, an obfuscated `_name`) ends the walk at the last
//! trusted hop.

use std::net::IpAddr;

use axum::http::HeaderMap;
use ipnet::IpNet;

/// Most hops read from the headers (a longer chain is cut on the left).
const MAX_HOPS: usize = 32;

/// The client's address for a request from `peer`.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(&canonical(*ip)));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops = hops(headers);
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Some(ip) = hop else {
            return client;
        };
        client = *ip;
        if !is_trusted(ip) {
            return client;
        }
    }
    client
}

/// IPv4-mapped IPv6 addresses as IPv4, so one range covers both spellings.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// The hops named by the headers, left to right (`None` for an entry that is no address).
fn hops(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let forwarded: Vec<&str> = headers
        .get_all("forwarded")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let mut hops: Vec<Option<IpAddr>> = if forwarded.is_empty() {
        headers
            .get_all("x-forwarded-for")
            .iter()
            .map(|v| v.to_str().ok())
            .flat_map(|v| v.unwrap_or("?").split(','))
            .map(parse_node)
            .collect()
    } else {
        forwarded
            .iter()
            .flat_map(|v| v.split(','))
            .map(|element| {
                element
                    .split(';')
                    .filter_map(|pair| pair.split_once('='))
                    .find(|(name, _)| name.trim().eq_ignore_ascii_case("for"))
                    .and_then(|(_, value)| parse_node(value))
            })
            .collect()
    };
    if hops.len() > MAX_HOPS {
        hops.drain(..hops.len() - MAX_HOPS);
    }
    hops
}

/// An address as proxies write it: bare, quoted, bracketed IPv6, with or without a port.
fn parse_node(raw: &str) -> Option<IpAddr> {
    let value = raw.trim().trim_matches('"');
    if let Ok(ip) = value.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    let host = if let Some(rest) = value.strip_prefix('[') {
        rest.split_once(']')?.0
    } else {
        value.rsplit_once(':').map_or(value, |(host, _port)| host)
    };
    host.parse::<IpAddr>().ok().map(canonical)
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("ip")
    }

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|n| n.parse().expect("net")).collect()
    }

    #[test]
    fn an_untrusted_peer_cannot_name_a_client() {
        let h = headers(&[("x-forwarded-for", "198.51.100.9")]);
        assert_eq!(
            client_address(ip("203.0.113.5"), &h, &[]),
            ip("203.0.113.5")
        );
        let h = headers(&[("forwarded", "for=198.51.100.9")]);
        assert_eq!(
            client_address(ip("203.0.113.5"), &h, &nets(&["10.0.0.0/8"])),
            ip("203.0.113.5")
        );
    }

    #[test]
    fn a_trusted_proxy_names_the_client_and_spoofed_entries_are_skipped() {
        let trusted = nets(&["10.0.0.0/8"]);
        // The client wrote "1.2.3.4" itself; the proxy appended the real address.
        let h = headers(&[("x-forwarded-for", "1.2.3.4, 198.51.100.9")]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &trusted),
            ip("198.51.100.9")
        );
        // Two trusted proxies in a row.
        let h = headers(&[("x-forwarded-for", "198.51.100.9, 10.0.0.7")]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &trusted),
            ip("198.51.100.9")
        );
        // Header lines concatenate.
        let h = headers(&[
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-for", "198.51.100.9"),
        ]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &trusted),
            ip("198.51.100.9")
        );
    }

    #[test]
    fn forwarded_wins_and_its_forms_are_understood() {
        let trusted = nets(&["10.0.0.0/8", "::1/128"]);
        let h = headers(&[
            ("x-forwarded-for", "192.0.2.1"),
            ("forwarded", r#"for="[2001:db8:cafe::17]:4711";proto=https"#),
        ]);
        assert_eq!(
            client_address(ip("::1"), &h, &trusted),
            ip("2001:db8:cafe::17")
        );
        let h = headers(&[("forwarded", "for=192.0.2.60;by=10.0.0.1, for=10.0.0.3")]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &trusted),
            ip("192.0.2.60")
        );
        let h = headers(&[("forwarded", "For=192.0.2.61:8080")]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &trusted),
            ip("192.0.2.61")
        );
    }

    #[test]
    fn garbage_stops_at_the_last_trusted_hop() {
        let trusted = nets(&["10.0.0.0/8"]);
        for value in [
            "unknown",
            "_hidden",
            "not an address",
            "",
            "[::1",
            "999.1.1.1",
        ] {
            let h = headers(&[("x-forwarded-for", "198.51.100.9")]);
            let mut h2 = h.clone();
            h2.append(
                "x-forwarded-for",
                HeaderValue::from_str(value).expect("value"),
            );
            assert_eq!(
                client_address(ip("10.0.0.2"), &h2, &trusted),
                ip("10.0.0.2"),
                "{value:?}"
            );
        }
        let h = headers(&[("forwarded", "for=unknown")]);
        assert_eq!(client_address(ip("10.0.0.2"), &h, &trusted), ip("10.0.0.2"));
    }

    #[test]
    fn mapped_addresses_match_ipv4_ranges() {
        let trusted = nets(&["127.0.0.0/8"]);
        let h = headers(&[("x-forwarded-for", "::ffff:198.51.100.9")]);
        assert_eq!(
            client_address(ip("::ffff:127.0.0.1"), &h, &trusted),
            ip("198.51.100.9")
        );
    }

    #[test]
    fn long_chains_are_cut() {
        let trusted = nets(&["10.0.0.0/8"]);
        let chain = vec!["10.1.1.1"; 100].join(", ");
        let mut h = HeaderMap::new();
        h.append(
            "x-forwarded-for",
            HeaderValue::from_str(&chain).expect("value"),
        );
        assert_eq!(client_address(ip("10.0.0.2"), &h, &trusted), ip("10.1.1.1"));
    }
}
