//! Process-wide allocator settings for the `gatehouse` binary, applied once at start-up
//! (server/src/main.rs). Only the binary calls this: the SDK bindings run inside other
//! people's processes and must not change their allocator.
//!
//! glibc's malloc serves large blocks with `mmap` and unmaps them when freed, but after the
//! first such free it raises its `mmap` threshold to that block's size (up to 32 MiB). From
//! then on the 19 MiB argon2 work areas (server/domain/src/password.rs) come from the heap,
//! and freeing them gives nothing back while anything lives above them. Measured with the same
//! load (password logins, then SAML responses, bench/README.md "Memory"): 75.9 MiB resident a
//! minute after the load with the default, 37.4 MiB with the threshold fixed, 44.5 MiB with
//! jemalloc and 55.5 MiB with mimalloc. Setting the threshold explicitly also turns off the
//! dynamic adjustment, so blocks of 128 KiB and more always go straight back to the system.

/// The size from which glibc serves a block with its own mapping (its documented default,
/// made fixed).
pub const MMAP_THRESHOLD_BYTES: i32 = 128 * 1024;

/// Applies the settings; returns whether the allocator accepted them (always false where the
/// allocator is not glibc's, which has nothing to set).
pub fn tune() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: `mallopt` only changes a malloc parameter; glibc documents it as callable at
        // any time from any thread, it takes two integers and reads no memory of ours.
        #[allow(unsafe_code)]
        let accepted = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) };
        accepted == 1
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    #[test]
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fn glibc_accepts_the_threshold() {
        assert!(super::tune());
    }
}
