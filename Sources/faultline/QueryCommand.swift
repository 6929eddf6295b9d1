import ArgumentParser
import FaultlineReports

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a SQL file of your own against the store, read-only, with the reports' parameters and formats.",
        discussion: """
            The file may use :since, :until, :provider, :code, :endpoint, :limit, :request_id, :bucket, \
            :baseline_days (or :baseline_since and :baseline_until, from --baseline), :spike_ratio, :min_count \
            and :all; they are bound, never pasted into the SQL. A header like the ones in queries/ declares column types \
            (`-- columns: count integer, share real`); without one, types come from the values.

            Example:
              faultline query my-report.sql --since 7d --format csv
            """
    )

    @OptionGroup var store: StoreOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Bound to :request_id.", valueName: "id"))
    var requestID: String?

    @Option(help: ArgumentHelp("Stop the query after this many seconds (exit status 124). Ctrl-C stops it too (130).", valueName: "seconds"))
    var timeout: Double?

    @Argument(help: ArgumentHelp("The SQL file to run, or - to read it from standard input.", valueName: "file.sql"))
    var file: String

    func validate() throws {
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout takes a number of seconds greater than 0") }
    }

    func run() throws {
        var stop: QueryStop?
        do {
            let runner = try ReportRunner.open(storePath: store.resolvedPath)
            stop = QueryStop(store: runner.store, timeout: timeout)
            try output.emit(try runner.run(sqlFile: file, parameters: filters.parameters(requestID: requestID)), limitGiven: filters.limit != nil, store: store.resolvedPath,
                            title: ("faultline query \(file)", nil))
        } catch let error as ValidationError {
            throw error
        } catch {
            throw UserError.report(stop?.explain(error) ?? error)
        }
    }
}
