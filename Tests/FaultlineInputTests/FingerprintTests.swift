import Foundation
import Testing
@testable import FaultlineInput

@Suite("Fingerprinting an input's head")
struct FingerprintTests {
    @Test func theHashIsFnv1a64InSixteenHexDigits() throws {
        let temp = try TemporaryFolder()
        #expect(try HeadFingerprint.of(.file(temp.write("e", [])), firstBytes: 10) == HeadFingerprint(hash: "cbf29ce484222325", length: 0))
        #expect(try HeadFingerprint.of(.file(temp.write("a", "a")), firstBytes: 10) == HeadFingerprint(hash: "af63dc4c8601ec8c", length: 1))
    }

    @Test func takingTheFingerprintLosesNoBytesForTheChunker() throws {
        let temp = try TemporaryFolder()
        let text = sampleLines(3000).joined(separator: "\n") + "\n"  // well over 64 KiB
        for path in [try temp.write("a.jsonl", text), try temp.write("a.gz", gzip(text))] {
            let chunker = LineChunker(source: try ByteSource(.file(path)))
            let fingerprint = try chunker.headFingerprint()
            #expect(fingerprint.length == 65536)
            #expect(try deliver(chunker).texts == sampleLines(3000))
            #expect(try HeadFingerprint.of(.file(path), firstBytes: 65536) == fingerprint)
        }
    }

    @Test func plainAndGzipCopiesOfTheSameLogHaveTheSameFingerprint() throws {
        let temp = try TemporaryFolder()
        let text = sampleLines(100).joined(separator: "\n")
        let plain = try ByteSource(.file(temp.write("a.jsonl", text))).headFingerprint()
        let zipped = try ByteSource(.file(temp.write("b.gz", gzip(text)))).headFingerprint()
        #expect(plain == zipped)
        #expect(plain.length == text.utf8.count)
    }

    @Test func aShortFilesFingerprintCoversTheWholeFileAndStillReads() throws {
        let temp = try TemporaryFolder()
        let chunker = LineChunker(source: try ByteSource(.file(temp.write("a.jsonl", "x\ny"))))
        #expect(try chunker.headFingerprint().length == 3)
        #expect(try deliver(chunker).texts == ["x", "y"])
    }

    @Test func aGrownFileStillStartsWithTheBytesFingerprintedBefore() throws {
        let temp = try TemporaryFolder()
        let path = try temp.write("grow.jsonl", "a\nb\n")
        let before = try ByteSource(.file(path)).headFingerprint()
        try temp.write("grow.jsonl", "a\nb\nc\n")
        #expect(try HeadFingerprint.of(.file(path), firstBytes: Int64(before.length)) == before)
        #expect(try ByteSource(.file(path)).headFingerprint() != before)
        try temp.write("grow.jsonl", "A\nb\nc\n")
        #expect(try HeadFingerprint.of(.file(path), firstBytes: Int64(before.length)) != before)
    }

    @Test func resumingStillFingerprintsTheInputsFirstBytes() throws {
        let temp = try TemporaryFolder()
        let path = try temp.write("a.gz", gzip("first\nsecond\n"))
        let chunker = LineChunker(source: try ByteSource(.file(path)), startingAt: 6, line: 1)
        #expect(try chunker.headFingerprint() == HeadFingerprint.of(.file(path), firstBytes: 65536))
        #expect(try deliver(chunker).lines == [DeliveredLine(text: "second", number: 2, offset: 6, fullLength: 6)])
    }

    @Test func standardInputCannotBeFingerprintedBySeparateReading() {
        #expect(throws: InputError.standardInputNotRepeatable) { try HeadFingerprint.of(.standardInput, firstBytes: 10) }
    }
}
