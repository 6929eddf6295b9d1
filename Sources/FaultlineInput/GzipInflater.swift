import CIsal

/// Streaming gzip decompression over a `FileDescriptorReader`.
///
/// Decoded with ISA-L's `isal_inflate` rather than zlib: it inflates the same
/// streams two to three times faster, and with a 1M-line dump decompression was
/// most of the reading thread's time. It is used directly (not through a wrapper)
/// because the tool must survive the ways real log files go wrong, and must say where:
/// - rotated logs concatenated with `cat a.gz b.gz` are several gzip members: when a
///   member's trailer has been checked, the decoder is reset and decoding goes on;
/// - zero bytes after the last member (tape / block padding) end the stream cleanly;
/// - a file cut short (still being written, interrupted copy) or corrupt data stops
///   decoding, keeps everything decoded before, and records `damage` instead of throwing.
final class GzipInflater {
    private let reader: FileDescriptorReader
    /// Heap-allocated and never moved: about 90 KB (the decoder keeps the last 32 KiB of
    /// output for back-references), too large to copy around or keep on a thread's stack.
    private let state: UnsafeMutablePointer<inflate_state>
    private let input: UnsafeMutableRawPointer
    private let inputCapacity: Int
    private var inputEnded = false
    private var memberEnded = false
    /// The member's header is read apart from its data, with one `isal_gzip_header`
    /// kept across calls: `isal_inflate` parses headers itself too, but starts afresh
    /// on every call and so misreads a header whose optional fields (name, comment,
    /// extra field, header CRC) arrive split across reads, as they do from a pipe.
    private let header: UnsafeMutablePointer<isal_gzip_header>
    private var readingHeader = true
    /// Where the current member starts: a damaged header is reported there.
    private var memberStart: Int64 = 0
    /// Set when decoding ended cleanly.
    private(set) var finished = false
    /// Why decoding stopped early, if it did.
    private(set) var damage: String?
    /// Compressed bytes handed to the decoder (including skipped zero padding). ISA-L
    /// takes input into its own bit buffer ahead of decoding, but it reads a member's
    /// trailer exactly, so at a member's end this is the member's end in the file.
    private(set) var consumed: Int64 = 0
    /// Gzip members decoded to their end, trailer checked.
    private(set) var membersCompleted = 0

    init(reader: FileDescriptorReader, inputCapacity: Int) {
        self.reader = reader
        self.inputCapacity = max(inputCapacity, 1)
        input = .allocate(byteCount: self.inputCapacity, alignment: 16)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<inflate_state>.size,
                                                   alignment: MemoryLayout<inflate_state>.alignment)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<inflate_state>.size)
        state = raw.bindMemory(to: inflate_state.self, capacity: 1)
        isal_inflate_init(state)
        // Gzip framing: once the header has been read, ISA-L checks the member's CRC-32
        // and length trailer at its end.
        state.pointee.crc_flag = UInt32(ISAL_GZIP)
        header = .allocate(capacity: 1)
        header.initialize(to: isal_gzip_header())
        isal_gzip_header_init(header)
        state.pointee.next_in = input.assumingMemoryBound(to: UInt8.self)
    }

    deinit {
        header.deallocate()
        state.deallocate()
        input.deallocate()
    }

    /// Fills `output` as far as the input allows; returns the byte count, 0 at the end
    /// (clean, or damaged: then `damage` is set).
    func inflate(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        guard damage == nil, !finished, let base = output.baseAddress, output.count > 0 else { return 0 }
        let capacity = UInt32(clamping: output.count)
        state.pointee.next_out = base.assumingMemoryBound(to: UInt8.self)
        state.pointee.avail_out = capacity

        while state.pointee.avail_out > 0 {
            if memberEnded {
                if state.pointee.avail_in == 0 {
                    try refill()
                    if state.pointee.avail_in == 0 {
                        finished = true
                        break
                    }
                }
                skipZeroPadding()
                if state.pointee.avail_in == 0 { continue }
                if state.pointee.next_in.pointee != 0x1f {
                    damage = "unexpected non-gzip data at compressed byte \(consumed), after gzip member \(membersCompleted)"
                    break
                }
                // Keeps next_in / avail_in (the next member's first bytes) and crc_flag.
                isal_inflate_reset(state)
                isal_gzip_header_init(header)
                memberStart = consumed
                memberEnded = false
                readingHeader = true
            }
            let availableBefore = state.pointee.avail_in
            let outBefore = state.pointee.avail_out
            if readingHeader {
                let status = isal_read_gzip_header(state, header)
                consumed += Int64(availableBefore - state.pointee.avail_in)
                if status == ISAL_DECOMP_OK {
                    readingHeader = false
                    continue
                }
                if status != ISAL_END_INPUT {
                    damage = "corrupt gzip data at compressed byte \(memberStart): \(describe(status))"
                    break
                }
            } else {
                // Called before asking for more input, even with none left: the decoder
                // may hold undecoded bits from earlier reads that the last call had no
                // room to write out, and the file's last bytes may already be among them.
                let status = isal_inflate(state)
                consumed += Int64(availableBefore - state.pointee.avail_in)
                if status != ISAL_DECOMP_OK {
                    damage = "corrupt gzip data at compressed byte \(consumed): \(describe(status))"
                    break
                }
                if state.pointee.block_state == ISAL_BLOCK_FINISH {
                    memberEnded = true
                    membersCompleted += 1
                    continue
                }
                if state.pointee.avail_out == 0 { break }
                if state.pointee.avail_in > 0 {
                    // Returning with input and room left is not something isal_inflate does;
                    // if it made no progress at all, calling again would loop for ever.
                    if state.pointee.avail_in == availableBefore && state.pointee.avail_out == outBefore {
                        damage = "gzip decoder stalled at compressed byte \(consumed)"
                        break
                    }
                    continue
                }
            }
            // Every byte given has been used (held back in the decoder if need be) and more are needed.
            try refill()
            if state.pointee.avail_in == 0 {
                damage = "gzip stream truncated after \(consumed) compressed bytes (the file ends inside a gzip member: it may still be being written, or a copy was cut short)"
                break
            }
        }
        return Int(capacity - state.pointee.avail_out)
    }

    private func refill() throws {
        if inputEnded { return }
        let got = try reader.read(into: UnsafeMutableRawBufferPointer(start: input, count: inputCapacity))
        if got == 0 { inputEnded = true }
        state.pointee.next_in = input.assumingMemoryBound(to: UInt8.self)
        state.pointee.avail_in = UInt32(got)
    }

    /// Consumes zero bytes between or after members.
    private func skipZeroPadding() {
        var skipped: UInt32 = 0
        while skipped < state.pointee.avail_in && state.pointee.next_in[Int(skipped)] == 0 { skipped += 1 }
        state.pointee.next_in += Int(skipped)
        state.pointee.avail_in -= skipped
        consumed += Int64(skipped)
    }

    /// ISA-L reports bare codes; these say what they mean in a damaged log file.
    private func describe(_ status: Int32) -> String {
        switch status {
        case ISAL_INVALID_BLOCK: return "invalid deflate block"
        case ISAL_INVALID_SYMBOL: return "invalid deflate code"
        case ISAL_INVALID_LOOKBACK: return "back-reference before the start of the data"
        case ISAL_INVALID_WRAPPER: return "invalid gzip header"
        case ISAL_UNSUPPORTED_METHOD: return "unknown compression method (gzip members must use deflate)"
        case ISAL_INCORRECT_CHECKSUM:
            // The same code covers the optional header CRC and the trailer's CRC-32 / length.
            if state.pointee.block_state == ISAL_BLOCK_FINISH {
                return "gzip member \(membersCompleted + 1) fails its CRC-32 or length check (its data is corrupt)"
            }
            return "gzip header fails its header CRC"
        case ISAL_NEED_DICT: return "the member asks for a preset dictionary, which gzip files never use"
        default: return "ISA-L inflate error \(status)"
        }
    }
}
