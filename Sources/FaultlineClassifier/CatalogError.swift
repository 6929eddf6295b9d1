/// A catalog file that cannot be used: what is wrong, where (file and line), and what to do.
///
/// ```
/// "retryable" must be true, false or null, not "yes"
///   --> catalogs/acme.json:14
///   = help: write true or false without quotes; null only with "basis": "undetermined"
/// ```
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as it was named (`catalogs/acme.json`, `./my-codes.json`).
    public let file: String
    /// 1-based line of the member or value at fault.
    public let line: Int
    public let message: String
    public let help: String

    public init(file: String, line: Int, message: String, help: String) {
        self.file = file
        self.line = line
        self.message = message
        self.help = help
    }

    public var description: String {
        "\(message)\n  --> \(file):\(line)\n  = help: \(help)"
    }
}
