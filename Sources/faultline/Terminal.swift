import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What the output streams are attached to: a terminal (and how wide), and whether colour is wanted.
struct Terminal {
    let isTerminal: Bool
    let width: Int?

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    var colours: Bool { isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true }

    static var standardOutput: Terminal { Terminal(fd: STDOUT_FILENO) }
    static var standardError: Terminal { Terminal(fd: STDERR_FILENO) }

    init(fd: Int32) {
        isTerminal = isatty(fd) == 1
        var size = winsize()
        if isTerminal, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            width = Int(size.ws_col)
        } else if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            width = columns
        } else {
            width = nil
        }
    }
}
