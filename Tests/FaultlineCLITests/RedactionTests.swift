import Foundation
import Testing

/// Secrets planted in every field of a log line: none may reach the store's bytes (database and WAL) or any
/// report, in any format.
@Suite("Redaction")
struct RedactionTests {
    /// What each planted secret looks like; none of these may be found anywhere afterwards.
    static let secrets = [
        "4242424242424242", "4242 4242 4242 4242", "4000056655665556", "sk_live_51Hsecretkey0000", "pk_live_51Hpublishable0000",
        "rk_live_51Hrestricted0000", "whsec_0123456789abcdefSECRET", "dXNlcjpodW50ZXIy", "hunter2",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "tok_Bearer0secret0value", "s3cr3tApiKey",
    ]

    static let line: String = {
        let body: [String: Any] = ["error": [
            "code": "card_4000056655665556", "message": "card 4242424242424242 declined, key sk_live_51Hsecretkey0000",
            "param": "Authorization: Basic dXNlcjpodW50ZXIy", "decline_code": "whsec_0123456789abcdefSECRET",
            "request_id": "req_eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        ] as [String: Any]]
        let fields: [String: Any] = [
            "timestamp": "2026-11-22T10:00:00Z", "status": 402, "provider": "flint",
            "method": "POST rk_live_51Hrestricted0000",
            "url": "https://admin:hunter2@api.flint.dev/v1/cards/4242 4242 4242 4242/charge?api_key=s3cr3tApiKey&card=4242424242424242",
            "request_id": "req_1 Bearer tok_Bearer0secret0value",
            "idempotency_key": "idem pk_live_51Hpublishable0000",
            "response_body": body,
        ]
        return String(decoding: try! JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
    }()

    func planted() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        // The same request succeeding afterwards is kept as a retry attempt, with its ids.
        let success = #"{"timestamp":"2026-11-22T10:00:05Z","status":200,"provider":"flint","url":"https://admin:hunter2@api.flint.dev/v1/x?token=s3cr3tApiKey","request_id":"req_1 Bearer tok_Bearer0secret0value","idempotency_key":"idem pk_live_51Hpublishable0000"}"#
        try directory.write("logs/a.jsonl", Self.line + "\n" + success + "\nnot json but 4242424242424242 and sk_live_51Hsecretkey0000\n")
        let ingest = try faultline("ingest", "--db", "x.db", "--quiet", "logs", in: directory.url)
        #expect(ingest.status == 0, "\(ingest)")
        return directory
    }

    func expectNoSecret(in text: String, _ place: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in Self.secrets {
            #expect(!text.contains(secret), "\(place) holds \(secret)", sourceLocation: sourceLocation)
        }
    }

    @Test func noSecretReachesTheStoreFiles() throws {
        let directory = try planted()
        for name in ["x.db", "x.db-wal"] {
            guard let bytes = FileManager.default.contents(atPath: directory.path(name)) else { continue }
            expectNoSecret(in: String(decoding: bytes, as: UTF8.self), name)
            #expect(String(decoding: bytes, as: UTF8.self).contains("[REDACTED"), "\(name)")
        }
    }

    @Test func noSecretReachesAnyReportInAnyFormat() throws {
        let directory = try planted()
        let reports = ReliabilityTests.reports.map { [$0] } + [["request", "req_1 Bearer [REDACTED TOKEN]"]]
        for report in reports {
            for format in ["table", "csv", "json", "markdown"] {
                let result = try faultline(["report"] + report + ["--db", "x.db", "--format", format], in: directory.url)
                #expect(result.status == 0, "\(result)")
                expectNoSecret(in: result.stdout, "\(report) as \(format)")
            }
        }
        let request = try faultline("report", "request", "req_1 Bearer [REDACTED TOKEN]", "--db", "x.db", "--format", "json", in: directory.url)
        #expect(request.stdout.contains("api.flint.dev/v1/cards/{id}/charge"), "\(request)")
        // Every text column of every table, as a query sees it.
        try directory.write("dump.sql", """
            SELECT group_concat(t, ' ') AS everything FROM (
              SELECT request_id || ' ' || coalesce(idempotency_key, '') || ' ' || coalesce(method, '') AS t FROM events
              UNION ALL SELECT code || ' ' || coalesce(guidance, '') FROM error_kinds
              UNION ALL SELECT host || path FROM endpoints
              UNION ALL SELECT text FROM messages
              UNION ALL SELECT excerpt FROM rejects
              UNION ALL SELECT coalesce(request_id, '') || ' ' || coalesce(idempotency_key, '') FROM success_attempts);
            """)
        let dump = try faultline("query", "dump.sql", "--db", "x.db", "--format", "csv", in: directory.url)
        #expect(dump.status == 0, "\(dump)")
        expectNoSecret(in: dump.stdout, "the store's tables")
    }
}
