/// Where one line sits in a `LineChunk`, and where it came from in the input.
///
/// Plain values instead of per-line `Data`/`String` so that splitting allocates
/// nothing per line; the parser reads the bytes in place.
public struct LineDescriptor: Hashable, Sendable {
    /// Index of the line's first byte in the chunk's buffer.
    public var start: Int
    /// Bytes of the line held in the buffer, without the LF or the CR of a CRLF.
    /// For an overlong line this is only the excerpt (at most `excerptBytes`).
    public var length: Int
    /// 1-based line number in the decompressed input.
    public var number: Int
    /// Decompressed byte offset of the line's first byte in the input (a BOM counts).
    public var offset: Int64
    /// The line's real length without line terminator: equals `length` unless overlong.
    public var fullLength: Int64
    /// The line was longer than `maxLineBytes`: only its first bytes were kept, for a rejects ledger.
    public var isOverlong: Bool
    /// The line ends where the input ends, without a newline.
    public var lacksNewline: Bool
    /// The line was cut short by damaged input (a truncated or corrupt gzip stream): its end is lost.
    public var isCutByDamage: Bool

    public init(start: Int, length: Int, number: Int, offset: Int64, fullLength: Int64,
                isOverlong: Bool = false, lacksNewline: Bool = false, isCutByDamage: Bool = false) {
        self.start = start
        self.length = length
        self.number = number
        self.offset = offset
        self.fullLength = fullLength
        self.isOverlong = isOverlong
        self.lacksNewline = lacksNewline
        self.isCutByDamage = isCutByDamage
    }
}
