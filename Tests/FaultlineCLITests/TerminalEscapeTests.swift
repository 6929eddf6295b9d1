import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Codes, messages and file names come from logs someone else wrote. On a terminal or in a Markdown ticket they
/// must not move the cursor, recolour the screen or reorder text; JSON and CSV keep them exactly, and valid.
@Suite("Terminal escapes")
struct TerminalEscapeTests {
    static let evilCode = "EVIL\u{1B}[2J\u{9B}31m"
    static let evilMessage = "refund \u{202E}exe.gnp\u{202C} to \u{1B}]8;;http://x\u{07}you\u{85}now"
    static let evilName = "logs/api\u{1B}[31m\u{202E}.jsonl"

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x09, 0x0B...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    func hostileStore() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let body: [String: Any] = ["error": ["code": Self.evilCode, "message": Self.evilMessage]]
        let line: [String: Any] = ["timestamp": "2026-11-22T10:00:00Z", "status": 422, "provider": "flint",
                                   "request_id": "req_evil", "path": "/v1/\u{1B}[1mcharges", "response_body": body]
        var text = String(decoding: try JSONSerialization.data(withJSONObject: line), as: UTF8.self) + "\n"
        text += "not json \u{1B}[5m\u{9B}blink\n"
        try directory.write(Self.evilName, text)
        #expect(mkfifo(directory.path("logs/fifo\u{1B}[7m.jsonl"), 0o644) == 0)
        let ingest = try faultline("ingest", "--db", "x.db", "logs", in: directory.url)
        #expect(ingest.status == 0, "\(ingest)")
        #expect(!ingest.stderr.unicodeScalars.contains(where: Self.isUnsafe), "ingest's summary: \(ingest.stderr.debugDescription)")
        return directory
    }

    @Test func tablesAndMarkdownShowNoControlCharactersOrBidiOverrides() throws {
        let directory = try hostileStore()
        for report in [["top-errors"], ["unknown"], ["rejects"], ["request", "req_evil"], ["endpoints"], ["top-messages"]] {
            for format in ["table", "markdown"] {
                let result = try faultline(["report"] + report + ["--db", "x.db", "--format", format], in: directory.url)
                #expect(result.status == 0, "\(result)")
                #expect(!result.stdout.unicodeScalars.contains(where: Self.isUnsafe),
                        "\(report) as \(format): \(result.stdout.debugDescription)")
            }
        }
    }

    @Test func jsonAndCSVKeepTheTextExactlyAndStayValid() throws {
        let directory = try hostileStore()
        let json = try faultline("report", "request", "req_evil", "--db", "x.db", "--format", "json", in: directory.url)
        let rows = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [[String: Any]])
        #expect(rows.first?["code"] as? String == Self.evilCode)
        #expect(rows.first?["message"] as? String == Self.evilMessage)
        let csv = try faultline("report", "request", "req_evil", "--db", "x.db", "--format", "csv", in: directory.url)
        #expect(csv.stdout.contains(Self.evilCode))
    }

    @Test func errorMessagesQuotingAFileNameShowNoEscapes() throws {
        let directory = try TemporaryDirectory()
        let result = try faultline("ingest", "--db", "x.db", "no\u{1B}[31msuch\u{9B}.jsonl", in: directory.url)
        #expect(result.status == 66)
        #expect(!result.stderr.unicodeScalars.contains(where: Self.isUnsafe), "\(result.stderr.debugDescription)")
    }
}
