//! Write transactions, and SQLite's single writer.
//!
//! SQLite lets one connection write at a time. With several pooled connections each opening
//! its own transaction, the others wait in SQLite's busy handler, which polls with growing
//! sleeps and gives no order: under a steady stream of writers (a directory provisioning
//! users over SCIM with eight connections) one of them can lose every race for longer than
//! the busy timeout and fail with "database is locked" (a 500 to the client) although nothing
//! is wrong. So on SQLite every transaction [`Db::begin`] opens first takes the process's
//! writer lock, a fair (first come, first served) async mutex, and holds it until the
//! transaction commits or is dropped: writers queue in this process instead of racing in
//! SQLite, and reads outside transactions go on in parallel on the other connections (WAL).
//! PostgreSQL takes no such lock; its row locks order writers.
//!
//! Statements that write outside a transaction take the same lock through [`Db::write`]:
//! with the transactions queued back to back, a lone autocommit write polling SQLite's lock
//! was the next to starve (a SCIM token's last-use update, the outbox worker's claim).
//!
//! A task must not open a second transaction while it holds one (it would wait for itself):
//! waiting for the lock is bounded by [`WRITER_WAIT`], so a mistake shows up as an error,
//! not a hang.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, Transaction};
use tokio::sync::{Mutex, OwnedMutexGuard};

use super::Db;

/// Longest wait for SQLite's writer lock before the transaction gives up.
pub const WRITER_WAIT: Duration = Duration::from_secs(30);

/// The writer lock of one SQLite database, shared by clones of its [`Db`].
pub(super) type WriterLock = Arc<Mutex<()>>;

/// An open transaction (and on SQLite the writer lock, released with it). Dereferences to
/// the connection, so the query modules take `&mut AnyConnection` either way.
#[derive(Debug)]
pub struct Tx {
    tx: Transaction<'static, Any>,
    _writer: Option<OwnedMutexGuard<()>>,
}

impl Tx {
    /// Commits, then releases the writer lock. Dropping a `Tx` instead rolls back.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl Deref for Tx {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        &self.tx
    }
}

impl DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}

/// A pooled connection for one statement that writes outside a transaction (on SQLite with
/// the writer lock held). Dereferences to the connection: `.execute(&mut *db.write().await?)`.
#[derive(Debug)]
pub struct Write {
    conn: PoolConnection<Any>,
    _writer: Option<OwnedMutexGuard<()>>,
}

impl Deref for Write {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        &self.conn
    }
}

impl DerefMut for Write {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.conn
    }
}

impl Db {
    /// Opens a transaction; on SQLite after taking the writer lock (module docs).
    pub async fn begin(&self) -> anyhow::Result<Tx> {
        let writer = self.writer_turn().await?;
        let tx = self.pool.begin().await?;
        Ok(Tx {
            tx,
            _writer: writer,
        })
    }

    /// A connection for a single writing statement (autocommit); on SQLite after taking the
    /// writer lock, so it queues with the transactions instead of polling SQLite's lock.
    pub async fn write(&self) -> anyhow::Result<Write> {
        let writer = self.writer_turn().await?;
        let conn = self.pool.acquire().await?;
        Ok(Write {
            conn,
            _writer: writer,
        })
    }

    async fn writer_turn(&self) -> anyhow::Result<Option<OwnedMutexGuard<()>>> {
        let Some(lock) = &self.writer else {
            return Ok(None);
        };
        tokio::time::timeout(WRITER_WAIT, lock.clone().lock_owned())
            .await
            .map(Some)
            .map_err(|_| {
                anyhow::anyhow!(
                    "waited {} s for the SQLite writer lock",
                    WRITER_WAIT.as_secs()
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn sqlite() -> anyhow::Result<(Db, std::path::PathBuf)> {
        let path = std::env::temp_dir().join(format!("gatehouse-tx-{}.db", ulid::Ulid::new()));
        let db = Db::connect(&format!("sqlite://{}?mode=rwc", path.display())).await?;
        sqlx::query("CREATE TABLE t (n INTEGER NOT NULL)")
            .execute(db.pool())
            .await?;
        Ok((db, path))
    }

    fn remove(path: &std::path::Path) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }

    #[tokio::test]
    async fn an_sqlite_transaction_holds_the_writer_lock_until_it_ends() -> anyhow::Result<()> {
        let (db, path) = sqlite().await?;
        let lock = db
            .writer
            .clone()
            .ok_or_else(|| anyhow::anyhow!("no lock"))?;
        let mut tx = db.begin().await?;
        assert!(
            lock.try_lock().is_err(),
            "held while the transaction is open"
        );
        sqlx::query("INSERT INTO t (n) VALUES (1)")
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        assert!(lock.try_lock().is_ok(), "released by commit");
        let tx = db.begin().await?;
        drop(tx);
        assert!(
            lock.try_lock().is_ok(),
            "released when dropped (rolled back)"
        );
        db.close().await;
        remove(&path);
        Ok(())
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_sqlite_writers_all_land() -> anyhow::Result<()> {
        // Eight transactions on the pool's eight connections, each reading before it writes
        // (the shape that makes SQLite refuse a deferred transaction's upgrade), and four
        // writers of single statements: every write lands.
        let (db, path) = sqlite().await?;
        let mut tasks = Vec::new();
        for writer in 0..4i64 {
            // Single statements outside a transaction, beside them.
            let db = db.clone();
            tasks.push(tokio::spawn(async move {
                for i in 0..50i64 {
                    sqlx::query("INSERT INTO t (n) VALUES ($1)")
                        .bind(-(writer * 1000 + i))
                        .execute(&mut *db.write().await?)
                        .await?;
                }
                anyhow::Ok(())
            }));
        }
        for writer in 0..8i64 {
            let db = db.clone();
            tasks.push(tokio::spawn(async move {
                for i in 0..50i64 {
                    let mut tx = db.begin().await?;
                    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM t")
                        .fetch_one(&mut *tx)
                        .await?;
                    sqlx::query("INSERT INTO t (n) VALUES ($1)")
                        .bind(writer * 1000 + i + count)
                        .execute(&mut *tx)
                        .await?;
                    tx.commit().await?;
                }
                anyhow::Ok(())
            }));
        }
        for task in tasks {
            task.await??;
        }
        let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM t")
            .fetch_one(db.pool())
            .await?;
        assert_eq!(rows, 600);
        db.close().await;
        remove(&path);
        Ok(())
    }
}
