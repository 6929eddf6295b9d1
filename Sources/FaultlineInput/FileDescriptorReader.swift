#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw bytes from a file descriptor, with a few bytes of look-ahead.
///
/// Gzip is recognised by its magic bytes, so the first bytes must be looked at
/// before anyone reads; on a pipe they cannot be put back, so they are kept here
/// and handed out again by the next `read`. Everything else is a thin layer over
/// `read(2)` that retries on EINTR / EAGAIN and turns failures into `InputError`.
final class FileDescriptorReader {
    let fd: Int32
    let name: String
    private let closesDescriptor: Bool
    private var closed = false
    /// Bytes peeked but not yet handed out.
    private var lookahead: [UInt8] = []
    private var lookaheadPosition = 0
    /// Raw bytes handed out or skipped so far: the position in the file relative to where reading began.
    private(set) var position: Int64 = 0
    /// Set once `read(2)` has returned 0.
    private(set) var reachedEnd = false

    /// The size of a regular file, nil for pipes, terminals, sockets.
    let regularFileSize: Int64?

    init(fd: Int32, name: String, closesDescriptor: Bool) {
        self.fd = fd
        self.name = name
        self.closesDescriptor = closesDescriptor
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            regularFileSize = Int64(info.st_size)
        } else {
            regularFileSize = nil
        }
    }

    deinit { close() }

    func close() {
        if !closed && closesDescriptor { _ = systemClose(fd) }
        closed = true
    }

    /// Returns up to `count` leading bytes without consuming them (fewer only at end of input).
    func peek(_ count: Int) throws -> [UInt8] {
        precondition(position == 0 && lookaheadPosition == 0, "peek only before reading")
        var scratch = [UInt8](repeating: 0, count: count)
        while lookahead.count < count {
            let got = try scratch.withUnsafeMutableBytes { buffer in
                try rawRead(UnsafeMutableRawBufferPointer(rebasing: buffer[0..<(count - lookahead.count)]))
            }
            if got == 0 { break }
            lookahead.append(contentsOf: scratch[0..<got])
        }
        return lookahead
    }

    /// One `read(2)` (look-ahead bytes first); 0 means end of input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        if lookaheadPosition < lookahead.count {
            let count = min(buffer.count, lookahead.count - lookaheadPosition)
            lookahead.withUnsafeBytes { bytes in
                buffer.baseAddress!.copyMemory(from: bytes.baseAddress! + lookaheadPosition, byteCount: count)
            }
            lookaheadPosition += count
            position += Int64(count)
            return count
        }
        let got = try rawRead(buffer)
        position += Int64(got)
        return got
    }

    /// Skips up to `count` bytes by seeking (regular files only); returns how many were skipped,
    /// which is less than `count` only when the file is shorter.
    func seekForward(_ count: Int64) throws -> Int64 {
        precondition(regularFileSize != nil, "seek only on regular files")
        var skipped: Int64 = 0
        let fromLookahead = min(Int64(lookahead.count - lookaheadPosition), count)
        lookaheadPosition += Int(fromLookahead)
        skipped += fromLookahead
        let current = Int64(lseek(fd, 0, SEEK_CUR))
        var size = regularFileSize ?? 0
        var info = stat()
        if fstat(fd, &info) == 0 { size = Int64(info.st_size) }  // it may have grown since open
        let target = min(current + (count - skipped), max(size, current))
        if lseek(fd, off_t(target), SEEK_SET) < 0 {
            throw InputError.readFailed(path: name, afterBytes: position, reason: InputError.reason(errno: errno))
        }
        skipped += target - current
        position += skipped
        return skipped
    }

    private func rawRead(_ buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if reachedEnd { return 0 }
        while true {
            let got = systemRead(fd, buffer.baseAddress!, buffer.count)
            if got > 0 { return got }
            if got == 0 { reachedEnd = true; return 0 }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK {
                // A non-blocking descriptor inherited from the parent: wait until readable.
                var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                _ = poll(&request, 1, -1)
                continue
            }
            throw InputError.readFailed(path: name, afterBytes: position, reason: InputError.reason(errno: code))
        }
    }
}

// `read` and `close` are also method names on this type; these reach the C functions.
@inline(__always) private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

@inline(__always) private func systemClose(_ fd: Int32) -> Int32 {
    close(fd)
}
