import ArgumentParser
import FaultlineIngest
import FaultlineInput
import FaultlineReports
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read JSON-lines request logs (files, folders, globs, stdin; gzip or plain) into the store.",
        discussion: """
            Every line ends as exactly one of: stored error, counted success, rejected (kept in the rejects \
            ledger with the reason), or blank. Files already ingested add nothing; a file that has grown adds \
            its new lines; an interrupted run is finished by the next one.

            Examples:
              faultline ingest /var/log/api/2026-11-22/*.jsonl.gz
              faultline ingest --db nightly.db --field status=resp.code --field body=resp.payload logs/
              zcat dump.gz | faultline ingest -
              faultline ingest --catalog acme.json logs/
            """
    )

    @OptionGroup var store: StoreOption

    @OptionGroup var catalogs: CatalogOptions

    @Option(name: .customLong("field"), help: ArgumentHelp("Where a field is: NAME=dotted.path (repeatable). Names: \(LogField.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "name=path"))
    var fields: [String] = []

    @Option(help: ArgumentHelp("A file of NAME=dotted.path lines, one per field.", valueName: "file"))
    var config: String?

    @Option(help: "Reject lines longer than this many bytes.")
    var maxLineBytes: Int = 8 << 20

    @Option(help: ArgumentHelp("Exit with status 65 when more lines than this are rejected: a count (100) or a share (1%).", valueName: "n|n%"))
    var maxRejects: String?

    @Flag(help: "Store card numbers, API keys and bearer tokens as they are (they are redacted by default).")
    var noRedact = false

    @Option(help: "Seconds to wait for another ingest into the same store before giving up.")
    var wait: Int = 30

    @Flag(name: .shortAndLong, help: "No progress line.")
    var quiet = false

    @Flag(help: "Print the summary as one JSON object on stdout.")
    var json = false

    @Argument(help: ArgumentHelp("Log files, folders, globs, or - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if maxLineBytes < 1024 { throw ValidationError("--max-line-bytes must be at least 1024") }
        if let maxRejects, RejectLimit(maxRejects) == nil {
            throw ValidationError("--max-rejects takes a count (100) or a percentage (1%), not '\(maxRejects)'")
        }
        if wait < 0 { throw ValidationError("--wait takes a number of seconds (0 or more)") }
    }

    func run() throws {
        do {
            var fieldMap = FieldMap.automatic
            if let config { fieldMap = try fieldMap.overriding(withConfigFile: config) }
            fieldMap = try fieldMap.overriding(with: fields)
            let expansion = try InputPaths.resolve(paths)
            let inputs = expansion.inputs
            var options = IngestOptions(
                storePath: store.resolvedPath, fields: fieldMap, maxLineBytes: maxLineBytes,
                redactor: Redactor(enabled: !noRedact), maxRejects: maxRejects.flatMap(RejectLimit.init),
                lockTimeout: .seconds(wait))
            options.catalog = try catalogs.index(store: store.resolvedPath)
            let progressLine = ProgressLine(enabled: !quiet && Terminal.standardError.isTerminal)
            var summary: IngestSummary
            do {
                summary = try Ingester(options: options, progress: progressLine.update).run(inputs)
                summary.notRegular = expansion.notRegular.map { .init(path: $0.path, reason: "\($0.kind), not a log file") }
            } catch let error as IngestError {
                progressLine.finish()
                throw error
            }
            progressLine.finish()
            if json {
                try StandardStreams.writeOutput(IngestSummaryText.json(summary, store: store.resolvedPath) + "\n")
            } else {
                StandardStreams.writeError(TerminalText.lines(IngestSummaryText.human(summary, store: store.resolvedPath)))
            }
            for damaged in summary.damaged {
                UserError.printError("\(damaged.path) is damaged: \(damaged.reason)\n  the lines before the damage are stored; re-copy the file and ingest it again to read the rest")
            }
            // Not every line could be read: a nightly job must notice.
            if !summary.damaged.isEmpty { throw ExitCode(UserError.dataError) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw UserError.report(error)
        }
    }
}
