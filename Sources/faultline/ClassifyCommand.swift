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

    @Option(help: "The provider the response came from, if known (flint, stablegenius, cashier, flexiti, synaptopay).")
    var provider: String?

    @Option(help: "json (default) or table.")
    var format: ClassifyFormat = .json

    @Argument(help: "A file holding the body, or - for standard input (the default).")
    var file: String = "-"

    func validate() throws {
        if let status, !(100...999).contains(status) {
            throw ValidationError("--status takes an HTTP status from 100 to 999, not \(status)")
        }
        if let provider, Provider(hint: provider) == nil {
            throw ValidationError("unknown provider '\(provider)': use one of \(Provider.known.map(\.rawValue).joined(separator: ", "))")
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
        let hint = provider.flatMap(Provider.init(hint:))
        let result = body.withUnsafeBytes { Classifier().classify(bytes: $0, status: status, hint: hint) }
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
