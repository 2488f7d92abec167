//! Files the server writes into its data directory. They hold secrets (the dev secret key,
//! later the master key), so they are created readable by the owner only.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

/// Writes `contents` to `path` with mode 0600 on Unix, replacing any previous file
/// atomically (write to a sibling, then rename).
pub fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(&tmp)
        .with_context(|| format!("creating {}", tmp.display()))?;
    file.write_all(contents)?;
    file.sync_all()?;
    std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
