/// One input the tool will read: a file on disk or standard input.
///
/// Kept as a tiny enum rather than a bare `String` so that "-" (standard input)
/// can never be mistaken for a file called "-", and so that callers must decide
/// explicitly what to do with inputs that cannot be reopened (standard input
/// can be read only once, so it cannot be fingerprinted twice or resumed by seeking).
public enum InputPath: Hashable, Sendable, CustomStringConvertible {
    /// A path as the user (or a folder / glob expansion) spelled it.
    case file(String)
    /// The process's standard input, named "-" on the command line.
    case standardInput

    /// The path for files, "standard input" otherwise: what messages should show.
    public var description: String {
        switch self {
        case .file(let path): return path
        case .standardInput: return "standard input"
        }
    }

    /// The file's path, or nil for standard input.
    public var filePath: String? {
        if case .file(let path) = self { return path }
        return nil
    }
}
