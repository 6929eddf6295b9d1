import Foundation
import Testing

@Suite("An empty result is a success with headers")
struct EmptyResultTests {
    static let topErrorsHeader = "rank,provider,code,category,retryable,count,share,first_seen,last_seen,sample_request_id,guidance"

    @Test("top-errors for a provider with no errors prints the header row only, in every format")
    func emptyTopErrorsPrintsHeaders() throws {
        let store = try SampleStore()
        let expected: [String: String] = [
            "csv": Self.topErrorsHeader + "\r\n",
            "json": "[]\n",
            "markdown": "| " + Self.topErrorsHeader.split(separator: ",").joined(separator: " | ") + " |\n"
                + "| ---: | --- | --- | --- | --- | ---: | ---: | --- | --- | --- | --- |\n",
            "table": "rank  provider  code  category  retryable  count  share  first_seen  last_seen  sample_request_id  guidance\n"
                + "----  --------  ----  --------  ---------  -----  -----  ----------  ---------  -----------------  --------\n",
        ]
        for (format, output) in expected.sorted(by: { $0.key < $1.key }) {
            let result = try store.report("top-errors", "--provider", "nosuch", "--format", format)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr.isEmpty, "\(result)")
            #expect(result.stdout == output, "\(format): \(result.stdout.debugDescription)")
        }
    }

    @Test("other filters that match nothing also exit 0 with only a header",
          arguments: [
            ["requests", "--since", "2030-01-01"],
            ["timeline", "--code", "NO_SUCH_CODE"],
            ["rejects", "--limit", "0"],
            ["request", "req_that_never_was"],
            ["endpoints", "--endpoint", "/nowhere"],
          ])
    func emptyFilteredReportsPrintOnlyTheHeader(_ arguments: [String]) throws {
        let store = try SampleStore()
        let csv = try store.report(arguments + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv)")
        let (header, rows) = try CSVReader.rows(csv.stdout)
        #expect(rows.isEmpty, "\(csv.stdout)")
        #expect(header.count > 1)
        let json = try store.report(arguments + ["--format", "json"])
        #expect(json.status == 0 && json.stdout == "[]\n", "\(json)")
    }

    @Test("--output writes the same bytes to a file and nothing to stdout")
    func outputFileHoldsTheReport() throws {
        let store = try SampleStore()
        let toFile = try store.report("top-errors", "--format", "csv", "--output", "top.csv")
        #expect(toFile.status == 0, "\(toFile)")
        #expect(toFile.stdout.isEmpty)
        let written = try Data(contentsOf: store.directory.url.appendingPathComponent("top.csv"))
        #expect(written == (try store.report("top-errors", "--format", "csv").stdoutData))
    }
}
