import ArgumentParser
import FaultlineReports
import Foundation

extension OutputFormat: ExpressibleByArgument {}

/// `--format`, `--output` and `--csv-raw`: how a result table is printed, shared by report, query and catalog.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "table (default on a terminal), csv, json or markdown.")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "CSV without formula neutralisation (cells starting with = + - @ tab or CR are left as they are).")
    var csvRaw = false

    /// Renders `table` and writes it where asked.
    func emit(_ table: ResultTable) throws {
        let terminal = Terminal.standardOutput
        let toTerminal = output == nil && terminal.isTerminal
        let chosen = format ?? .table
        let renderer = chosen.renderer(width: toTerminal ? terminal.width : nil, color: toTerminal && terminal.colours, raw: csvRaw)
        var text = renderer.render(table)
        // Bytes, not Characters: "\r\n" (CSV's line end) is one Character and would not match "\n".
        if text.utf8.last != UInt8(ascii: "\n") { text += "\n" }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CLIError(message: "cannot write \(output): \(error.localizedDescription)\n  help: check that the folder exists and is writable", code: UserError.ioError)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
