import Foundation
import Testing

@Suite("A copied binary works anywhere: reports and catalogs are compiled in")
struct RelocatedBinaryTests {
    @Test("faultline copied to another folder lists reports, prints catalogs and runs reports")
    func copiedBinaryWorks() throws {
        let elsewhere = try TemporaryDirectory()
        let copy = elsewhere.url.appendingPathComponent("bin/faultline")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: FaultlineBinary.url, to: copy)
        let work = try TemporaryDirectory()
        try work.copySamples()

        func run(_ arguments: String...) throws -> FaultlineResult {
            try RunningFaultline(arguments, in: work.url, executable: copy).finish()
        }
        let list = try run("report", "--list", "--format", "table")
        #expect(list.status == 0, "\(list)")
        try Golden.check(list.stdoutData, against: "report-list.txt")

        let catalog = try run("catalog", "--format", "csv", "--provider", "flint")
        #expect(catalog.status == 0, "\(catalog)")
        try Golden.check(catalog.stdoutData, against: "catalog-flint.csv")

        let wholeCatalog = try run("catalog")
        #expect(wholeCatalog.status == 0, "\(wholeCatalog)")
        #expect(wholeCatalog.stdout.contains("RATE_LIMIT_EXCEEDED"))

        let ingest = try run("ingest", "--db", "samples.db", "--quiet", "samples")
        #expect(ingest.status == 0, "\(ingest)")
        let summary = try run("report", "--db", "samples.db", "summary", "--format", "csv")
        #expect(summary.status == 0, "\(summary)")
        try Golden.check(summary.stdoutData, against: "summary.csv")
    }
}
