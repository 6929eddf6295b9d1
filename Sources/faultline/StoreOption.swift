import ArgumentParser
import Foundation

/// `--db`, shared by every command that opens the store.
struct StoreOption: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The store file (default: $FAULTLINE_DB, else ./faultline.db).", valueName: "file"))
    var path: String?

    var resolvedPath: String {
        if let path { return path }
        if let fromEnvironment = ProcessInfo.processInfo.environment["FAULTLINE_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "faultline.db"
    }
}
