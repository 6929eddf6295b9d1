// Golden outputs of `classify` and `catalog` (see Golden.swift; re-record with FAULTLINE_RECORD_GOLDEN=1).
import Foundation
import Testing

/// A response body to classify, with the flags `faultline classify` gets.
struct ClassifyCase: CustomTestStringConvertible, Sendable {
    let golden: String
    let body: String
    let flags: [String]

    var testDescription: String { golden }

    static let all: [ClassifyCase] = [
        ClassifyCase(golden: "classify-flint-rate-limit",
                     body: #"{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"slow down"}}"#, flags: ["--status", "429"]),
        ClassifyCase(golden: "classify-flint-rate-limit-table",
                     body: #"{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"slow down"}}"#,
                     flags: ["--status", "429", "--format", "table"]),
        ClassifyCase(golden: "classify-stablegenius-string-body",
                     body: #"{"error": {"type": "invalid_request_error", "code": "amount_out_of_range", "message": "Amount is below 10,000.", "param": "amount"}}"#,
                     flags: ["--status", "400"]),
        ClassifyCase(golden: "classify-cashier-problem",
                     body: #"{"type":"https://cashier.flowpayment.net/errors/card-declined","title":"Card Declined","status":400,"detail":"Card was declined by the issuing bank","code":"CARD_DECLINED"}"#,
                     flags: ["--status", "400"]),
        ClassifyCase(golden: "classify-flexiti-hyperlink",
                     body: #"{"error":"not_enough_credit","error_description":"=HYPERLINK(\"http://evil.example\",\"click\")"}"#,
                     flags: ["--status", "409", "--provider", "flexiti"]),
        ClassifyCase(golden: "classify-synaptopay-numeric-code",
                     body: #"{"message":"The service is currently unavailable.","code":14}"#,
                     flags: ["--status", "503", "--provider", "synaptopay"]),
        ClassifyCase(golden: "classify-html-gateway-error",
                     body: "<html><body><h1>502 Bad Gateway</h1></body></html>", flags: ["--status", "502"]),
        ClassifyCase(golden: "classify-success",
                     body: #"{"id":"pi_123","object":"payment_intent","status":"succeeded"}"#, flags: ["--status", "200"]),
        ClassifyCase(golden: "classify-success-table",
                     body: #"{"id":"pi_123","object":"payment_intent","status":"succeeded"}"#,
                     flags: ["--status", "200", "--format", "table"]),
    ]
}

@Suite("classify and catalog match their golden files")
struct GoldenCommandTests {
    @Test("classify prints the golden classification, reading a file or standard input", arguments: ClassifyCase.all)
    func classifyMatchesGoldenFile(_ item: ClassifyCase) throws {
        let directory = try TemporaryDirectory()
        let fileExtension = item.flags.contains("table") ? "txt" : "json"
        try directory.write("body", item.body)
        let fromFile = try faultline(["classify"] + item.flags + ["body"], in: directory.url)
        #expect(fromFile.status == 0, "\(fromFile)")
        #expect(fromFile.stderr.isEmpty, "\(fromFile)")
        try Golden.check(fromFile.stdoutData, against: "\(item.golden).\(fileExtension)")

        let fromStandardInput = try faultline(["classify"] + item.flags + ["-"], in: directory.url, stdin: Data(item.body.utf8))
        #expect(fromStandardInput.status == 0, "\(fromStandardInput)")
        #expect(fromStandardInput.stdout == fromFile.stdout)
    }

    @Test("catalog --provider flint, as CSV and as a table")
    func flintCatalogMatchesGoldenFiles() throws {
        let directory = try TemporaryDirectory()
        for (format, fileExtension) in [("csv", "csv"), ("table", "txt")] {
            let result = try faultline("catalog", "--format", format, "--provider", "flint", in: directory.url)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr.isEmpty)
            try Golden.check(result.stdoutData, against: "catalog-flint.\(fileExtension)")
        }
    }

    @Test("the whole catalog reads back as CSV with one provider column per row and every provider present")
    func wholeCatalogIsWellFormedCSV() throws {
        let directory = try TemporaryDirectory()
        let result = try faultline("catalog", "--format", "csv", in: directory.url)
        #expect(result.status == 0, "\(result)")
        let (header, rows) = try CSVReader.rows(result.stdout)
        #expect(header == ["provider", "kind", "code", "http_status", "category", "retryable", "basis", "basis_note", "description", "fix", "section", "source"])
        #expect(Set(rows.compactMap { $0["provider"] }) == ["flint", "stablegenius", "cashier", "flexiti", "synaptopay"])
        #expect(rows.allSatisfy { $0["retryable"].map { ["true", "false", ""].contains($0) } ?? false })
    }
}
