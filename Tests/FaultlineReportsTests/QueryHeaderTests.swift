import FaultlineReports
import Testing

@Suite struct QueryHeaderTests {
    @Test func readsNameAnswersParametersAndTypedColumns() throws {
        let header = try QueryHeader.parse("""
            -- name: slow
            -- answers: Which calls were slow?
            -- parameters: since, :limit
            -- columns: endpoint text, count integer, share real, retryable boolean, first_seen time
            SELECT 1;
            """)
        #expect(header.name == "slow")
        #expect(header.answers == "Which calls were slow?")
        #expect(header.parameters == ["since", "limit"])
        #expect(header.columns == [
            ReportColumn("endpoint", .text), ReportColumn("count", .integer), ReportColumn("share", .real),
            ReportColumn("retryable", .boolean), ReportColumn("first_seen", .time),
        ])
    }

    @Test func sqlWithoutAHeaderHasAnEmptyOne() throws {
        #expect(try QueryHeader.parse("SELECT count(*) FROM errors;").isEmpty)
        #expect(try QueryHeader.parse("").isEmpty)
    }

    @Test func proseCommentsAndUnknownKeysAreIgnored() throws {
        let header = try QueryHeader.parse("""
            -- My query, written for the weekly review.
            -- author: sam
            --
            -- name: weekly
            SELECT 1;
            """)
        #expect(header == QueryHeader(name: "weekly"))
    }

    @Test func headerEndsAtTheFirstLineOfSQL() throws {
        let header = try QueryHeader.parse("SELECT 1\n-- name: late\n;")
        #expect(header.name == nil)
    }

    @Test func readsAHeaderWithCRLFLineEnds() throws {
        let header = try QueryHeader.parse("-- name: dos\r\n-- columns: a integer\r\nSELECT 1 AS a;\r\n")
        #expect(header.name == "dos")
        #expect(header.columns == [ReportColumn("a", .integer)])
    }

    @Test func columnNamesMayBeQuotedAndContainSpaces() throws {
        let header = try QueryHeader.parse("-- columns: \"error rate\" real, `n` integer\nSELECT 1;")
        #expect(header.columns == [ReportColumn("error rate", .real), ReportColumn("n", .integer)])
    }

    @Test func emptyParameterListMeansTheQueryTakesNone() throws {
        #expect(try QueryHeader.parse("-- parameters:\nSELECT 1;").parameters == [])
    }

    @Test func unknownColumnTypeIsAnErrorNamingFileLineAndTheTypes() {
        expectHeaderError("-- name: x\n-- columns: count number\nSELECT 1;", containing: [
            "mine.sql:2:", "`count number`", "integer, real, text, boolean, time",
        ])
    }

    @Test func columnWithoutTypeIsAnError() {
        expectHeaderError("-- columns: count\nSELECT 1;", containing: ["mine.sql:1:", "needs a name and a type"])
    }

    @Test func repeatedKeyIsAnError() {
        expectHeaderError("-- name: a\n-- name: b\nSELECT 1;", containing: ["mine.sql:2:", "appears twice"])
    }

    @Test func repeatedColumnOrParameterIsAnError() {
        expectHeaderError("-- columns: a text, a integer\nSELECT 1;", containing: ["column `a` is listed twice"])
        expectHeaderError("-- parameters: since, since\nSELECT 1;", containing: ["parameter `since` is listed twice"])
    }

    @Test func malformedParameterNameIsAnError() {
        expectHeaderError("-- parameters: since until\nSELECT 1;", containing: ["`since until` is not a parameter name"])
    }

    private func expectHeaderError(_ sql: String, containing parts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try QueryHeader.parse(sql, origin: "mine.sql")
            Issue.record("expected a header error", sourceLocation: sourceLocation)
        } catch let error as ReportError {
            #expect(error.reason == .badHeader, sourceLocation: sourceLocation)
            for part in parts {
                #expect(error.description.contains(part), "\(error.description)", sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }
}
