import FaultlineInput
import FaultlineStore
import Foundation

/// Reads one input's chunks on a thread of its own, parses them on one thread per core but one, and hands the
/// batches back in file order.
///
/// The caller's thread (the committer) is the last core's parser: while the batch it needs next is not ready,
/// `next()` parses a waiting chunk itself. With a parsing thread on every core besides, three busy threads
/// shared two cores and the committer got two thirds of one: it fell behind, the parsers filled every slot
/// and stopped, and a core sat idle about a sixth of the time (1M lines: 1.14 s -> 1.04 s). This way as many
/// threads are busy as there are cores, whatever else runs on the machine.
///
/// No stage waits for a whole round of the others: a core that finishes a chunk takes the next one while the
/// caller commits. At most `capacity` chunks are in flight (read but not yet handed back), which keeps memory
/// flat whatever the input size.
final class ChunkPipeline: @unchecked Sendable {
    struct Output {
        let batch: Batch
        /// Decompressed bytes the batch covers.
        let bytes: Int64
        /// Bytes of the file read from disk so far (compressed bytes for gzip), for the progress line.
        let fileBytesRead: Int64
    }

    private let condition = NSCondition()
    private let threads = DispatchGroup()
    private let capacity: Int
    // Everything below is guarded by `condition`.
    private var waiting: [(sequence: Int, chunk: LineChunk)] = []
    private var finished: [Int: Output] = [:]
    private var read = 0
    private var handedBack = 0
    private var readingDone = false
    private var readError: Error?
    private var cancelled = false
    private var fileBytesRead: Int64 = 0
    /// Parses chunks on the caller's thread, in `next()` only.
    private var callerProcessor: ChunkProcessor

    init(chunker: LineChunker, source: ByteSource, options: IngestOptions) {
        // One chunk per core being parsed, one read ahead, and one finished waiting for the committer. More room
        // measured no faster (1M lines, medians of six) and holds about 2 MB more per chunk.
        capacity = max(1, options.workers) + 2
        callerProcessor = ChunkProcessor(options: options)
        // The chunker and the source are used by the reading thread alone until `finish()` returns.
        nonisolated(unsafe) let chunker = chunker
        nonisolated(unsafe) let source = source
        start { self.readChunks(chunker, source) }
        for _ in 1..<max(1, options.workers) {
            start {
                var processor = ChunkProcessor(options: options)
                self.processChunks(&processor)
            }
        }
    }

    /// The next batch in file order, or nil when the input is done. Throws what reading threw, after every
    /// batch read before the failure has been handed back.
    func next() throws -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = finished.removeValue(forKey: handedBack) {
                handedBack += 1
                condition.broadcast()
                return output
            }
            if readingDone, handedBack == read {
                if let readError { throw readError }
                return nil
            }
            if !waiting.isEmpty {
                parse(waiting.removeFirst(), with: &callerProcessor)
                continue
            }
            condition.wait()
        }
    }

    /// Stops every thread and waits for them; call before touching the chunker or the source again.
    func finish() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        threads.wait()
    }

    private func start(_ body: @escaping @Sendable () -> Void) {
        threads.enter()
        let thread = Thread {
            body()
            self.threads.leave()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    private func readChunks(_ chunker: LineChunker, _ source: ByteSource) {
        while true {
            condition.lock()
            while !cancelled, read - handedBack >= capacity { condition.wait() }
            let stop = cancelled
            condition.unlock()
            if stop { return }
            let chunk: LineChunk?
            var failure: Error?
            do {
                chunk = try chunker.nextChunk()
            } catch InputError.resumeBeyondEnd {
                // Shorter than what was ingested from it before, with the same beginning: a truncated copy of
                // a file already read. Nothing in it is new.
                chunk = nil
            } catch {
                chunk = nil
                failure = error
            }
            condition.lock()
            fileBytesRead = source.compressedBytesRead
            if let chunk {
                waiting.append((read, chunk))
                read += 1
            } else {
                readingDone = true
                readError = failure
            }
            condition.broadcast()
            condition.unlock()
            if chunk == nil { return }
        }
    }

    private func processChunks(_ processor: inout ChunkProcessor) {
        while true {
            condition.lock()
            while waiting.isEmpty, !readingDone, !cancelled { condition.wait() }
            if cancelled || waiting.isEmpty {
                condition.unlock()
                return
            }
            parse(waiting.removeFirst(), with: &processor)
            condition.unlock()
        }
    }

    /// Parses a chunk taken from `waiting` and files its batch; called and returns with `condition` locked.
    private func parse(_ taken: (sequence: Int, chunk: LineChunk), with processor: inout ChunkProcessor) {
        condition.unlock()
        let batch = processor.process(taken.chunk)
        condition.lock()
        finished[taken.sequence] = Output(
            batch: batch, bytes: taken.chunk.endOffset - taken.chunk.startOffset, fileBytesRead: fileBytesRead)
        condition.broadcast()
    }
}
