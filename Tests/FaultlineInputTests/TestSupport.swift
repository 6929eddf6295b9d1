import CZlib
import Foundation
import FaultlineInput

/// A private folder under the system temporary directory, removed when released.
final class TemporaryFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/faultline-input-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func url(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = url(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    func makeFolder(_ name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: url(name), withIntermediateDirectories: true)
        return url(name)
    }
}

/// One gzip member of `bytes`, made with zlib's deflate (windowBits 31 = gzip framing).
func gzip(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer { deflateEnd(stream); stream.deinitialize(count: 1); stream.deallocate() }
    precondition(deflateInit2_(stream, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY,
                               zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK)
    var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))) + 64)
    var input = bytes
    let produced = input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
            stream.pointee.next_in = inBuffer.baseAddress
            stream.pointee.avail_in = UInt32(inBuffer.count)
            stream.pointee.next_out = outBuffer.baseAddress
            stream.pointee.avail_out = UInt32(outBuffer.count)
            precondition(deflate(stream, Z_FINISH) == Z_STREAM_END)
            return outBuffer.count - Int(stream.pointee.avail_out)
        }
    }
    return Array(output[0..<produced])
}

func gzip(_ text: String) -> [UInt8] { gzip(Array(text.utf8)) }

/// Deterministic "log-like" lines with enough variety that gzip cannot shrink them to nothing.
func sampleLines(_ count: Int, seed: UInt64 = 42) -> [String] {
    var state = seed
    func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
    return (0..<count).map { index in
        let status = [200, 201, 400, 402, 404, 429, 500, 503][Int(next() % 8)]
        let padding = String(repeating: "x", count: Int(next() % 120))
        return #"{"n":\#(index),"status":\#(status),"id":"\#(String(next(), radix: 36))\#(String(next(), radix: 36))","pad":"\#(padding)"}"#
    }
}

/// A line as the chunker delivered it, with its bytes copied out.
struct DeliveredLine: Equatable, CustomStringConvertible {
    var text: String
    var number: Int
    var offset: Int64
    var fullLength: Int64
    var isOverlong = false
    var lacksNewline = false
    var isCutByDamage = false

    var description: String { "#\(number)@\(offset) \(text.prefix(40).debugDescription)" }
}

/// Everything a chunker produced from one input.
struct Delivery {
    var lines: [DeliveredLine] = []
    var chunks: [LineChunk] = []
    var damage: String?
    var sourceDamage: String?
    var peakBufferBytes = 0
    var texts: [String] { lines.map(\.text) }
}

func deliver(_ chunker: LineChunker) throws -> Delivery {
    var delivery = Delivery()
    while let chunk = try chunker.nextChunk() {
        delivery.chunks.append(chunk)
        for line in chunk.lines {
            delivery.lines.append(DeliveredLine(text: chunk.string(of: line), number: line.number, offset: line.offset,
                                                fullLength: line.fullLength, isOverlong: line.isOverlong,
                                                lacksNewline: line.lacksNewline, isCutByDamage: line.isCutByDamage))
        }
    }
    delivery.damage = chunker.damage
    delivery.sourceDamage = chunker.source.damage
    delivery.peakBufferBytes = chunker.peakBufferBytes
    return delivery
}

func deliver(_ path: String, options: LineChunker.Options = .init(), from offset: Int64 = 0, line: Int = 0,
             inputBufferBytes: Int = 1 << 20) throws -> Delivery {
    let source = try ByteSource(.file(path), inputBufferBytes: inputBufferBytes)
    return try deliver(LineChunker(source: source, startingAt: offset, line: line, options: options))
}

/// The reference the chunker is checked against: a slow, obviously right splitter.
func referenceLines(_ bytes: [UInt8]) -> [DeliveredLine] {
    var content = bytes[...]
    var offset: Int64 = 0
    if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3); offset = 3 }
    var result: [DeliveredLine] = []
    var number = 0
    while !content.isEmpty {
        let newline = content.firstIndex(of: 0x0A)
        var line = content[..<(newline ?? content.endIndex)]
        let rawCount = line.count
        if line.last == 0x0D { line = line.dropLast() }
        number += 1
        result.append(DeliveredLine(text: String(decoding: line, as: UTF8.self), number: number, offset: offset,
                                    fullLength: Int64(line.count), lacksNewline: newline == nil))
        offset += Int64(rawCount + (newline == nil ? 0 : 1))
        content = newline.map { content[($0 + 1)...] } ?? content[content.endIndex...]
    }
    return result
}

/// Writes `bytes` to the write end of a new pipe from another thread, in small pieces;
/// returns the read end.
func pipeFeeding(_ bytes: [UInt8], pieceSize: Int = 1000) -> Int32 {
    var ends: [Int32] = [0, 0]
    precondition(pipe(&ends) == 0)
    let writeEnd = ends[1]
    Thread.detachNewThread {
        var position = 0
        while position < bytes.count {
            let count = min(pieceSize, bytes.count - position)
            let written = bytes[position..<(position + count)].withUnsafeBytes { write(writeEnd, $0.baseAddress, count) }
            if written <= 0 { break }
            position += written
        }
        close(writeEnd)
    }
    return ends[0]
}
