import ArgumentParser
import FaultlineClassifier
import Foundation

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify one response body: provider, code, retryability and what to do.",
        discussion: """
            Prints one JSON object with the keys provider, format, code, category, retryable, retry_basis, \
            http_status, request_id, message, param, decline_code, known, guidance. A body that is not an \
            error (a 2xx without a provider error object) prints null.

            Example:
              echo '{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"slow down"}}' | faultline classify --status 429
            """
    )

    @Option(help: "The HTTP status of the response.")
    var status: Int?

    @Option(help: "The provider the response came from, if known (flint, stablegenius, cashier, flexiti, synaptopay, or one a --catalog file adds; any case).")
    var provider: String?

    @OptionGroup var catalogs: CatalogOptions

    @Option(help: "json (default) or table.")
    var format: ClassifyFormat = .json

    @Argument(help: "A file holding the body, or - for standard input (the default).")
    var file: String = "-"

    func validate() throws {
        if let status, !(100...999).contains(status) {
            throw ValidationError("--status takes an HTTP status from 100 to 999, not \(status)")
        }
    }

    func run() throws {
        let body: Data
        if file == "-" {
            body = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw UserError.report(CLIError(
                    message: "cannot read \(file): no such file or not readable\n  help: give a file holding the body, or - to read standard input",
                    code: UserError.noInput))
            }
            body = data
        }
        let catalog: CatalogIndex
        do {
            catalog = try catalogs.index(store: nil)
        } catch {
            throw UserError.report(error)
        }
        var hint: Provider?
        if let provider {
            guard let named = catalog.provider(hint: provider) else {
                throw UserError.report(CLIError(message: unknownProvider(provider, catalog), code: UserError.usage))
            }
            hint = named
        }
        let result = body.withUnsafeBytes { Classifier(catalog: catalog).classify(bytes: $0, status: status, hint: hint) }
        var text = ""
        switch format {
        case .json:
            text = (result?.jsonText ?? "null") + "\n"
        case .table:
            guard let result else {
                text = "not an error (status \(status.map(String.init) ?? "unknown"), no provider error object in the body)\n"
                break
            }
            let width = Classification.jsonKeys.map(\.count).max() ?? 0
            for (key, value) in result.jsonMembers {
                let shown = value.text == "null" ? "" : value.text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                let line = key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + shown
                text += line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
            }
        }
        do {
            try StandardStreams.writeOutput(text)
        } catch {
            throw UserError.report(error)
        }
    }
}

enum ClassifyFormat: String, ExpressibleByArgument, CaseIterable {
    case json, table
}

/// "unknown provider 'acmee'": the names that would do, the user's own providers among them.
func unknownProvider(_ name: String, _ catalog: CatalogIndex) -> String {
    let names = (Provider.known + catalog.addedProviders).map(\.rawValue).joined(separator: ", ")
    return "unknown provider '\(name)'\n  help: use one of \(names) (in any case), or add it with --catalog FILE"
}
