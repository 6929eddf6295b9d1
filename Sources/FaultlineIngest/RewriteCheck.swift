#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FaultlineInput
import FaultlineStore

/// Tells a file that has grown (resume where reading stopped) from one rewritten in place since it was read.
///
/// Both keep their first 64 KiB, so the fingerprint cannot tell them apart. Resuming a rewritten file at the old
/// offset would lose every line before that offset, or start mid-line: a file that copytruncate-style rotation or
/// an editor made shorter and that then grew again lost all the lines written before it reached its old length.
/// Three checks catch it without storing the file's content:
/// - the file under the path it was read from is now shorter than what was read from it (a plain file does not
///   shrink by being appended to); a shorter copy under another name is still a truncated copy, adding nothing;
/// - the 4 KiB before where the last run finished hash as they did then (`FileRangeHash`, migration 020_source_tail);
/// - reading had stopped at the end of a line, so the byte before the resume offset must still be a newline
///   (for sources read before their tail was noted).
/// Only plain files can be checked: a gzip file's decompressed length is unknown until it is read.
enum RewriteCheck {
    /// Why `input` is not `earlier` grown, or nil when resuming at `earlier.bytesDone` is sound.
    static func reason(earlier: SourceRecord, input: InputPath, source: ByteSource) -> String? {
        guard !source.isGzip, !earlier.compressed, let path = input.filePath, let size = source.totalCompressedBytes,
            earlier.bytesDone > 0
        else { return nil }
        if size < earlier.bytesDone {
            guard earlier.path == path else { return nil }
            return "it holds \(size) bytes, fewer than the \(earlier.bytesDone) read from it before"
        }
        if let tailOffset = earlier.tailOffset, let tailHash = earlier.tailHash, tailOffset <= size,
            let now = FileRangeHash.hash(path: path, endingAt: tailOffset), now != tailHash
        {
            return "its bytes before byte \(tailOffset) are not the ones read from it before"
        }
        // Where the next line should start: after the last whole line read, or at the start of an unfinished one.
        let lineStart = earlier.openLineOffset ?? earlier.bytesDone
        guard lineStart > 0, lineStart <= size else { return nil }
        guard let byte = byte(at: lineStart - 1, of: path), byte != UInt8(ascii: "\n") else { return nil }
        return "byte \(lineStart) no longer starts a line, as it did when the file was read before"
    }

    private static func byte(at offset: Int64, of path: String) -> UInt8? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var value: UInt8 = 0
        return pread(fd, &value, 1, off_t(offset)) == 1 ? value : nil
    }
}
