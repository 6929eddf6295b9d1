import ArgumentParser

@main
struct Faultline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faultline",
        abstract: "Turn payment-API request logs into answers: which errors hurt, which a retry would fix, what happened to a request.",
        discussion: """
            Typical night:
              faultline ingest /var/log/api/2026-11-22/*.jsonl.gz
              faultline report top-errors --since 24h

            Exit status: 0 ok, 1 unexpected failure, 64 bad usage, 65 too many rejected lines, \
            66 input or store missing, 74 read/write error, 75 store busy (another ingest), \
            76 store written by a newer faultline, 124 query --timeout reached, 130 interrupted (Ctrl-C).
            """,
        version: FaultlineVersion.current,
        subcommands: [IngestCommand.self, ReportCommand.self, QueryCommand.self, ClassifyCommand.self, CatalogCommand.self]
    )
}

enum FaultlineVersion {
    static let current = "0.1.0"
}
