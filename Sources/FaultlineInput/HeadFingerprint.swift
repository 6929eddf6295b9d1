/// A hash of the first bytes of an input's *decompressed* content, and how many bytes it covers.
///
/// Lets a caller recognise a file it has ingested before even if it was renamed,
/// recompressed or rotated, and check that a file which has grown still starts with
/// the same bytes (so resuming at the old end is safe): hash the first `length`
/// bytes of the new file with `HeadFingerprint.of(_:firstBytes:)` and compare.
public struct HeadFingerprint: Hashable, Sendable, CustomStringConvertible {
    /// FNV-1a 64, sixteen lowercase hex digits.
    public let hash: String
    /// Bytes covered: the requested count, or fewer when the input is shorter.
    public let length: Int

    public init(hash: String, length: Int) {
        self.hash = hash
        self.length = length
    }

    public var description: String { "\(hash)/\(length)" }

    /// Hashes exactly the first `firstBytes` decompressed bytes of a file (fewer if it is
    /// shorter: `length` says how many), streaming, so `firstBytes` may be large.
    ///
    /// Opens its own short-lived reader; standard input cannot be read twice, so for it
    /// this throws `InputError.standardInputNotRepeatable` — use
    /// `ByteSource.headFingerprint(maxBytes:)` on the one source instead.
    public static func of(_ path: InputPath, firstBytes: Int64) throws -> HeadFingerprint {
        if path == .standardInput { throw InputError.standardInputNotRepeatable }
        let source = try ByteSource(path)
        defer { source.close() }
        var hasher = FNV1a64()
        var remaining = max(firstBytes, 0)
        var total: Int64 = 0
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { scratch.deallocate() }
        while remaining > 0 {
            let want = Int(min(Int64(scratch.count), remaining))
            let got = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: scratch[0..<want]))
            if got == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: scratch[0..<got]))
            remaining -= Int64(got)
            total += Int64(got)
        }
        return HeadFingerprint(hash: hasher.hex, length: Int(total))
    }
}
