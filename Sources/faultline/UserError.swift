import ArgumentParser
import FaultlineClassifier
import FaultlineIngest
import FaultlineInput
import FaultlineReports
import FaultlineStore
import Foundation

/// Prints a user-facing error (what went wrong, why, what to do) on stderr and picks the documented exit status.
enum UserError {
    static let failure: Int32 = 1
    /// `report --fail-on`: the report ran, and found rows to alert on.
    static let alert: Int32 = 3
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let ioError: Int32 = 74
    static let busy: Int32 = 75
    /// The store was written by a newer faultline: nothing this one does with it could be trusted.
    static let newerStore: Int32 = 76

    /// Reports `error` and returns the exit code to throw.
    static func report(_ error: Error) -> ExitCode {
        let (text, code) = describe(error)
        printError(text)
        return ExitCode(code)
    }

    static func printError(_ text: String) {
        let terminal = Terminal.standardError
        let label = terminal.colours ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        StandardStreams.writeError("\(label) \(TerminalText.lines(text))\n")
    }

    /// A line on stderr that is not an error (e.g. why the exit status is not 0).
    static func printNote(_ text: String) {
        StandardStreams.writeError("faultline: \(TerminalText.lines(text))\n")
    }

    static func describe(_ error: Error) -> (String, Int32) {
        switch error {
        case let error as InputError:
            switch error {
            case .noSuchFile, .noMatches, .noLogFilesInFolder: return (error.description, noInput)
            default: return (error.description, ioError)
            }
        case let error as StoreError:
            switch error.reason {
            case .noStore: return (error.description, noInput)
            case .newerStore: return (error.description, newerStore)
            case .writerBusy, .locked: return (error.description, busy)
            case .invalidSQL, .readOnly: return (error.description, usage)
            case .diskFull, .io, .cannotOpen, .notAStore, .damaged: return (error.description, ioError)
            default: return (error.description, failure)
            }
        case let error as ReportError:
            switch error.reason {
            case .emptyStore, .unreadableFile: return (error.description, noInput)
            default: return (error.description, usage)
            }
        case let error as IngestError:
            return (error.description, dataError)
        case let error as FieldMapError:
            return (error.description, usage)
        case let error as CLIError:
            return (error.message, error.code)
        case let error as CatalogError:
            return (error.description, dataError)
        default:
            return ("\(error)", failure)
        }
    }
}

/// A problem found by the CLI itself (bad input file for `classify`, unknown report, ...).
struct CLIError: Error {
    let message: String
    let code: Int32
}
