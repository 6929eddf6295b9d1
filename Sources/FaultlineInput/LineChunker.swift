#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a `ByteSource` into `LineChunk`s of complete lines.
///
/// Bytes are read straight into the chunk's own buffer and lines are found with
/// `memchr`, so each byte is touched by the kernel (or the gzip decoder) once and by `memchr`
/// once; per line there is only a descriptor append. The partial line at the end
/// of a buffer is copied to the start of the next one.
///
/// Line rules: LF ends a line and a CR just before it is not part of the line; a
/// final line without a newline is a line; nothing after the last newline is not a
/// line; a UTF-8 BOM at the very start is skipped (offsets still count it). A line
/// longer than `maxLineBytes` is never held whole: its first `excerptBytes` are
/// kept, the rest is read past while counting, and it is delivered `isOverlong`.
///
/// Damaged input (see `ByteSource.damage`): everything decoded before the damage is
/// delivered, a trailing partial line is flagged `isCutByDamage`, and `damage`
/// describes what happened and which line was reached.
///
/// Not thread-safe; the chunks it returns are `Sendable`.
public final class LineChunker {
    public let source: ByteSource
    public let options: Options
    /// Set when the input ended because of damage: the source's description plus the line reached.
    public private(set) var damage: String?
    /// Number of the last line delivered so far (the starting `line` before any).
    public private(set) var lastLineNumber: Int
    /// `endOffset` of the last chunk delivered (the resume offset before any).
    public private(set) var checkpointOffset: Int64
    /// Largest buffer allocated so far: shows that overlong lines are not held in memory.
    public private(set) var peakBufferBytes = 0

    private let resumeOffset: Int64
    private var started = false
    private var finished = false
    private var bomPending: Bool
    /// Decompressed offset of the first byte of the line being assembled.
    private var nextLineOffset: Int64
    /// The partial line left at the end of the last chunk's buffer (already scanned: it holds no LF).
    private var tail: (buffer: LineBuffer, start: Int, count: Int)?
    private var lineCountHint = 256

    /// - Parameters:
    ///   - offset: decompressed bytes to pass over first (a checkpoint's `endOffset`);
    ///     plain files seek, gzip and pipes decode or read and discard.
    ///   - line: number of the last line before `offset`; the first line delivered is `line + 1`.
    public init(source: ByteSource, startingAt offset: Int64 = 0, line: Int = 0, options: Options = Options()) {
        self.source = source
        self.options = options
        resumeOffset = max(offset, 0)
        lastLineNumber = line
        checkpointOffset = resumeOffset
        nextLineOffset = resumeOffset
        bomPending = resumeOffset == 0
    }

    /// Fingerprint of the input's head (see `ByteSource.headFingerprint`): always of the
    /// input's first bytes, even when resuming. Call before the first `nextChunk()`.
    public func headFingerprint(maxBytes: Int = 65536) throws -> HeadFingerprint {
        precondition(!started, "headFingerprint must be taken before the first chunk")
        return try source.headFingerprint(maxBytes: maxBytes)
    }

    /// The next batch of lines, or nil when the input is exhausted (then check `damage`).
    public func nextChunk() throws -> LineChunk? {
        if finished { return nil }
        if !started {
            started = true
            try skipToResumePoint()
            if finished { return nil }
        }

        let maxLine = options.maxLineBytes
        let carried = tail?.count ?? 0
        let buffer = LineBuffer(capacity: max(options.chunkBytes, carried + options.chunkBytes / 2))
        if let tail {
            buffer.base.copyMemory(from: tail.buffer.base + tail.start, byteCount: tail.count)
        }
        tail = nil
        var used = carried
        var lineStart = 0
        var scanFrom = carried
        var lines: [LineDescriptor] = []
        lines.reserveCapacity(lineCountHint)
        var overlong: OverlongLine?
        var reachedEnd = false

        while true {
            if used == buffer.capacity {
                if !lines.isEmpty { break }
                // One pending line fills the buffer: grow, but never past what detecting
                // "longer than maxLineBytes" (plus a CR) needs.
                let limit = lineStart + maxLine + 2
                buffer.grow(to: min(max(buffer.capacity * 2, buffer.capacity + 1), limit))
            }
            let base = buffer.base
            let got = try source.read(into: UnsafeMutableRawBufferPointer(start: base + used, count: buffer.capacity - used))
            if got == 0 {
                reachedEnd = true
                if !bomPending { break }
                bomPending = false  // under three bytes in all: no BOM, but they still need scanning
            } else if var line = overlong {
                // Reading past an overlong line: count, discard, and look for its end.
                let region = base + used
                guard let hit = memchr(region, 0x0A, got) else {
                    line.rawLength += Int64(got)
                    line.endsWithCR = region.load(fromByteOffset: got - 1, as: UInt8.self) == 0x0D
                    overlong = line
                    continue
                }
                let before = region.distance(to: hit)
                line.rawLength += Int64(before)
                if before > 0 { line.endsWithCR = region.load(fromByteOffset: before - 1, as: UInt8.self) == 0x0D }
                lastLineNumber += 1
                lines.append(line.descriptor(number: lastLineNumber, lacksNewline: false, cutByDamage: false))
                nextLineOffset = line.offset + line.rawLength + 1
                overlong = nil
                let rest = got - before - 1
                if rest > 0 { memmove(region, region + before + 1, rest) }
                lineStart = used  // the excerpt stays in front
                used += rest
                scanFrom = lineStart
            } else {
                used += got
                if bomPending {
                    if used < 3 { continue }
                    bomPending = false
                    if base.load(as: UInt8.self) == 0xEF && base.load(fromByteOffset: 1, as: UInt8.self) == 0xBB
                        && base.load(fromByteOffset: 2, as: UInt8.self) == 0xBF {
                        lineStart = 3
                        scanFrom = max(scanFrom, 3)
                        nextLineOffset = 3
                    }
                }
            }

            // The hot loop: one memchr per line.
            var position = scanFrom
            while position < used, let hit = memchr(base + position, 0x0A, used - position) {
                let newline = base.distance(to: hit)
                var end = newline
                if end > lineStart && base.load(fromByteOffset: end - 1, as: UInt8.self) == 0x0D { end -= 1 }
                let length = end - lineStart
                lastLineNumber += 1
                if length > maxLine {
                    lines.append(LineDescriptor(start: lineStart, length: min(length, options.excerptBytes, maxLine),
                                                number: lastLineNumber, offset: nextLineOffset,
                                                fullLength: Int64(length), isOverlong: true))
                } else {
                    lines.append(LineDescriptor(start: lineStart, length: length, number: lastLineNumber,
                                                offset: nextLineOffset, fullLength: Int64(length)))
                }
                nextLineOffset += Int64(newline + 1 - lineStart)
                lineStart = newline + 1
                position = lineStart
            }
            scanFrom = used

            let pending = used - lineStart
            if pending > maxLine + 1 {
                // Too long to be a line we keep (even allowing a CR): keep the excerpt, skip the rest.
                let excerpt = min(options.excerptBytes, maxLine)
                overlong = OverlongLine(start: lineStart, excerptLength: excerpt, offset: nextLineOffset,
                                        rawLength: Int64(pending),
                                        endsWithCR: base.load(fromByteOffset: used - 1, as: UInt8.self) == 0x0D)
                used = lineStart + excerpt
                scanFrom = used
            }
            if reachedEnd { break }
        }
        peakBufferBytes = max(peakBufferBytes, buffer.capacity)

        var endOffset = nextLineOffset
        var byteCount = lineStart
        if reachedEnd {
            finished = true
            bomPending = false
            byteCount = used
            let sourceDamage = source.damage
            let cut = sourceDamage != nil
            if let line = overlong {
                lastLineNumber += 1
                lines.append(line.descriptor(number: lastLineNumber, lacksNewline: true, cutByDamage: cut))
                if !cut { endOffset = line.offset + line.rawLength }
            } else if used > lineStart {
                var end = used
                if buffer.base.load(fromByteOffset: end - 1, as: UInt8.self) == 0x0D { end -= 1 }
                let length = end - lineStart
                lastLineNumber += 1
                lines.append(LineDescriptor(start: lineStart, length: length > maxLine ? min(length, options.excerptBytes, maxLine) : length,
                                            number: lastLineNumber, offset: nextLineOffset, fullLength: Int64(length),
                                            isOverlong: length > maxLine, lacksNewline: true, isCutByDamage: cut))
                if !cut { endOffset = nextLineOffset + Int64(used - lineStart) }
            }
            if let sourceDamage {
                let last = lines.last
                if let last, last.isCutByDamage {
                    damage = "\(sourceDamage); line \(last.number) (at decompressed byte \(last.offset)) is incomplete and anything after it is lost"
                } else {
                    damage = "\(sourceDamage); the input ends after line \(lastLineNumber) (decompressed byte \(endOffset)) and anything after it is lost"
                }
            }
            nextLineOffset = endOffset
        } else {
            tail = (buffer, lineStart, used - lineStart)
        }

        if lines.isEmpty { return nil }
        lineCountHint = lines.count + lines.count / 8
        checkpointOffset = endOffset
        return LineChunk(storage: buffer, byteCount: byteCount, lines: lines, startOffset: lines[0].offset, endOffset: endOffset)
    }

    private func skipToResumePoint() throws {
        guard resumeOffset > 0 else { return }
        let skipped = try source.skip(resumeOffset)
        guard skipped < resumeOffset else { return }
        if let sourceDamage = source.damage {
            damage = "\(sourceDamage); the input ends before the resume point at decompressed byte \(resumeOffset)"
            finished = true
            return
        }
        throw InputError.resumeBeyondEnd(path: source.path.description, requested: resumeOffset, available: skipped)
    }
}

/// An overlong line being read past: where its excerpt sits and how long it has been so far.
private struct OverlongLine {
    let start: Int
    let excerptLength: Int
    let offset: Int64
    /// Bytes so far, CR included, LF excluded.
    var rawLength: Int64
    var endsWithCR: Bool

    func descriptor(number: Int, lacksNewline: Bool, cutByDamage: Bool) -> LineDescriptor {
        LineDescriptor(start: start, length: excerptLength, number: number, offset: offset,
                       fullLength: rawLength - (endsWithCR ? 1 : 0), isOverlong: true,
                       lacksNewline: lacksNewline, isCutByDamage: cutByDamage)
    }
}
