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

    /// Fingerprints of the first `lengths` bytes of a file, all in one pass over at most its first
    /// `lengths.max()` bytes: "does this file start like one of these shorter files seen before?".
    /// Lengths the file is too short for are left out.
    public static func prefixes(of path: InputPath, lengths: [Int]) throws -> [Int: HeadFingerprint] {
        if path == .standardInput { throw InputError.standardInputNotRepeatable }
        let wanted = Set(lengths.filter { $0 > 0 })
        guard let longest = wanted.max() else { return [:] }
        let source = try ByteSource(path)
        defer { source.close() }
        var head = [UInt8](repeating: 0, count: longest)
        var filled = 0
        while filled < longest {
            let got = try head.withUnsafeMutableBytes { try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if got == 0 { break }
            filled += got
        }
        var result: [Int: HeadFingerprint] = [:]
        var hasher = FNV1a64()
        var hashed = 0
        for length in wanted.sorted() where length <= filled {
            head.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[hashed..<length])) }
            hashed = length
            result[length] = HeadFingerprint(hash: hasher.hex, length: length)
        }
        return result
    }
}
