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
        if let reused = BufferPool.shared.take(capacity: self.capacity) {
            base = reused
            return
        }
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

    deinit {
        if !BufferPool.shared.give(base, capacity: capacity) { free(base) }
    }
}

/// Chunk buffers of the last few chunks, kept for the next ones instead of being freed.
///
/// A dump is read as hundreds of same-sized chunk buffers. Freed and allocated again, each one comes back as
/// fresh pages (page faults, zeroing by the kernel) or, once malloc has raised its mmap threshold, as heap
/// memory that fragments between the threads that allocate and free it. Reused, the same few buffers serve a
/// whole run: memory stays at (chunks in flight + `limit`) buffers. The limit covers the chunks an ingest
/// keeps in flight (a few per core), so that no chunk of a run gets fresh pages after the first few.
final class BufferPool: @unchecked Sendable {
    static let shared = BufferPool(limit: 12)

    private let limit: Int
    private var free: [(base: UnsafeMutableRawPointer, capacity: Int)] = []
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init(limit: Int) {
        self.limit = limit
        pthread_mutex_init(mutex, nil)
    }

    /// A kept buffer of exactly `capacity` bytes, if there is one.
    func take(capacity: Int) -> UnsafeMutableRawPointer? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard let k = free.firstIndex(where: { $0.capacity == capacity }) else { return nil }
        return free.remove(at: k).base
    }

    /// Keeps `base` for reuse; false when the pool is full (the caller frees it).
    func give(_ base: UnsafeMutableRawPointer, capacity: Int) -> Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard free.count < limit else { return false }
        free.append((base, capacity))
        return true
    }
}
