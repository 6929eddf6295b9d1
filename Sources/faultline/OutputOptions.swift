import ArgumentParser
import FaultlineReports
import Foundation

extension OutputFormat: ExpressibleByArgument {}

/// `--format`, `--output` and `--csv-raw`: how a result table is printed, shared by report, query and catalog.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "table (the default), csv, json, markdown or html (one self-contained page).")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "CSV without formula neutralisation (cells starting with = + - @ tab or CR are left as they are).")
    var csvRaw = false

    static func isStoreFile(_ output: String, store: String) -> Bool {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        let base = URL(fileURLWithPath: store).standardizedFileURL.resolvingSymlinksInPath().path
        return [base, base + "-wal", base + "-shm", base + "-journal", base + ".ingest-lock"].contains(target)
    }

    /// Rows a table shows on a terminal when no --limit was given: enough to answer, not a flood.
    static let terminalRowCap = 100

    /// Renders `table` and writes it where asked. A table printed to a terminal without `--limit` stops at
    /// `terminalRowCap` rows and says so on stderr; files, pipes and the other formats get every row.
    /// - Parameter title: an HTML page's heading and the sentence under it.
    func emit(_ table: ResultTable, limitGiven: Bool = true, store: String? = nil,
              title: (heading: String, subtitle: String?)? = nil) throws {
        try refuseStore(store)
        let terminal = Terminal.standardOutput
        let toTerminal = output == nil && terminal.isTerminal
        let chosen = format ?? .table
        var shown = table
        if chosen == .table, toTerminal, !limitGiven, table.rows.count > Self.terminalRowCap {
            shown = ResultTable(columns: table.columns, rows: Array(table.rows.prefix(Self.terminalRowCap)))
            StandardStreams.writeError("(showing \(Self.terminalRowCap) of \(table.rows.count) rows: add --limit N, or --format csv --output FILE for all)\n")
        }
        let renderer = chosen.renderer(width: toTerminal ? terminal.width : nil, color: toTerminal && terminal.colours, raw: csvRaw, title: title)
        try write(renderer.render(shown))
    }

    /// Writes already rendered output where asked (`--output FILE`, else standard output), ending it with a
    /// line end.
    func write(_ rendered: String, store: String? = nil) throws {
        try refuseStore(store)
        var text = rendered
        // Bytes, not Characters: "\r\n" (CSV's line end) is one Character and would not match "\n".
        if text.utf8.last != UInt8(ascii: "\n") { text += "\n" }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CLIError(message: "cannot write \(output): \(error.localizedDescription)\n  help: check that the folder exists and is writable", code: UserError.ioError)
            }
        } else {
            try StandardStreams.writeOutput(text)
        }
    }

    private func refuseStore(_ store: String?) throws {
        if let output, let store, Self.isStoreFile(output, store: store) {
            throw CLIError(
                message: "refusing to write the report over the store: --output \(output) is \(store) (or one of its -wal/-shm files)\n  help: choose another file name for the report",
                code: UserError.usage)
        }
    }
}
