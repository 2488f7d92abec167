//! Storage: one connection pool over SQLite or PostgreSQL, and the queries of each resource.
//!
//! Queries are written once, in the SQL both databases understand (`$1` placeholders, which
//! SQLite also binds by position), and run through sqlx's `Any` driver. Values crossing the
//! boundary are limited to text and 64-bit integers: timestamps are Unix seconds, flags are
//! 0/1 and lists are JSON text, so nothing depends on a type one database lacks. Migrations are
//! embedded per database, because DDL is where the two dialects differ.
//!
//! Every function that touches tenant data takes the project id (and the organization id
//! where it applies) as a parameter; there is no lookup by bare id.

pub mod api_keys;
pub mod audit;
pub mod credentials;
pub mod domain_verifications;
pub mod email_tokens;
pub mod identities;
pub mod invitations;
pub mod jobs;
pub mod login;
pub mod oauth_clients;
pub mod organizations;
pub mod outbox;
pub mod projects;
pub mod rbac;
pub mod scim_filter;
pub mod scim_group_roles;
pub mod scim_groups;
pub mod scim_tokens;
pub mod scim_users;
pub mod secret_keys;
pub mod sessions;
pub mod signing_keys;
pub mod sso_connections;
pub mod sso_policies;
pub mod sso_requests;
pub mod throttle;
mod tx;
pub mod users;

pub use tx::{Tx, WRITER_WAIT, Write};

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

/// Which database a pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite file (the default).
    Sqlite,
    /// PostgreSQL server (for several replicas).
    Postgres,
}

/// A connection pool and the database behind it.
#[derive(Debug, Clone)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    /// SQLite's writer lock (`db/tx.rs`); `None` on PostgreSQL.
    writer: Option<tx::WriterLock>,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// Connects to `url` (`sqlite://path` or `postgres://...`). SQLite files are created when
    /// missing and put in WAL mode so readers never wait for the writer.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            anyhow::bail!("unsupported database URL: use sqlite://PATH or postgres://...");
        };
        let options = AnyConnectOptions::from_str(url).context("parsing the database URL")?;
        let pool_options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(10));
        let pool = match backend {
            Backend::Sqlite => {
                pool_options
                    .max_connections(8)
                    .after_connect(|conn, _meta| {
                        Box::pin(async move {
                            conn.execute(
                                "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                                 PRAGMA synchronous = NORMAL;",
                            )
                            .await?;
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await
            }
            Backend::Postgres => pool_options.max_connections(16).connect_with(options).await,
        }
        .with_context(|| format!("connecting to the {backend:?} database"))?;
        if backend == Backend::Sqlite {
            pool.execute("PRAGMA journal_mode = WAL")
                .await
                .context("enabling WAL")?;
        }
        let writer = (backend == Backend::Sqlite).then(tx::WriterLock::default);
        Ok(Self {
            pool,
            backend,
            writer,
        })
    }

    /// Applies the embedded migrations that have not run yet, logging each one.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        let applied: Vec<i64> =
            sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success = TRUE")
                .fetch_all(&self.pool)
                .await
                .unwrap_or_default();
        // During a rolling upgrade the new version migrates first, and a replica of the
        // previous version that restarts meanwhile finds migrations it does not know. sqlx
        // refuses to start then; this starts it on the newer schema when every migration it
        // knows is applied unchanged (the upgrade notes say when a new schema is not one the
        // previous version can run on: docs/operations.md).
        let known_newest = migrator.iter().map(|m| m.version).max().unwrap_or(0);
        let newer: Vec<i64> = applied
            .iter()
            .copied()
            .filter(|v| *v > known_newest)
            .collect();
        if !newer.is_empty() {
            return self.accept_newer_schema(migrator, &applied, &newer).await;
        }
        for migration in migrator.iter() {
            if !applied.contains(&migration.version) {
                tracing::info!(version = migration.version, description = %migration.description, "applying migration");
            }
        }
        migrator
            .run(&self.pool)
            .await
            .context("applying database migrations")?;
        Ok(())
    }

    /// Starts on a schema a newer version migrated: only when each of this binary's
    /// migrations is applied with the same checksum.
    async fn accept_newer_schema(
        &self,
        migrator: &sqlx::migrate::Migrator,
        applied: &[i64],
        newer: &[i64],
    ) -> anyhow::Result<()> {
        for migration in migrator.iter() {
            if !applied.contains(&migration.version) {
                anyhow::bail!(
                    "the database has migrations newer than this binary knows ({newer:?}) but \
                     lacks its migration {} ({}); upgrade this binary",
                    migration.version,
                    migration.description
                );
            }
            let checksum: Vec<u8> =
                sqlx::query_scalar("SELECT checksum FROM _sqlx_migrations WHERE version = $1")
                    .bind(migration.version)
                    .fetch_one(&self.pool)
                    .await?;
            if checksum != *migration.checksum {
                anyhow::bail!(
                    "migration {} ({}) was applied with different contents than this binary's",
                    migration.version,
                    migration.description
                );
            }
        }
        tracing::warn!(
            newer = ?newer,
            "the database schema is newer than this binary (a rolling upgrade in progress?): \
             starting without migrating"
        );
        Ok(())
    }

    /// The pool, for the query modules.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Writes a consistent copy of an SQLite database to `path` while the server keeps
    /// serving (`VACUUM INTO`: one read transaction, so the copy is a snapshot of committed
    /// data, compacted). Refuses PostgreSQL (back it up with its own tools: `pg_dump`) and an
    /// existing `path`.
    pub async fn backup_to(&self, path: &std::path::Path) -> anyhow::Result<()> {
        anyhow::ensure!(
            self.backend == Backend::Sqlite,
            "backups of PostgreSQL are made with PostgreSQL's own tools (pg_dump, or base backups)"
        );
        anyhow::ensure!(!path.exists(), "{} already exists", path.display());
        let target = path
            .to_str()
            .ok_or_else(|| anyhow::anyhow!("the backup path must be valid UTF-8"))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A trivial round trip, for health checks.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// Closes every connection (at shutdown).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Runs `statements` in order in one transaction, each bound to `$1` = `project_id` and
/// `$2` = `id`, and returns the rows affected by the last one. Used for deletes that must
/// remove dependent rows explicitly, so the outcome never depends on a connection having
/// foreign-key enforcement switched on.
pub async fn delete_scoped(
    db: &Db,
    statements: &[&str],
    project_id: &str,
    id: &str,
) -> anyhow::Result<u64> {
    let mut tx = db.begin().await?;
    let affected = delete_scoped_in(&mut tx, statements, project_id, id).await?;
    tx.commit().await?;
    Ok(affected)
}

/// [`delete_scoped`] inside the caller's transaction.
pub async fn delete_scoped_in(
    conn: &mut sqlx::AnyConnection,
    statements: &[&str],
    project_id: &str,
    id: &str,
) -> anyhow::Result<u64> {
    let mut affected = 0;
    for statement in statements {
        affected = sqlx::query(statement)
            .bind(project_id)
            .bind(id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    }
    Ok(affected)
}

/// Whether `err` is a unique-constraint violation (a taken slug or email).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// Encodes a list for a JSON text column.
pub fn to_json_text<T: serde::Serialize>(value: &T) -> anyhow::Result<String> {
    serde_json::to_string(value).context("encoding a JSON column")
}

/// Runs `select`, a query of `(owner, key)` text pairs whose `$1` is the project and whose
/// `{ids}` stands for the placeholders of `ids` (`$2, $3, ...`), and groups the keys by owner
/// in the query's order: the roles of a page of users or groups in one round trip.
pub(crate) async fn keys_by_owner(
    db: &Db,
    select: &str,
    project_id: &str,
    ids: &[&str],
) -> anyhow::Result<std::collections::HashMap<String, Vec<String>>> {
    let mut out: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let placeholders = (0..ids.len())
        .map(|i| format!("${}", i + 2))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = select.replace("{ids}", &placeholders);
    let mut query = sqlx::query_as::<_, (String, String)>(&sql).bind(project_id);
    for id in ids {
        query = query.bind(*id);
    }
    for (owner, key) in query.fetch_all(db.pool()).await? {
        out.entry(owner).or_default().push(key);
    }
    Ok(out)
}

/// A module's column list (`COLUMNS`: `id, name, ...`) with each column qualified by the
/// table alias `alias`, for a query that joins that table to another.
pub(crate) fn qualified(alias: &str, columns: &str) -> String {
    columns
        .split(',')
        .map(|column| format!("{alias}.{}", column.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Decodes a JSON text column written by [`to_json_text`].
pub fn from_json_text<T: serde::de::DeserializeOwned>(text: &str) -> anyhow::Result<T> {
    serde_json::from_str(text).context("decoding a JSON column")
}

#[cfg(test)]
mod tests {
    #[test]
    fn qualified_prefixes_every_column_of_a_wrapped_list() {
        assert_eq!(
            super::qualified("s", "id, project_id, \n amr"),
            "s.id, s.project_id, s.amr"
        );
    }
}
