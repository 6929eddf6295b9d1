import CZlib
import Foundation
import Testing
@testable import FaultlineInput

/// The decoder takes input ahead of decoding (into a bit buffer) and writes output
/// through a window of its own, so member ends, trailers and the file's end can fall
/// at any place relative to the reads and the caller's buffer. These pin that down.
@Suite("Gzip members: buffering, header fields and trailers")
struct GzipFramingTests {
    /// All decompressed bytes of `path`, read `outputBytes` at a time.
    func readAll(_ path: String, inputBufferBytes: Int, outputBytes: Int) throws -> (bytes: [UInt8], source: ByteSource) {
        let source = try ByteSource(.file(path), inputBufferBytes: inputBufferBytes)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: outputBytes, alignment: 1)
        defer { buffer.deallocate() }
        var bytes: [UInt8] = []
        while true {
            let got = try source.read(into: buffer)
            if got == 0 { break }
            bytes.append(contentsOf: buffer[0..<got])
        }
        return (bytes, source)
    }

    @Test func everySplitOfInputAndOutputGivesTheSameBytes() throws {
        let temp = try TemporaryFolder()
        let first = Array("a short first member\n".utf8)
        let second = Array((sampleLines(40).joined(separator: "\n") + "\n").utf8)
        let third = Array("x\n".utf8)
        let file = gzip(first) + gzip(second, level: 0) + [0, 0, 0] + gzip(third, level: 9) + [0, 0]
        let path = try temp.write("m.gz", file)
        for inputBytes in [1, 2, 7, 8, 9, 13, 64, 1 << 20] {
            for outputBytes in [1, 3, 8, 19, 100, 4096, 1 << 20] {
                let (bytes, source) = try readAll(path, inputBufferBytes: inputBytes, outputBytes: outputBytes)
                #expect(bytes == first + second + third, "input \(inputBytes), output \(outputBytes)")
                #expect(source.damage == nil, "input \(inputBytes), output \(outputBytes)")
                #expect(source.gzipMembersCompleted == 3)
                #expect(source.compressedBytesRead == Int64(file.count))
            }
        }
    }

    @Test func theLastBytesOfAMemberComeOutWhenTheOutputHadNoRoomForThem() throws {
        // The whole file fits in one read, so the file's end is reached while the
        // decoder still holds the member's last codes; every output size is tried.
        let temp = try TemporaryFolder()
        let text = Array("0123456789abcdef\n".utf8) + Array(repeating: UInt8(ascii: "z"), count: 300) + [0x0A]
        let path = try temp.write("tail.gz", gzip(text))
        for outputBytes in 1...64 {
            let (bytes, source) = try readAll(path, inputBufferBytes: 1 << 20, outputBytes: outputBytes)
            #expect(bytes == text, "output \(outputBytes)")
            #expect(source.damage == nil, "output \(outputBytes)")
        }
    }

    @Test func headerNameCommentExtraFieldAndHeaderCRCAreSkipped() throws {
        let temp = try TemporaryFolder()
        let text = "with every optional header field\n"
        let path = try temp.write("fields.gz", withHeaderFields(gzip(text)) + gzip("second\n"))
        for inputBytes in [1, 2, 3, 5, 7, 9, 12, 13, 17, 20, 64, 1 << 20] {
            let delivery = try deliver(path, inputBufferBytes: inputBytes)
            #expect(delivery.texts == ["with every optional header field", "second"], "input \(inputBytes)")
            #expect(delivery.sourceDamage == nil, "input \(inputBytes)")
        }
    }

    @Test func aWrongHeaderCRCIsDamage() throws {
        let temp = try TemporaryFolder()
        var bytes = withHeaderFields(gzip("a\n"))
        let crcOffset = 10 + 2 + "extra".utf8.count + "app.log".utf8.count + 1 + "comment".utf8.count + 1
        bytes[crcOffset] ^= 0xFF
        let delivery = try deliver(temp.write("hcrc.gz", bytes))
        #expect(delivery.lines.isEmpty)
        #expect(delivery.sourceDamage?.hasPrefix("corrupt gzip data at compressed byte ") == true)
        #expect(delivery.sourceDamage?.hasSuffix("gzip header fails its header CRC") == true)
    }

    @Test func aMemberWhoseCRCDoesNotMatchStopsReadingAtItsEnd() throws {
        let temp = try TemporaryFolder()
        let first = sampleLines(300, seed: 3), second = sampleLines(200, seed: 4)
        var member = gzip(first.joined(separator: "\n") + "\n")
        member[member.count - 8] ^= 0x01  // the trailer's CRC-32
        let path = try temp.write("crc.gz", member + gzip(second.joined(separator: "\n") + "\n"))
        for inputBytes in [7, 1 << 20] {
            let delivery = try deliver(path, inputBufferBytes: inputBytes)
            #expect(delivery.texts == first, "the member's data is delivered as decoded; the next member is not read")
            #expect(delivery.sourceDamage == "corrupt gzip data at compressed byte \(member.count): gzip member 1 fails its CRC-32 or length check (its data is corrupt)")
        }
    }

    @Test func aWrongLengthInTheTrailerIsDamage() throws {
        let temp = try TemporaryFolder()
        var member = gzip("a\nb\n")
        member[member.count - 4] &+= 1  // ISIZE, the uncompressed length
        let delivery = try deliver(temp.write("isize.gz", member))
        #expect(delivery.texts == ["a", "b"])
        #expect(delivery.sourceDamage?.hasSuffix("fails its CRC-32 or length check (its data is corrupt)") == true)
    }

    @Test func aCutInsideTheTrailerOrTheNextHeaderIsTruncation() throws {
        let temp = try TemporaryFolder()
        let member = gzip("a\nb\n")
        let cuts: [[UInt8]] = [
            Array(member.dropLast(3)),          // inside the trailer: the data is all there, unchecked
            member + [0x1F],                    // a next member that has only its first byte
            member + Array(gzip("c\n").prefix(6)),  // ... or part of its header
        ]
        for (index, bytes) in cuts.enumerated() {
            for inputBytes in [1, 1 << 20] {
                let delivery = try deliver(temp.write("cut\(index).gz", bytes), inputBufferBytes: inputBytes)
                #expect(delivery.texts == ["a", "b"], "cut \(index)")
                #expect(delivery.sourceDamage == "gzip stream truncated after \(bytes.count) compressed bytes (the file ends inside a gzip member: it may still be being written, or a copy was cut short)", "cut \(index)")
            }
        }
    }

    @Test func aDamagedHeaderIsReportedAtItsMembersStart() throws {
        let temp = try TemporaryFolder()
        let member = gzip("a\n")
        let delivery = try deliver(temp.write("magic.gz", member + [0x1F, 0x00] + gzip("b\n")))
        #expect(delivery.texts == ["a"])
        #expect(delivery.sourceDamage == "corrupt gzip data at compressed byte \(member.count): invalid gzip header")
    }

    /// `member` (from `gzip`, which writes a bare 10-byte header) with FEXTRA, FNAME,
    /// FCOMMENT and FHCRC set and filled in, as `gzip -N` and some log shippers write.
    func withHeaderFields(_ member: [UInt8]) -> [UInt8] {
        var header = Array(member[0..<10])
        header[3] = 0x04 | 0x08 | 0x10 | 0x02
        header += [5, 0] + Array("extra".utf8)
        header += Array("app.log".utf8) + [0]
        header += Array("comment".utf8) + [0]
        let crc = header.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
        header += [UInt8(crc & 0xFF), UInt8((crc >> 8) & 0xFF)]
        return header + member[10...]
    }
}
