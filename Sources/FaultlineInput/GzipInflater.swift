import CZlib

/// Streaming gzip decompression over a `FileDescriptorReader`.
///
/// Written against zlib directly (not a wrapper library) because the tool must
/// survive the ways real log files go wrong, and must say where:
/// - rotated logs concatenated with `cat a.gz b.gz` are several gzip members: each
///   `Z_STREAM_END` with more input is followed by `inflateReset` and decoding goes on;
/// - zero bytes after the last member (tape / block padding) end the stream cleanly;
/// - a file cut short (still being written, interrupted copy) or corrupt data stops
///   decoding, keeps everything decoded before, and records `damage` instead of throwing.
final class GzipInflater {
    private let reader: FileDescriptorReader
    /// Heap-allocated: zlib keeps a pointer back to the stream and checks it on every call.
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutableRawPointer
    private let inputCapacity: Int
    private var inputEnded = false
    private var memberEnded = false
    /// Set when decoding ended cleanly.
    private(set) var finished = false
    /// Why decoding stopped early, if it did.
    private(set) var damage: String?
    /// Compressed bytes consumed by the decoder (including skipped zero padding).
    private(set) var consumed: Int64 = 0
    /// Gzip members decoded to their end.
    private(set) var membersCompleted = 0

    init(reader: FileDescriptorReader, inputCapacity: Int) {
        self.reader = reader
        self.inputCapacity = max(inputCapacity, 1)
        input = .allocate(byteCount: self.inputCapacity, alignment: 16)
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // windowBits 15 + 16: gzip framing only; the caller has already seen the magic bytes.
        let status = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        if status != Z_OK {
            damage = "cannot start gzip decoder: \(GzipInflater.message(status, stream))"
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
    }

    /// Fills `output` as far as the input allows; returns the byte count, 0 at the end
    /// (clean, or damaged: then `damage` is set).
    func inflate(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        guard damage == nil, !finished, let base = output.baseAddress, output.count > 0 else { return 0 }
        let capacity = UInt32(clamping: output.count)
        stream.pointee.next_out = base.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = capacity

        while stream.pointee.avail_out > 0 {
            if stream.pointee.avail_in == 0 {
                try refill()
                if stream.pointee.avail_in == 0 {
                    if memberEnded {
                        finished = true
                    } else {
                        damage = "gzip stream truncated after \(consumed) compressed bytes (the file ends inside a gzip member: it may still be being written, or a copy was cut short)"
                    }
                    break
                }
            }
            if memberEnded {
                skipZeroPadding()
                if stream.pointee.avail_in == 0 { continue }
                if stream.pointee.next_in.pointee != 0x1f {
                    damage = "unexpected non-gzip data at compressed byte \(consumed), after gzip member \(membersCompleted)"
                    break
                }
                inflateReset(stream)
                memberEnded = false
            }
            let availableBefore = stream.pointee.avail_in
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            let used = Int64(availableBefore - stream.pointee.avail_in)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                // Z_BUF_ERROR: no progress possible without more input; the loop refills.
                consumed += used
                if status == Z_BUF_ERROR && stream.pointee.avail_in > 0 {
                    damage = "gzip decoder stalled at compressed byte \(consumed)"
                }
            case Z_STREAM_END:
                consumed += used
                memberEnded = true
                membersCompleted += 1
            case Z_NEED_DICT:
                damage = "corrupt gzip data at compressed byte \(consumed + used): the member asks for a preset dictionary, which gzip files never use"
            default:
                damage = "corrupt gzip data at compressed byte \(consumed + used): \(GzipInflater.message(status, stream))"
                consumed += used
            }
            if damage != nil { break }
        }
        return Int(capacity - stream.pointee.avail_out)
    }

    private func refill() throws {
        if inputEnded { return }
        let got = try reader.read(into: UnsafeMutableRawBufferPointer(start: input, count: inputCapacity))
        if got == 0 { inputEnded = true }
        stream.pointee.next_in = input.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = UInt32(got)
    }

    /// Consumes zero bytes between or after members.
    private func skipZeroPadding() {
        var skipped: UInt32 = 0
        while skipped < stream.pointee.avail_in && stream.pointee.next_in[Int(skipped)] == 0 { skipped += 1 }
        stream.pointee.next_in += Int(skipped)
        stream.pointee.avail_in -= skipped
        consumed += Int64(skipped)
    }

    private static func message(_ status: Int32, _ stream: UnsafeMutablePointer<z_stream>) -> String {
        if let text = stream.pointee.msg { return String(cString: text) }
        return String(cString: zError(status))
    }
}
