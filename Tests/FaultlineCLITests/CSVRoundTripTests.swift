import Foundation
import Testing

/// Log lines whose messages are hard on CSV: commas, quotes, line breaks, non-ASCII text, and text a
/// spreadsheet would run as a formula. All belong to one request, one second apart, so `report request`
/// lists them in this order.
enum AwkwardMessages {
    static let requestID = "req_csvcheck"

    /// (message as JSON text in the log line, the message itself, what neutralised CSV holds)
    static let cases: [(json: String, message: String, neutralised: String)] = [
        (#"Amount must be 1,000 or \"more\""#, #"Amount must be 1,000 or "more""#, #"Amount must be 1,000 or "more""#),
        (#"line one\nline two\r\nline three"#, "line one\nline two\r\nline three", "line one\nline two\r\nline three"),
        ("Karte abgelehnt – café ☕ 日本語 🙂", "Karte abgelehnt – café ☕ 日本語 🙂", "Karte abgelehnt – café ☕ 日本語 🙂"),
        (#"Tarjeta rechazada \u00e9\u2028 \ud83d\ude42"#, "Tarjeta rechazada é\u{2028} 🙂", "Tarjeta rechazada é\u{2028} 🙂"),
        ("+1 555 0100 is not a valid phone", "+1 555 0100 is not a valid phone", "'+1 555 0100 is not a valid phone"),
        ("-5 is below the minimum", "-5 is below the minimum", "'-5 is below the minimum"),
        ("@SUM(A1:A9)", "@SUM(A1:A9)", "'@SUM(A1:A9)"),
        (#"\tindented with a tab"#, "\tindented with a tab", "'\tindented with a tab"),
        ("  padded  ", "  padded  ", "  padded  "),
        (#"=HYPERLINK(\"http://evil.example\",\"click\")"#, #"=HYPERLINK("http://evil.example","click")"#,
         #"'=HYPERLINK("http://evil.example","click")"#),
        (#"\rcarriage return first"#, "\rcarriage return first", "'\rcarriage return first"),
    ]

    /// Lines that are not JSON objects, so they end in the rejects ledger with their text as the excerpt.
    static let rejectedLines: [(line: String, neutralised: String)] = [
        (#"=cmd|' /C calc'!A0, "quoted", café"#, #"'=cmd|' /C calc'!A0, "quoted", café"#),
        (#"+{"not":"an object"}"#, #"'+{"not":"an object"}"#),
        (#"-- a comment, not JSON ☕"#, #"'-- a comment, not JSON ☕"#),
        (#"plain text, with "quotes""#, #"plain text, with "quotes""#),
    ]

    static var logText: String {
        var lines = cases.enumerated().map { index, item in
            #"{"timestamp":"2026-11-22T12:00:\#(String(format: "%02d", index)).000Z","provider":"flint","method":"POST","path":"https://api.flint.dev/v1/payment_intents","status":400,"request_id":"\#(requestID)","response_body":{"error":{"code":"VALIDATION_ERROR","message":"\#(item.json)","param":"=1+1"}}}"#
        }
        lines += rejectedLines.map(\.line)
        return lines.joined(separator: "\n") + "\n"
    }
}

@Suite("CSV output reads back intact with an RFC 4180 reader")
struct CSVRoundTripTests {
    /// First characters a spreadsheet would run as a formula, as the README lists them.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The samples plus `awkward.jsonl`, in one store.
    static func store() throws -> SampleStore {
        let store = try SampleStore()
        try store.directory.write("awkward.jsonl", AwkwardMessages.logText)
        let ingest = try faultline("ingest", "--db", store.db, "--quiet", "awkward.jsonl", in: store.directory.url)
        #expect(ingest.status == 0, "\(ingest)")
        return store
    }

    /// Reads the CSV and the JSON of one report and checks every field of every row: text as in JSON (with
    /// the `'` prefix on formula-like text unless `raw`), numbers and booleans the same, NULL empty.
    static func checkCSVMatchesJSON(_ store: SampleStore, _ arguments: [String], raw: Bool,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: String]] {
        let csv = try store.report(arguments + ["--format", "csv"] + (raw ? ["--csv-raw"] : []))
        let json = try store.report(arguments + ["--format", "json"])
        #expect(csv.status == 0 && json.status == 0, "\(csv)\n\(json)", sourceLocation: sourceLocation)
        let (header, rows) = try CSVReader.rows(csv.stdout)
        let objects = try jsonRows(json.stdoutData)
        #expect(rows.count == objects.count, sourceLocation: sourceLocation)
        #expect(!rows.isEmpty, "\(arguments) printed no rows", sourceLocation: sourceLocation)
        for (row, object) in zip(rows, objects) {
            #expect(Set(header) == Set(object.keys), sourceLocation: sourceLocation)
            for column in header {
                let cell = try #require(row[column]), value = try #require(object[column])
                switch value {
                case .null:
                    #expect(cell == "", "\(column)", sourceLocation: sourceLocation)
                case .bool(let flag):
                    #expect(cell == String(flag), "\(column)", sourceLocation: sourceLocation)
                case .integer, .real:
                    #expect(Double(cell) == value.real, "\(column): \(cell)", sourceLocation: sourceLocation)
                case .text(let text):
                    let formulaLike = text.unicodeScalars.first.map(formulaStarts.contains) ?? false
                    let expected = formulaLike && !raw ? "'" + text : text
                    #expect(cell == expected, "\(column): \(cell.debugDescription) is not \(expected.debugDescription)",
                            sourceLocation: sourceLocation)
                }
            }
        }
        return rows
    }

    @Test("report request: awkward messages come back field by field, formula-like ones with a leading quote")
    func requestReportSurvivesARoundTrip() throws {
        let store = try Self.store()
        let rows = try Self.checkCSVMatchesJSON(store, ["request", AwkwardMessages.requestID], raw: false)
        #expect(rows.map { $0["message"] } == AwkwardMessages.cases.map(\.neutralised))
        #expect(rows.map { $0["param"] } == Array(repeating: "'=1+1", count: AwkwardMessages.cases.count))
        #expect(rows.map { $0["source"] } == (1...AwkwardMessages.cases.count).map { "awkward.jsonl:\($0)" })
    }

    @Test("report request --csv-raw leaves awkward messages exactly as logged")
    func rawCSVLeavesFormulasAlone() throws {
        let store = try Self.store()
        let rows = try Self.checkCSVMatchesJSON(store, ["request", AwkwardMessages.requestID], raw: true)
        #expect(rows.map { $0["message"] } == AwkwardMessages.cases.map(\.message))
        #expect(rows.map { $0["param"] } == Array(repeating: "=1+1", count: AwkwardMessages.cases.count))
    }

    @Test("report request on the samples: the HYPERLINK message is neutralised, commas and quotes survive",
          arguments: [false, true])
    func sampleRequestsSurviveARoundTrip(raw: Bool) throws {
        let store = try SampleStore()
        // flexiti.jsonl line 107: error_description is a HYPERLINK formula.
        let hyperlink = try Self.checkCSVMatchesJSON(store, ["request", "req_pq11yhzr34xhzx"], raw: raw)
        let formula = #"=HYPERLINK("http://evil.example","click")"#
        #expect(hyperlink.map { $0["message"] } == [raw ? formula : "'" + formula])
        #expect(hyperlink.map { $0["source"] } == ["samples/flexiti.jsonl:107"])

        let comma = try Self.checkCSVMatchesJSON(store, ["request", "req_0a6b30fbcwov4r"], raw: raw)
        #expect(comma.map { $0["message"] } == [#"Could not reach https://hooks.example.com/sg, "timeout" after 10s"#])

        let storm = try Self.checkCSVMatchesJSON(store, ["request", ReportRun.stormRequest], raw: raw)
        #expect(storm.count == 8)
    }

    @Test("report rejects: excerpts of unreadable lines come back intact, formula-like ones with a leading quote",
          arguments: [false, true])
    func rejectsReportSurvivesARoundTrip(raw: Bool) throws {
        let store = try Self.store()
        let rows = try Self.checkCSVMatchesJSON(store, ["rejects"], raw: raw)
        let awkward = rows.filter { $0["file"] == "awkward.jsonl" }
        let expected = AwkwardMessages.rejectedLines.map { raw ? $0.line : $0.neutralised }
        #expect(awkward.map { $0["excerpt"] } == expected)
        #expect(rows.filter { $0["file"] == "samples/bad-lines.jsonl" }.count == 6)
        // The invalid UTF-8 line keeps its text, the bad byte shown as U+FFFD.
        let latin1 = try #require(rows.first { $0["reason"]?.hasPrefix("invalid_utf8") == true })
        #expect(latin1["excerpt"]?.contains("caf\u{FFFD} latin-1 byte") == true)
    }

    @Test("CSV output is CRLF-terminated records and nothing after the last one", arguments: ["request", "rejects", "catalog"])
    func csvEndsWithTheLastRecordsCRLF(_ command: String) throws {
        let store = try Self.store()
        let arguments: [String]
        switch command {
        case "request": arguments = ["report", "--db", store.db, "request", AwkwardMessages.requestID]
        case "rejects": arguments = ["report", "--db", store.db, "rejects"]
        default: arguments = ["catalog", "--provider", "flexiti"]
        }
        let csv = try faultline(arguments + ["--format", "csv"], in: store.directory.url)
        #expect(csv.status == 0, "\(csv)")
        let bytes = [UInt8](csv.stdoutData)
        // Compare bytes: to Swift's String, "\r\n" is one Character, and "\r\n\n".hasSuffix("\r\n") is false.
        #expect(Array(bytes.suffix(2)) == [13, 10], "the last record ends with CRLF")
        #expect(Array(bytes.suffix(3)) != [13, 10, 10], "a bare LF (an empty line) follows the last CRLF")
        let records = try CSVReader.records(csv.stdout)
        #expect(records.last != [""], "the CSV ends with an empty record")
    }

    @Test("a line break inside a field is quoted and kept as it was logged")
    func lineBreaksStayInsideQuotedFields() throws {
        let store = try Self.store()
        let csv = try store.report("request", AwkwardMessages.requestID, "--format", "csv")
        #expect(csv.stdout.hasPrefix("ts,provider,code,category,retryable,retry_basis,status,method,endpoint,message,param,"
                                     + "decline_code,idempotency_key,guidance,source\r\n"))
        #expect(csv.stdout.contains("\"line one\nline two\r\nline three\""))
    }
}
