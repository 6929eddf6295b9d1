import ArgumentParser
import FaultlineClassifier
import FaultlineReports
import FaultlineStore

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List every error code faultline knows, with its category, retryability and fix, and where each entry came from.",
        discussion: """
            The built-in entries come from catalogs/<provider>.json (compiled in); a user's files (--catalog, or a \
            catalogs folder beside the store) add providers or override entries, and the source column names the \
            file and line of each entry. basis says what decided retryability: catalog when the document states \
            it for the code (basis_note quotes it), otherwise the rule it was inferred by.

            Examples:
              faultline catalog --provider cashier --format csv --output cashier-codes.csv
              faultline catalog --catalog acme.json --provider acme
            """
    )

    @Option(help: "Only this provider (flint, stablegenius, cashier, flexiti, synaptopay, or one a catalog file adds; any case).")
    var provider: String?

    @OptionGroup var catalogs: CatalogOptions

    @OptionGroup var store: StoreOption

    @OptionGroup var output: OutputOptions

    func run() throws {
        let catalog: CatalogIndex
        do {
            catalog = try catalogs.index(store: store.resolvedPath)
        } catch {
            throw UserError.report(error)
        }
        var wanted: Provider?
        if let provider {
            guard let named = catalog.provider(hint: provider) else {
                throw UserError.report(CLIError(message: unknownProvider(provider, catalog), code: UserError.usage))
            }
            wanted = named
        }
        let entries = catalog.entries.filter { wanted == nil || $0.provider == wanted }
        let columns: [ReportColumn] = [
            .init("provider", .text), .init("kind", .text), .init("code", .text), .init("http_status", .integer),
            .init("category", .text), .init("retryable", .boolean), .init("basis", .text), .init("basis_note", .text),
            .init("description", .text), .init("fix", .text), .init("section", .text), .init("source", .text),
        ]
        let rows: [[SQLValue]] = entries.map { entry in
            [
                .text(entry.provider.rawValue), .text(entry.kind.rawValue),
                .text(entry.messageContains.map { "\(entry.code) (message: \($0))" } ?? entry.code),
                entry.httpStatus.map { .integer(Int64($0)) } ?? .null, .text(entry.category),
                entry.retryable.map { .integer($0 ? 1 : 0) } ?? .null, .text(entry.basis.rawValue), .text(entry.basisNote),
                .text(entry.description), .text(entry.fix), entry.section.map { .text($0) } ?? .null, .text(entry.source),
            ]
        }
        do {
            try output.emit(ResultTable(columns: columns, rows: rows), title: ("faultline catalog", "The error codes faultline knows, with retryability and guidance."))
        } catch {
            throw UserError.report(error)
        }
    }
}
