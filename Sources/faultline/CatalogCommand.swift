import ArgumentParser
import FaultlineClassifier
import FaultlineReports
import FaultlineStore

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List every error code faultline knows, with its category, retryability and fix.",
        discussion: """
            Example:
              faultline catalog --provider cashier --format csv --output cashier-codes.csv
            """
    )

    @Option(help: "Only this provider (flint, stablegenius, cashier, flexiti, synaptopay).")
    var provider: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let provider, Provider(hint: provider) == nil {
            throw ValidationError("unknown provider '\(provider)': use one of \(Provider.known.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let wanted = provider.flatMap(Provider.init(hint:))
        let entries = ProviderCatalog.all.filter { wanted == nil || $0.provider == wanted }
        let columns: [ReportColumn] = [
            .init("provider", .text), .init("kind", .text), .init("code", .text), .init("http_status", .integer),
            .init("category", .text), .init("retryable", .boolean), .init("basis", .text), .init("description", .text),
            .init("fix", .text),
        ]
        let rows: [[SQLValue]] = entries.map { entry in
            [
                .text(entry.provider.rawValue), .text(entry.kind.rawValue),
                .text(entry.messageContains.map { "\(entry.code) (message: \($0))" } ?? entry.code),
                entry.httpStatus.map { .integer(Int64($0)) } ?? .null, .text(entry.category),
                entry.retryable.map { .integer($0 ? 1 : 0) } ?? .null, .text(entry.basis.rawValue),
                .text(entry.description), .text(entry.fix),
            ]
        }
        do {
            try output.emit(ResultTable(columns: columns, rows: rows), title: ("faultline catalog", "The error codes faultline knows, with retryability and guidance."))
        } catch {
            throw UserError.report(error)
        }
    }
}
