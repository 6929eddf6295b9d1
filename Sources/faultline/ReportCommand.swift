import ArgumentParser
import FaultlineReports

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Answer a question from the store: top-errors, retryability, requests, request ID, summary, and more.",
        discussion: """
            `faultline report --list` names every report and what it answers. Each is a SQL file in \
            queries/ (also compiled into the binary), runnable by hand with sqlite3.

            Examples:
              faultline report top-errors --since 24h
              faultline report retryability --format csv --output retry.csv
              faultline report request req_8KfQ2mXz41
              faultline report timeline --bucket day --format csv
            """
    )

    @Flag(help: "List the reports with one line on what each answers.")
    var list = false

    @OptionGroup var store: StoreOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The report to run (see --list); `request` takes a request id after it.", valueName: "name"))
    var name: String?

    @Argument(help: ArgumentHelp("The request id, for `report request`.", valueName: "request-id"))
    var requestID: String?

    func validate() throws {
        if !list, name == nil { throw ValidationError("name a report to run, e.g. `faultline report top-errors`; `faultline report --list` shows them all") }
    }

    func run() throws {
        do {
            if list {
                try output.emit(ReportCatalog.builtIn.list)
                return
            }
            guard let name else { return }
            let runner = try ReportRunner.open(storePath: store.resolvedPath)
            let table = try runner.run(report: name, parameters: filters.parameters(requestID: requestID))
            try output.emit(table, limitGiven: filters.limit != nil, store: store.resolvedPath)
        } catch let error as ValidationError {
            throw error
        } catch {
            throw UserError.report(error)
        }
    }
}
