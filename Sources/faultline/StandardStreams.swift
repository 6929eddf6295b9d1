#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error with `write(2)`, so that a failed write is an error, not a crash.
///
/// `FileHandle.write(_:)` traps when the write fails: with SIGPIPE ignored (as many job runners do) a reader that
/// went away, or an output on a full disk (`> /dev/full`), killed faultline with SIGILL. Output that cannot be
/// written is a failure the caller reports with a short message and exit status 74.
enum StandardStreams {
    struct WriteFailed: Error {
        let stream: String
        let errno: Int32

        var message: String {
            let why: String
            switch errno {
            case EPIPE: why = "the program reading it has exited"
            case ENOSPC: why = "no space left on the device"
            default: why = String(cString: strerror(errno))
            }
            return "cannot write to \(stream): \(why)\n  help: check where the output goes, or write it to a file with --output FILE"
        }
    }

    /// Writes all of `text` to standard output, or throws `CLIError` with the write-error status.
    static func writeOutput(_ text: String) throws {
        if let failure = writeAll(text, to: STDOUT_FILENO) {
            throw CLIError(message: WriteFailed(stream: "standard output", errno: failure).message, code: UserError.ioError)
        }
    }

    /// Writes to standard error; a failure there has nowhere to be reported, so it is ignored.
    static func writeError(_ text: String) {
        _ = writeAll(text, to: STDERR_FILENO)
    }

    /// Returns the errno of a failed write, or nil when every byte was written.
    private static func writeAll(_ text: String, to fd: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}
