#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decompressed bytes of one input, whatever it is stored as.
///
/// Gzip is recognised by its magic bytes (1f 8b), never by the file name, because
/// log shippers get names wrong both ways (`x.jsonl` that is compressed, `x.gz`
/// that is not). Plain files are read with one large `read(2)` per call, straight
/// into the caller's buffer, so that a plain dump is read at disk speed.
///
/// Damaged gzip input does not throw: the bytes decoded before the damage are
/// delivered, then `read` returns 0 and `damage` says what happened. Operating
/// system errors (EIO and the like) do throw `InputError.readFailed`.
///
/// Not thread-safe: use one source from one task at a time.
public final class ByteSource {
    /// What was opened.
    public let path: InputPath
    /// Whether the content is gzip (by magic bytes).
    public let isGzip: Bool
    /// The stored (compressed, for gzip) size for progress display; nil for standard input and pipes.
    public let totalCompressedBytes: Int64?

    private let reader: FileDescriptorReader
    private let inflater: GzipInflater?
    /// Decompressed bytes read ahead for `headFingerprint`, handed out before anything else.
    private var pushback: [UInt8] = []
    private var pushbackPosition = 0
    private var fingerprint: HeadFingerprint?
    private var fingerprintedBytes = 0

    /// Decompressed bytes handed out by `read` or passed over by `skip`.
    public private(set) var decompressedBytesRead: Int64 = 0

    /// Stored (compressed, for gzip) bytes consumed so far; compare with `totalCompressedBytes`.
    public var compressedBytesRead: Int64 {
        if let inflater { return inflater.consumed }
        return reader.position
    }

    /// Why the input ended early, or nil. Set once `read` has returned 0 on a damaged stream.
    public var damage: String? { inflater?.damage }

    /// Gzip members decoded to their end (0 for plain input).
    public var gzipMembersCompleted: Int { inflater?.membersCompleted ?? 0 }

    /// Opens a file, or standard input (file descriptor 0, left open on `close`).
    /// - Parameter inputBufferBytes: compressed read size for gzip input (plain input is read
    ///   directly into the caller's buffer, so its read size is the caller's buffer size).
    public convenience init(_ path: InputPath, inputBufferBytes: Int = 1 << 20) throws {
        switch path {
        case .standardInput:
            try self.init(fileDescriptor: 0, path: path, closesDescriptor: false, inputBufferBytes: inputBufferBytes)
        case .file(let name):
            let fd = open(name, O_RDONLY | O_CLOEXEC)
            if fd < 0 {
                let code = errno
                if code == ENOENT { throw InputError.noSuchFile(path: name) }
                throw InputError.unreadable(path: name, reason: InputError.reason(errno: code))
            }
            try self.init(fileDescriptor: fd, path: path, closesDescriptor: true, inputBufferBytes: inputBufferBytes)
        }
    }

    /// Reads from an already open descriptor (a pipe, an inherited descriptor), labelled `path` in messages.
    /// Takes ownership of the descriptor when `closesDescriptor` is true.
    public init(fileDescriptor fd: Int32, path: InputPath, closesDescriptor: Bool, inputBufferBytes: Int = 1 << 20) throws {
        self.path = path
        reader = FileDescriptorReader(fd: fd, name: path.description, closesDescriptor: closesDescriptor)
        if path == .standardInput {
            totalCompressedBytes = nil
        } else {
            totalCompressedBytes = reader.regularFileSize
            #if canImport(Glibc)
            if reader.regularFileSize != nil { _ = posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL) }
            #endif
        }
        let magic = try reader.peek(2)
        isGzip = magic == [0x1f, 0x8b]
        inflater = isGzip ? GzipInflater(reader: reader, inputCapacity: inputBufferBytes) : nil
    }

    /// Releases the descriptor now rather than at deinit (standard input is never closed).
    public func close() {
        reader.close()
    }

    /// Fills `buffer` with decompressed bytes; returns how many, 0 at the end of input
    /// (check `damage` to tell a clean end from a damaged one).
    /// Plain input: one `read(2)`. Gzip: decodes until the buffer is full or the input ends.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        let got: Int
        if pushbackPosition < pushback.count {
            got = min(buffer.count, pushback.count - pushbackPosition)
            pushback.withUnsafeBytes { bytes in
                buffer.baseAddress!.copyMemory(from: bytes.baseAddress! + pushbackPosition, byteCount: got)
            }
            pushbackPosition += got
            if pushbackPosition == pushback.count { pushback = []; pushbackPosition = 0 }
        } else {
            got = try readUnderlying(into: buffer)
        }
        decompressedBytesRead += Int64(got)
        return got
    }

    /// Passes over `count` decompressed bytes: by seeking for plain regular files, by
    /// decompressing (or reading) and discarding otherwise. Returns how many bytes were
    /// passed over: less than `count` only if the input ended first.
    public func skip(_ count: Int64) throws -> Int64 {
        var remaining = max(count, 0)
        if pushbackPosition < pushback.count && remaining > 0 {
            let take = Int(min(Int64(pushback.count - pushbackPosition), remaining))
            pushbackPosition += take
            remaining -= Int64(take)
            decompressedBytesRead += Int64(take)
        }
        if remaining > 0 && inflater == nil && reader.regularFileSize != nil {
            let skipped = try reader.seekForward(remaining)
            remaining -= skipped
            decompressedBytesRead += skipped
            return count - remaining
        }
        if remaining > 0 {
            let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
            defer { scratch.deallocate() }
            while remaining > 0 {
                let want = Int(min(Int64(scratch.count), remaining))
                let got = try readUnderlying(into: UnsafeMutableRawBufferPointer(rebasing: scratch[0..<want]))
                if got == 0 { break }
                remaining -= Int64(got)
                decompressedBytesRead += Int64(got)
            }
        }
        return max(count, 0) - remaining
    }

    /// Hash of the first up-to-`maxBytes` decompressed bytes, computed without losing them:
    /// they are kept and handed out again by `read`. This works for standard input too.
    ///
    /// Must be called before the first `read` or `skip` (it is a programming error otherwise);
    /// later calls with the same `maxBytes` return the remembered value.
    public func headFingerprint(maxBytes: Int = 65536) throws -> HeadFingerprint {
        if let fingerprint, fingerprintedBytes == maxBytes { return fingerprint }
        precondition(decompressedBytesRead == 0 && fingerprint == nil,
                     "headFingerprint must be taken before reading from the source")
        var head = [UInt8](repeating: 0, count: max(maxBytes, 0))
        var filled = 0
        while filled < head.count {
            let got = try head.withUnsafeMutableBytes { bytes in
                try readUnderlying(into: UnsafeMutableRawBufferPointer(rebasing: bytes[filled...]))
            }
            if got == 0 { break }
            filled += got
        }
        head.removeSubrange(filled...)
        var hasher = FNV1a64()
        head.withUnsafeBytes { hasher.update($0) }
        pushback = head
        pushbackPosition = 0
        let result = HeadFingerprint(hash: hasher.hex, length: filled)
        fingerprint = result
        fingerprintedBytes = maxBytes
        return result
    }

    private func readUnderlying(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let inflater { return try inflater.inflate(into: buffer) }
        return try reader.read(into: buffer)
    }
}
