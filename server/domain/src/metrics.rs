//! The Prometheus registry: request counts by route and status, and latency histograms by
//! route. Routes are labelled by their template (`/v1/users/{user_id}`), never the raw
//! path, so label cardinality stays bounded and no identifier ends up in a metric.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct TableLabels {
    table: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

fn latency_histogram() -> Histogram {
    // 0.5 ms to ~8 s.
    Histogram::new(exponential_buckets(0.0005, 2.0, 15))
}

/// The server's metric registry.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    swept: Family<TableLabels, Counter>,
    outbox_mail: Family<OutcomeLabels, Counter>,
    outbox_pending: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// An empty registry with the HTTP metrics registered.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("gatehouse");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram,
        );
        registry.register(
            "http_requests",
            "HTTP requests answered, by route template and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "HTTP request latency, by route template",
            latency.clone(),
        );
        let swept = Family::<TableLabels, Counter>::default();
        registry.register(
            "swept_rows",
            "Expired rows deleted by the sweeper, by table",
            swept.clone(),
        );
        let outbox_mail = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "outbox_mail",
            "Outbox mail delivery attempts, by outcome (delivered, retried, given_up)",
            outbox_mail.clone(),
        );
        let outbox_pending = Gauge::default();
        registry.register(
            "outbox_pending",
            "Outbox messages not yet delivered nor given up (read at scrape time)",
            outbox_pending.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            swept,
            outbox_mail,
            outbox_pending,
        }
    }

    /// Records one answered HTTP request: `route` is the route template (never the raw path).
    pub fn request(&self, method: &str, route: &str, status: u16, seconds: f64) {
        self.latency
            .get_or_create(&RouteLabels {
                method: method.to_owned(),
                route: route.to_owned(),
            })
            .observe(seconds);
        self.requests
            .get_or_create(&RequestLabels {
                method: method.to_owned(),
                route: route.to_owned(),
                status,
            })
            .inc();
    }

    /// Counts rows the sweeper deleted from `table`.
    pub fn swept(&self, table: &str, rows: u64) {
        self.swept
            .get_or_create(&TableLabels {
                table: table.to_owned(),
            })
            .inc_by(rows);
    }

    /// Counts the outcomes of an outbox mail pass.
    pub fn outbox_pass(&self, delivered: usize, retried: usize, given_up: usize) {
        for (outcome, count) in [
            ("delivered", delivered),
            ("retried", retried),
            ("given_up", given_up),
        ] {
            self.outbox_mail
                .get_or_create(&OutcomeLabels {
                    outcome: outcome.to_owned(),
                })
                .inc_by(u64::try_from(count).unwrap_or(u64::MAX));
        }
    }

    /// Sets the number of pending outbox messages (before a scrape).
    pub fn set_outbox_pending(&self, pending: i64) {
        self.outbox_pending.set(pending);
    }

    /// The registry in the OpenMetrics text format.
    pub fn render(&self) -> Result<String, std::fmt::Error> {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)?;
        Ok(out)
    }
}
