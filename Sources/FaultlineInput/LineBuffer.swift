#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The raw memory behind one `LineChunk`.
///
/// A class over malloc'd memory rather than `[UInt8]` so that bytes can be read
/// straight into it without zero-filling first, and grown with `realloc` while a
/// long line is being assembled. It is written only by the `LineChunker` before
/// the chunk is handed out and never afterwards, which is why sharing it across
/// threads (`@unchecked Sendable`) is safe.
final class LineBuffer: @unchecked Sendable {
    private(set) var base: UnsafeMutableRawPointer
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        guard let memory = malloc(self.capacity) else { fatalError("out of memory allocating \(self.capacity) bytes") }
        base = memory
    }

    /// Enlarges the buffer, keeping its contents.
    func grow(to newCapacity: Int) {
        guard newCapacity > capacity else { return }
        guard let memory = realloc(base, newCapacity) else { fatalError("out of memory allocating \(newCapacity) bytes") }
        base = memory
        capacity = newCapacity
    }

    deinit { free(base) }
}
