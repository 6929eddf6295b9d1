import Foundation
import Testing

/// The README's worked example: a user's catalog file adds a sixth provider, end to end.
@Suite("A user's catalog file adds a provider: ingest, reports and catalog know its codes")
struct UserCatalogTests {
    static func exampleDirectory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for name in ["acme.json", "acme.jsonl"] {
            try FileManager.default.copyItem(
                at: FaultlineBinary.packageRoot.appendingPathComponent("examples/acme/\(name)"),
                to: directory.url.appendingPathComponent(name))
        }
        return directory
    }

    @Test("ingest --catalog acme.json, then top-errors shows Acme's codes and guidance")
    func ingestedCodesOfAnAddedProviderReachTheReports() throws {
        let directory = try Self.exampleDirectory()
        let ingest = try faultline("ingest", "--db", "a.db", "--catalog", "acme.json", "--json", "acme.jsonl", in: directory.url)
        #expect(ingest.status == 0, "\(ingest)")
        let top = try faultline("report", "--db", "a.db", "top-errors", "--format", "json", in: directory.url)
        let rows = try jsonRows(top.stdoutData)
        #expect(rows.map { $0["provider"]?.text } == ["acme", "acme"])
        #expect(rows.map { $0["code"]?.text } == ["ACME_CARD_DECLINED", "ACME_LEDGER_BUSY"])
        #expect(rows.first?["guidance"]?.text == "Ask the customer for another card; do not retry this one.")
        #expect(rows.map { $0["retryable"] } == [.bool(false), .bool(true)])
        expectNoCrash(top)
    }

    @Test("a catalogs folder beside the store is read without --catalog")
    func aCatalogsFolderBesideTheStoreIsRead() throws {
        let directory = try Self.exampleDirectory()
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("store/catalogs"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: directory.url.appendingPathComponent("acme.json"),
                                         to: directory.url.appendingPathComponent("store/catalogs/acme.json"))
        let ingest = try faultline("ingest", "--db", "store/a.db", "acme.jsonl", in: directory.url)
        #expect(ingest.status == 0, "\(ingest)")
        let top = try faultline("report", "--db", "store/a.db", "top-errors", "--format", "json", "--provider", "ACME", in: directory.url)
        #expect(try jsonRows(top.stdoutData).count == 2, "\(top)")
        let catalog = try faultline("catalog", "--db", "store/a.db", "--provider", "ACME", "--format", "json", in: directory.url)
        let entries = try jsonRows(catalog.stdoutData)
        #expect(entries.map { $0["source"]?.text } == ["store/catalogs/acme.json:7", "store/catalogs/acme.json:21"], "\(catalog)")
    }

    @Test("the built-in catalog files as a user catalog (a store in the project folder) are accepted, gRPC OK included")
    func theBuiltInCatalogFilesPassTheUserCatalogCheck() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.copyItem(at: FaultlineBinary.packageRoot.appendingPathComponent("catalogs"),
                                         to: directory.url.appendingPathComponent("catalogs"))
        try FileManager.default.copyItem(at: FaultlineBinary.packageRoot.appendingPathComponent("samples/synaptopay.jsonl"),
                                         to: directory.url.appendingPathComponent("synaptopay.jsonl"))
        let ingest = try faultline("ingest", "--db", "s.db", "--quiet", "synaptopay.jsonl", in: directory.url)
        #expect(ingest.status == 0, "\(ingest)")
        let top = try faultline("report", "--db", "s.db", "top-errors", "--format", "json", in: directory.url)
        #expect(try !jsonRows(top.stdoutData).isEmpty, "\(top)")
    }

    @Test("catalog names each built-in entry's file and line and document section")
    func catalogShowsWhereEachEntryCameFrom() throws {
        let directory = try TemporaryDirectory()
        let result = try faultline("catalog", "--provider", "Synaptopay", "--format", "json", in: directory.url)
        #expect(result.status == 0, "\(result)")
        let rows = try jsonRows(result.stdoutData)
        #expect(rows.count == 42)
        #expect(rows.allSatisfy { $0["source"]?.text?.hasPrefix("catalogs/synaptopay.json:") == true })
        #expect(rows.contains { $0["section"]?.text == "Payment errors, Decline codes" })
    }

    @Test("a mistake in a catalog file exits 65 naming file and line, and stores nothing")
    func aBadCatalogFileIsRefusedWithItsLine() throws {
        let directory = try Self.exampleDirectory()
        try directory.write("broken.json", "{\"provider\": \"acme\",\n \"entries\": [\n {\"code\": \"X\", \"retryable\": \"yes\"}]}\n")
        let result = try faultline("ingest", "--db", "new.db", "--catalog", "broken.json", "acme.jsonl", in: directory.url)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains("--> broken.json:3"), "\(result.stderr)")
        #expect(result.stderr.contains("help:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("new.db")))
        let missing = try faultline("classify", "--catalog", "nosuch.json", in: directory.url, stdin: Data("{}".utf8))
        #expect(missing.status == 66 && missing.stderr.contains("cannot read the catalog file nosuch.json"), "\(missing)")
        expectNoCrash(result)
    }
}
