#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash of some bytes of a plain file, read with `pread`: what a later run compares to tell a file that only
/// grew (those bytes unchanged) from one rewritten in place.
public enum FileRangeHash {
    /// How many bytes before an offset are hashed: a few lines, enough that a rewrite shows.
    public static let span: Int64 = 4096

    /// FNV-1a of the file's bytes from `end - span` (or 0) up to `end`, or nil when they cannot all be read.
    public static func hash(path: String, endingAt end: Int64) -> String? {
        let start = max(0, end - span)
        let count = Int(end - start)
        guard count > 0 else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(start)) }
        guard got == count else { return nil }
        var hasher = FNV1a64()
        bytes.withUnsafeBytes { hasher.update($0) }
        return hasher.hex
    }
}
