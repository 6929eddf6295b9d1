#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exclusive ingest lock: `flock` on a sidecar file `<store>.ingest-lock`, holding the owner's pid.
///
/// SQLite's own locking would let two ingests interleave batch by batch, which breaks resume-from-offset
/// accounting; this lock keeps a whole ingest exclusive. Readers never take it. `flock` is released by
/// the kernel when the process dies, so a crashed ingest never leaves a stale lock behind. The file is
/// never deleted: unlinking it while another process waits on it would let two writers hold "the" lock.
final class WriterLock {
    let lockPath: String
    private var descriptor: Int32

    /// Takes the lock, polling until `timeout` has passed.
    init(storePath: String, timeout: Duration) throws {
        let lockPath = storePath + ".ingest-lock"
        self.lockPath = lockPath
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StoreError.lockFile(path: lockPath, systemMessage: String(cString: strerror(errno)))
        }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let error = errno
            guard error == EWOULDBLOCK || error == EINTR else {
                close(fd)
                throw StoreError.lockFile(path: lockPath, systemMessage: String(cString: strerror(error)))
            }
            guard clock.now < deadline else {
                let holder = Self.readPID(fd)
                close(fd)
                throw StoreError.writerBusy(path: storePath, pid: holder, waited: timeout)
            }
            usleep(20_000)
        }
        descriptor = fd
        Self.writePID(fd)
    }

    deinit { release() }

    /// Gives the lock up; closing the descriptor is what releases a `flock`.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    /// Records who holds the lock, for the message a waiting ingest prints. Best effort: the lock itself
    /// is the flock, not this text.
    private static func writePID(_ fd: Int32) {
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self)
        return text.split(whereSeparator: \.isWhitespace).first.flatMap { Int32($0) }
    }
}
