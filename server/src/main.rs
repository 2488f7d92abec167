//! The `gatehouse` binary: parses the command line and hands over to the library.

use std::process::ExitCode;

use clap::Parser;
mod cli;

use cli::Cli;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    cli::init_tracing(cli.log_format);
    if !gatehouse_allocator::tune() {
        tracing::debug!("not glibc's allocator: no malloc settings applied");
    }
    match cli::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
