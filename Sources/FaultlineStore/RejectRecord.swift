/// A line the parser could not read, kept with a short excerpt so people can see why (one `rejects` row).
public struct RejectRecord: Sendable, Hashable {
    /// 1-based line number in the decompressed input.
    public var line: Int
    public var byteOffset: Int64
    public var reason: String
    /// The start of the line, already truncated and redacted by the caller.
    public var excerpt: String

    public init(line: Int, byteOffset: Int64, reason: String, excerpt: String) {
        self.line = line
        self.byteOffset = byteOffset
        self.reason = reason
        self.excerpt = excerpt
    }
}
