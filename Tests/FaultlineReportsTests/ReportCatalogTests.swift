import FaultlineReports
import FaultlineStore
import Testing

@Suite struct ReportCatalogTests {
    let catalog = ReportCatalog.builtIn

    @Test func embedsEveryQueryFile() {
        #expect(catalog.names == [
            "changes", "endpoints", "new-codes", "rejects", "request", "requests", "retries", "retryability", "summary",
            "timeline", "top-errors", "top-messages", "unknown",
        ])
    }

    @Test func everyHeaderDeclaresAQuestionAndOnlyKnownParameters() {
        for report in catalog.reports {
            #expect(report.answers.hasSuffix("."), "\(report.name): answers should be sentences")
            #expect(!report.columns.isEmpty, "\(report.name)")
            for parameter in report.parameters {
                #expect(ReportParameters.names.contains(parameter), "\(report.name) declares unknown parameter \(parameter)")
            }
        }
    }

    /// A parameter used but not declared could never be set from the command line; one declared but
    /// unused would be accepted and silently do nothing.
    @Test func declaredParametersAreExactlyTheOnesTheSQLReads() {
        for report in catalog.reports {
            #expect(Set(report.parameters) == Self.parametersUsed(in: report.sql), "\(report.name)")
        }
    }

    @Test func topErrorsHeaderIsParsedInFull() throws {
        let report = try catalog.report(named: "top-errors")
        #expect(report.parameters == ["since", "until", "provider", "code", "endpoint", "limit"])
        #expect(report.columns.map(\.description) == [
            "rank integer", "provider text", "code text", "category text", "retryable boolean", "count integer",
            "share real", "first_seen time", "last_seen time", "sample_request_id text", "guidance text",
        ])
    }

    /// Compiling every report against a freshly migrated schema catches a migration that renames or drops
    /// something a report needs.
    @Test func everyReportPreparesAgainstAFreshlyMigratedStore() throws {
        let store = try Store.emptyInMemory()
        for report in catalog.reports {
            #expect(throws: Never.self, "\(report.name)") { try store.prepareOnly(report.sql) }
        }
    }

    @Test func everyReportReturnsExactlyItsDeclaredColumnsOnAnEmptyStore() throws {
        let runner = ReportRunner(store: try Store.emptyInMemory())
        for report in catalog.reports {
            let parameters = report.takes("request_id") ? ReportParameters(requestID: "req_1") : ReportParameters()
            let table = try runner.run(report: report.name, parameters: parameters)
            #expect(table.columns == report.columns, "\(report.name)")
        }
    }

    @Test func listHasOneRowPerReportWithItsQuestionAndParameters() throws {
        let list = catalog.list
        #expect(list.columns.map(\.name) == ["name", "answers", "parameters"])
        #expect(list.rows.count == catalog.reports.count)
        let rejects = try #require(list.rows.first { $0[0] == "rejects" })
        #expect(rejects[2] == "limit")
    }

    @Test func unknownNameSuggestsTheNearestReport() {
        #expect {
            try catalog.report(named: "top-error")
        } throws: { error in
            let error = error as? ReportError
            return error?.reason == .unknownReport
                && error?.description.contains("did you mean top-errors?") == true
                && error?.description.contains("summary") == true
        }
    }

    @Test func catalogRefusesAFileWhoseNameDiffersFromItsHeader() {
        let sql = "-- name: other\n-- answers: x.\n-- parameters:\n-- columns: a integer\nSELECT 1 AS a;\n"
        #expect(throws: ReportError.self) { try ReportCatalog(files: [(name: "mine", sql: sql)]) }
    }

    @Test func catalogRefusesAReportWithoutColumns() {
        let sql = "-- name: mine\n-- answers: x.\n-- parameters:\nSELECT 1 AS a;\n"
        #expect(throws: ReportError.self) { try ReportCatalog(files: [(name: "mine", sql: sql)]) }
    }

    /// `:name` parameters in SQL text, outside comments and string literals.
    static func parametersUsed(in sql: String) -> Set<String> {
        var names: Set<String> = []
        for line in sql.split(separator: "\n") {
            var code = line.hasPrefix("--") ? "" : String(line.split(separator: "--", maxSplits: 1, omittingEmptySubsequences: false)[0])
            // Drop string literals: '…' pieces are every other part when split on quotes.
            code = code.split(separator: "'", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map { String($0.element) }.joined(separator: " ")
            var rest = Substring(code)
            while let colon = rest.firstIndex(of: ":") {
                let name = rest[rest.index(after: colon)...].prefix { $0.isLetter || $0 == "_" }
                if !name.isEmpty { names.insert(String(name)) }
                rest = rest[rest.index(after: colon)...]
            }
        }
        return names
    }
}
