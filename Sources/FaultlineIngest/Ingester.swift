import Dispatch
import Foundation
import FaultlineInput
import FaultlineStore

#if canImport(Glibc)
import Glibc
#endif

/// Reads log files into the store: the nightly job.
///
/// Per file: recognise it by the fingerprint of its first 64 KiB (so a renamed or re-compressed file, or one
/// that has grown, is not read twice), resume after the last committed line, then read chunks, parse them on
/// all cores, and commit each chunk's batch in its own transaction together with the file's new position.
/// A `kill -9` at any moment loses at most the batches not yet committed, which the next run reads again.
public final class Ingester {
    public typealias ProgressHandler = (IngestProgress) -> Void

    public let options: IngestOptions
    private let progress: ProgressHandler?

    public init(options: IngestOptions, progress: ProgressHandler? = nil) {
        self.options = options
        self.progress = progress
    }

    /// Ingests every input in order; throws only for fatal problems (unreadable file, store error).
    public func run(_ inputs: [InputPath]) throws -> IngestSummary {
        let writer = try StoreWriter(path: options.storePath, lockTimeout: options.lockTimeout)
        defer { writer.close() }
        let runID = try writer.startRun()
        let clock = ContinuousClock()
        let start = clock.now
        var summary = IngestSummary()
        do {
            for (index, input) in inputs.enumerated() {
                try ingest(input, index: index, of: inputs.count, writer: writer, summary: &summary, since: start)
            }
        } catch {
            summary.elapsedSeconds = seconds(clock.now - start)
            try? writer.finishRun(id: runID, totals: summary.totals, outcome: "failed: \(error)")
            throw error
        }
        summary.elapsedSeconds = seconds(clock.now - start)
        let outcome = summary.damaged.isEmpty ? "ok" : "ok, \(summary.damaged.count) damaged file(s)"
        try writer.finishRun(id: runID, totals: summary.totals, outcome: outcome)
        if let limit = options.maxRejects, limit.isExceeded(rejects: summary.rejects, lines: summary.lines) {
            throw IngestError.tooManyRejects(rejects: summary.rejects, lines: summary.lines, limit: limit)
        }
        return summary
    }

    private func ingest(
        _ input: InputPath, index: Int, of count: Int, writer: StoreWriter, summary: inout IngestSummary,
        since start: ContinuousClock.Instant
    ) throws {
        let source = try ByteSource(input)
        defer { source.close() }
        let head = try source.headFingerprint()
        var known = try previousIngest(of: input, head: head, writer: writer)
        if let earlier = known, let reason = RewriteCheck.reason(earlier: earlier, input: input, source: source) {
            // The old lines stay stored (they were real, and a rotated copy may still hold them); the file as it
            // now stands is a new source, read from its first line, so none of its lines can be lost.
            summary.rewritten.append(.init(path: input.description, reason: reason))
            known = nil
        }
        if let earlier = known, let reopened = try reopenGrownLastLine(of: earlier, input: input, source: source, writer: writer) {
            known = reopened
        }
        let sourceID = try known?.id
            ?? writer.createSource(path: input.filePath ?? "-",
                                   fingerprint: head.hash, headBytes: head.length, compressed: source.isGzip)
        summary.files += 1
        summary.skippedLines += known?.linesDone ?? 0
        let linesBefore = summary.lines

        let chunker = LineChunker(
            source: source, startingAt: known?.bytesDone ?? 0, line: known?.linesDone ?? 0,
            options: options.chunkerOptions)
        let clock = ContinuousClock()
        // Reading, parsing (one thread per core) and committing run at the same time; batches are written
        // strictly in file order, each with the file's new position.
        let pipeline = ChunkPipeline(chunker: chunker, source: source, options: options)
        defer { pipeline.finish() }
        // Several chunks go into one transaction (up to `commitBytes` of input, or what a quarter second
        // brings): every commit rewrites the index pages it touches, so fewer, larger commits write far less to
        // the disk, while readers and the progress line still see progress often. Each batch is written as soon
        // as it arrives (staged), so memory holds no backlog of batches. A kill loses at most one such
        // transaction's work, which the next run redoes.
        var staged = IngestSummary()
        var stagedBatches = 0
        func commitStaged(fileBytesRead: Int64) throws {
            guard stagedBatches > 0 else { return }
            try writer.commitStaged()
            summary.absorb(staged)
            staged = IngestSummary()
            stagedBatches = 0
            progress?(IngestProgress(
                file: input.description, fileIndex: index, fileCount: count,
                fileBytesRead: fileBytesRead, fileBytesTotal: source.totalCompressedBytes,
                summary: summary, elapsedSeconds: seconds(clock.now - start)))
        }
        var lastRead: Int64 = 0
        var lastCommit = clock.now
        do {
            while let output = try pipeline.next() {
                try writer.stage(output.batch, to: sourceID)
                stagedBatches += 1
                staged.add(output.batch)
                staged.bytes += output.bytes
                lastRead = output.fileBytesRead
                if staged.bytes >= options.commitBytes || clock.now - lastCommit >= options.commitInterval {
                    try commitStaged(fileBytesRead: lastRead)
                    lastCommit = clock.now
                }
            }
            try commitStaged(fileBytesRead: lastRead)
        } catch {
            writer.discardStaged()
            throw error
        }
        pipeline.finish()
        if known != nil, summary.lines == linesBefore { summary.skippedFiles += 1 }
        if !source.isGzip, let path = input.filePath, let record = try writer.source(id: sourceID),
            let hash = FileRangeHash.hash(path: path, endingAt: record.bytesDone)
        {
            try writer.recordTail(of: sourceID, offset: record.bytesDone, hash: hash)
        }
        if let damage = chunker.damage ?? source.damage {
            try writer.markDamaged(sourceID: sourceID, reason: damage)
            summary.damaged.append(.init(path: input.description, reason: damage))
        } else if known?.damaged != nil {
            try writer.markDamaged(sourceID: sourceID, reason: nil)
        }
    }

    /// A plain file whose last line had no newline when it was read, and which has grown since: that line was
    /// cut short (the file was still being written). It is taken back, so that reading resumes at its start
    /// and counts it once, whole. Returns the source as it is afterwards, or nil when nothing was reopened.
    private func reopenGrownLastLine(
        of earlier: SourceRecord, input: InputPath, source: ByteSource, writer: StoreWriter
    ) throws -> SourceRecord? {
        guard let open = earlier.openLineOffset, !source.isGzip, let path = input.filePath,
            let size = source.totalCompressedBytes, size > earlier.bytesDone, open < earlier.bytesDone,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(open))
        guard let data = try handle.read(upToCount: Int(earlier.bytesDone - open)), data.count == Int(earlier.bytesDone - open) else {
            return nil
        }
        var processor = ChunkProcessor(options: options)
        let outcome = data.withUnsafeBytes { processor.outcome(ofLine: $0, number: earlier.linesDone, offset: open) }
        do {
            try writer.reopenLastLine(of: earlier.id, line: earlier.linesDone, at: open, outcome: outcome)
        } catch {
            // The line cannot be taken back as it was counted (e.g. the field mapping changed since): keep the
            // earlier position; the rest of the file is still read once.
            return nil
        }
        var reopened = earlier
        reopened.bytesDone = open
        reopened.linesDone -= 1
        reopened.openLineOffset = nil
        return reopened
    }

    /// The earlier ingest of this same content, if any: same first 64 KiB; or, for a file that was shorter
    /// than that when read and has grown since (under the same name or, after rotation, another), a source
    /// whose fingerprint matches this file's first bytes of the same length. The longest such match wins.
    private func previousIngest(of input: InputPath, head: HeadFingerprint, writer: StoreWriter) throws -> SourceRecord? {
        if let same = try writer.findSource(fingerprint: head.hash, headBytes: head.length, preferringPath: input.filePath) {
            return same
        }
        guard input.filePath != nil else { return nil }  // standard input cannot be read twice
        let lengths = try writer.shortHeadLengths(below: head.length)
        let prefixes = try HeadFingerprint.prefixes(of: input, lengths: lengths)
        for length in lengths {
            if let prefix = prefixes[length], let earlier = try writer.findSource(fingerprint: prefix.hash, headBytes: length, preferringPath: input.filePath) {
                return earlier
            }
        }
        return nil
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

extension IngestSummary {
    /// Adds the line counts of batches committed together.
    mutating func absorb(_ other: IngestSummary) {
        lines += other.lines
        errors += other.errors
        successes += other.successes
        rejects += other.rejects
        blanks += other.blanks
        redactions += other.redactions
        bytes += other.bytes
    }

    mutating func add(_ batch: Batch) {
        lines += batch.linesRead
        errors += batch.eventCount
        successes += batch.successes
        rejects += batch.rejects.count
        blanks += batch.blanks
        redactions += batch.redactions
    }

    var totals: RunTotals {
        RunTotals(files: files, lines: lines, errors: errors, successes: successes, rejects: rejects, blanks: blanks,
                  skippedLines: skippedLines, redactions: redactions)
    }
}
