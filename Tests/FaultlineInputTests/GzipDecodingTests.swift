import Foundation
import Testing
@testable import FaultlineInput

@Suite("Reading gzip and plain inputs")
struct GzipDecodingTests {
    let text = sampleLines(3000).joined(separator: "\n") + "\n"

    @Test func gzipIsRecognisedByMagicBytesEvenUnderAPlainName() throws {
        let temp = try TemporaryFolder()
        let path = try temp.write("x.jsonl", gzip(text))
        let source = try ByteSource(.file(path))
        #expect(source.isGzip)
        let delivery = try deliver(LineChunker(source: source))
        #expect(delivery.texts.joined(separator: "\n") + "\n" == text)
        #expect(delivery.damage == nil)
    }

    @Test func aPlainFileNamedGzIsReadAsPlain() throws {
        let temp = try TemporaryFolder()
        let path = try temp.write("x.gz", text)
        let source = try ByteSource(.file(path))
        #expect(!source.isGzip)
        #expect(try deliver(LineChunker(source: source)).texts == sampleLines(3000))
    }

    @Test func twoConcatenatedMembersAreReadWhole() throws {
        let temp = try TemporaryFolder()
        let first = sampleLines(500, seed: 1), second = sampleLines(700, seed: 2)
        let bytes = gzip(first.joined(separator: "\n") + "\n") + gzip(second.joined(separator: "\n") + "\n")
        let path = try temp.write("rotated.jsonl.gz", bytes)
        for inputBuffer in [1 << 20, 7, 1] {  // member boundary inside one read, and across reads
            let source = try ByteSource(.file(path), inputBufferBytes: inputBuffer)
            let delivery = try deliver(LineChunker(source: source, options: .init(chunkBytes: 4096)))
            #expect(delivery.texts == first + second)
            #expect(delivery.lines.last?.number == 1200)
            #expect(delivery.damage == nil)
            #expect(source.gzipMembersCompleted == 2)
            #expect(source.compressedBytesRead == Int64(bytes.count))
        }
    }

    @Test func aMemberBoundaryInsideALineJoinsTheLine() throws {
        let temp = try TemporaryFolder()
        let path = try temp.write("split.gz", gzip("first\nsec") + gzip("ond\nthird\n"))
        #expect(try deliver(path).texts == ["first", "second", "third"])
    }

    @Test func zeroPaddingAfterTheLastMemberIsNotDamage() throws {
        let temp = try TemporaryFolder()
        let path = try temp.write("padded.gz", gzip("a\nb\n") + [UInt8](repeating: 0, count: 5000))
        let delivery = try deliver(path, inputBufferBytes: 1000)
        #expect(delivery.texts == ["a", "b"])
        #expect(delivery.damage == nil)
    }

    @Test func nonGzipBytesAfterAMemberAreReportedAsDamage() throws {
        let temp = try TemporaryFolder()
        let member = gzip("a\nb\n")
        let path = try temp.write("garbage.gz", member + Array("hello\n".utf8))
        let delivery = try deliver(path)
        #expect(delivery.texts == ["a", "b"])
        #expect(delivery.sourceDamage == "unexpected non-gzip data at compressed byte \(member.count), after gzip member 1")
    }

    @Test func aTruncatedStreamDeliversTheLinesBeforeTheCutAndReportsWhere() throws {
        let temp = try TemporaryFolder()
        let lines = sampleLines(20000)
        let whole = gzip(lines.joined(separator: "\n") + "\n")
        let cut = Array(whole[0..<(whole.count / 2)])
        let path = try temp.write("cut.jsonl.gz", cut)
        let delivery = try deliver(path, options: .init(chunkBytes: 64 << 10))

        let complete = delivery.lines.filter { !$0.isCutByDamage }
        #expect(complete.count > 5000 && complete.count < 20000)
        #expect(complete.map(\.text) == Array(lines[0..<complete.count]))
        #expect(delivery.sourceDamage == "gzip stream truncated after \(cut.count) compressed bytes (the file ends inside a gzip member: it may still be being written, or a copy was cut short)")
        let last = try #require(delivery.lines.last)
        let reached = last.isCutByDamage ? last.number : complete.count
        #expect(delivery.damage?.hasPrefix(delivery.sourceDamage! + "; ") == true)
        #expect(delivery.damage?.contains("line \(reached) ") == true)
        if last.isCutByDamage {
            #expect(last.lacksNewline)
            #expect(lines[last.number - 1].hasPrefix(last.text))
            #expect(delivery.chunks.last?.endOffset == last.offset)  // a checkpoint never covers a cut line
        }
    }

    @Test func corruptDataDeliversTheLinesBeforeItAndReportsTheDecodersMessage() throws {
        let temp = try TemporaryFolder()
        let lines = sampleLines(20000)
        var bytes = gzip(lines.joined(separator: "\n") + "\n")
        for index in (bytes.count / 2)..<(bytes.count / 2 + 16) { bytes[index] ^= 0xA5 }
        let path = try temp.write("corrupt.jsonl.gz", bytes)
        let delivery = try deliver(path)
        let damage = try #require(delivery.sourceDamage)
        #expect(damage.hasPrefix("corrupt gzip data at compressed byte "))
        #expect(delivery.damage?.hasPrefix(damage + "; ") == true)
        #expect(delivery.lines.count > 1000)
        #expect(delivery.lines.prefix(1000).map(\.text) == Array(lines[0..<1000]))
    }

    @Test func aCorruptHeaderIsDamageNotACrash() throws {
        let temp = try TemporaryFolder()
        var bytes = gzip("a\n")
        bytes[2] = 99  // compression method other than deflate
        let delivery = try deliver(temp.write("bad.gz", bytes))
        #expect(delivery.lines.isEmpty)
        #expect(delivery.sourceDamage?.hasPrefix("corrupt gzip data at compressed byte ") == true)
        #expect(delivery.damage?.contains("the input ends after line 0") == true)
    }

    @Test func progressCountersTrackStoredBytes() throws {
        let temp = try TemporaryFolder()
        let bytes = gzip(text)
        let path = try temp.write("p.gz", bytes)
        let source = try ByteSource(.file(path), inputBufferBytes: 4096)
        #expect(source.totalCompressedBytes == Int64(bytes.count))
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 10_000, alignment: 1)
        defer { buffer.deallocate() }
        _ = try source.read(into: buffer)
        #expect(source.compressedBytesRead > 0 && source.compressedBytesRead < Int64(bytes.count))
        while try source.read(into: buffer) > 0 {}
        #expect(source.compressedBytesRead == Int64(bytes.count))
        #expect(source.decompressedBytesRead == Int64(text.utf8.count))

        let plain = try ByteSource(.file(temp.write("p.jsonl", text)))
        #expect(plain.totalCompressedBytes == Int64(text.utf8.count))
        while try plain.read(into: buffer) > 0 {}
        #expect(plain.compressedBytesRead == Int64(text.utf8.count))
    }

    @Test func emptyAndOneByteFilesArePlain() throws {
        let temp = try TemporaryFolder()
        let empty = try ByteSource(.file(temp.write("e.jsonl", [])))
        #expect(!empty.isGzip)
        #expect(try deliver(LineChunker(source: empty)).lines.isEmpty)
        #expect(try deliver(temp.write("one.jsonl", [0x1f])).lines.map(\.text) == ["\u{1f}"])
    }

    @Test func openingAMissingFileThrowsNoSuchFile() {
        #expect(throws: InputError.noSuchFile(path: "/nonexistent/x.jsonl")) {
            try ByteSource(.file("/nonexistent/x.jsonl"))
        }
    }
}
