//! Cursor pagination shared by list endpoints: `limit` (1 to 100, default 20) and
//! `starting_after` (the id of the last item of the previous page). Ids sort in creation
//! order, so a cursor is just an id; answers carry `next_cursor`, null on the last page.

use crate::error::ApiError;
use gatehouse_domain::validate;
use gatehouse_storage::ids::IdKind;

/// Page size when the client gives none.
pub const DEFAULT_LIMIT: i64 = 20;
/// Largest page size.
pub const MAX_LIMIT: i64 = 100;

/// A validated page request.
#[derive(Debug)]
pub struct PageRequest {
    /// Items to show.
    pub limit: i64,
    /// Exclusive lower bound.
    pub starting_after: Option<String>,
}

impl PageRequest {
    /// Validates raw query values for a list of `kind` items.
    pub fn parse(
        limit: Option<i64>,
        starting_after: Option<&str>,
        kind: IdKind,
    ) -> Result<Self, ApiError> {
        let limit = limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(ApiError::InvalidRequest {
                status: axum::http::StatusCode::BAD_REQUEST,
                code: "invalid_limit",
                message: format!("limit must be between 1 and {MAX_LIMIT}"),
                field: Some("limit".to_owned()),
            });
        }
        let starting_after = starting_after
            .map(|cursor| validate::id(kind, "starting_after", cursor))
            .transpose()?;
        Ok(Self {
            limit,
            starting_after,
        })
    }

    /// How many rows to fetch: one more than shown, to learn whether another page exists.
    pub fn fetch_limit(&self) -> i64 {
        self.limit + 1
    }

    /// Cuts fetched rows to the page and computes the next cursor.
    pub fn finish<T>(
        &self,
        mut rows: Vec<T>,
        id_of: impl Fn(&T) -> &str,
    ) -> (Vec<T>, Option<String>) {
        let shown = usize::try_from(self.limit).unwrap_or(usize::MAX);
        if rows.len() > shown {
            rows.truncate(shown);
            let next = rows.last().map(|row| id_of(row).to_owned());
            (rows, next)
        } else {
            (rows, None)
        }
    }
}
