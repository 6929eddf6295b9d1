import ArgumentParser
import FaultlineReports
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Answer a question from the store: top-errors, retryability, requests, request ID, summary, nightly, and more.",
        discussion: """
            `faultline report --list` names every report and what it answers. Each is a SQL file in \
            queries/ (also compiled into the binary), runnable by hand with sqlite3. `nightly` composes \
            several of them into one picture of the night: a page with charts (--format html), a digest \
            (--format markdown) or tables (--format table); it takes --since, --until, --provider, \
            --limit and --baseline.

            Examples:
              faultline report top-errors --since 24h
              faultline report retryability --format csv --output retry.csv
              faultline report request req_8KfQ2mXz41
              faultline report timeline --bucket day --format csv
              faultline report changes --fail-on new,spike    # exit status 3 when something is new or spiking
              faultline report top-errors --by message
              faultline report nightly --format html --output night.html
            """
    )

    @Flag(help: "List the reports with one line on what each answers.")
    var list = false

    @OptionGroup var store: StoreOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("top-errors: one row per code (the default) or per code and message fingerprint (same as the top-messages report).", valueName: "code|message"))
    var by: String?

    @Option(help: ArgumentHelp("Exit with status 3 when a row's status is one of these (comma-separated: new, spike, gone, steady); for reports with a status column, such as changes.", valueName: "statuses"))
    var failOn: String?

    @Argument(help: ArgumentHelp("The report to run (see --list); `request` takes a request id after it.", valueName: "name"))
    var name: String?

    @Argument(help: ArgumentHelp("The request id, for `report request`.", valueName: "request-id"))
    var requestID: String?

    func validate() throws {
        if !list, name == nil { throw ValidationError("name a report to run, e.g. `faultline report top-errors`; `faultline report --list` shows them all") }
        if let by {
            guard ["code", "message"].contains(by) else { throw ValidationError("--by takes code or message, not '\(by)'") }
            guard name == "top-errors" else { throw ValidationError("--by is for the top-errors report") }
        }
        if name == "nightly", failOn != nil {
            throw ValidationError("--fail-on is for reports with a status column, such as changes; nightly is a page of several")
        }
        if let failOn {
            let unknown = Self.statuses(failOn).filter { !Self.rowStatuses.contains($0) }
            guard unknown.isEmpty else {
                throw ValidationError("--fail-on takes statuses from \(Self.rowStatuses.joined(separator: ", ")), not '\(unknown.joined(separator: ", "))'")
            }
        }
    }

    /// The values of the changes report's status column.
    static let rowStatuses = ["new", "spike", "gone", "steady"]

    static func statuses(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    /// The built-in report to run: `top-errors --by message` is the top-messages report.
    var reportName: String? {
        by == "message" ? "top-messages" : name
    }

    /// The nightly report in the chosen format; it is several tables, so CSV and JSON are refused.
    func nightly(_ runner: ReportRunner) throws -> String {
        let format = output.format ?? .table
        if format == .csv || format == .json {
            throw CLIError(
                message: "the nightly report is several tables and charts, so it has no \(format.rawValue) form\n  help: use --format html, markdown or table, or run its reports (summary, top-errors, retryability, retries, changes, endpoints, timeline) one by one as \(format.rawValue)",
                code: UserError.usage)
        }
        let night = try Night.compose(runner: runner, parameters: filters.parameters())
        switch format {
        case .html: return NightlyPage.html(night)
        case .markdown: return NightlyDigest(markdown: true).render(night)
        default:
            let terminal = Terminal.standardOutput
            return NightlyDigest(markdown: false, width: output.output == nil && terminal.isTerminal ? terminal.width : nil).render(night)
        }
    }

    func run() throws {
        do {
            if list {
                try output.emit(ReportCatalog.builtIn.list)
                return
            }
            guard let name = reportName else { return }
            let runner = try ReportRunner.open(storePath: store.resolvedPath)
            if name == "nightly" {
                try output.write(try nightly(runner), store: store.resolvedPath)
                return
            }
            let table = try runner.run(report: name, parameters: filters.parameters(requestID: requestID))
            if failOn != nil, table.columns.firstIndex(where: { $0.name == "status" }) == nil {
                throw CLIError(message: "--fail-on needs a report with a status column, such as changes; \(name) has none", code: UserError.usage)
            }
            let answers = try? ReportCatalog.builtIn.report(named: name).answers
            try output.emit(table, limitGiven: filters.limit != nil, store: store.resolvedPath,
                            title: ("faultline report \(name)", answers))
            if let failOn, let column = table.columns.firstIndex(where: { $0.name == "status" }) {
                let alerting = Set(Self.statuses(failOn))
                let hits = table.rows.filter { alerting.contains($0[column].stringValue ?? "") }.count
                if hits > 0 {
                    UserError.printNote("\(hits) row\(hits == 1 ? "" : "s") with status \(alerting.sorted().joined(separator: " or ")) (--fail-on)")
                    throw ExitCode(UserError.alert)
                }
            }
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch {
            throw UserError.report(error)
        }
    }
}
