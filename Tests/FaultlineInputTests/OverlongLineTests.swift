import Foundation
import Testing
@testable import FaultlineInput

@Suite("Lines longer than the limit")
struct OverlongLineTests {
    @Test func aTwentyMebibyteLineIsFlaggedKeptAsAnExcerptAndNotHeldInMemory() throws {
        let temp = try TemporaryFolder()
        let before = sampleLines(100, seed: 7)
        let after = sampleLines(100, seed: 8)
        var bytes = Array((before.joined(separator: "\n") + "\n").utf8)
        let longStart = Int64(bytes.count)
        let long = (0..<(20 << 20)).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        bytes += long + [0x0D, 0x0A]
        bytes += Array((after.joined(separator: "\n") + "\n").utf8)
        let paths = [try temp.write("long.jsonl", bytes), try temp.write("long.jsonl.gz", gzip(bytes))]
        // Chunks smaller than the limit (the buffer grows to the limit) and larger (it never grows).
        for chunkBytes in [256 << 10, 4 << 20] {
            for path in paths {
                let delivery = try deliver(path, options: .init(chunkBytes: chunkBytes, maxLineBytes: 1 << 20))
                #expect(delivery.lines.count == 201)
                let rejected = delivery.lines[100]
                #expect(rejected.isOverlong)
                #expect(rejected.number == 101)
                #expect(rejected.offset == longStart)
                #expect(rejected.fullLength == Int64(long.count))
                #expect(Array(rejected.text.utf8) == Array(long[0..<256]))
                #expect(delivery.texts.suffix(100) == after[...])
                #expect(delivery.lines.suffix(100).map(\.number) == Array(102...201))
                #expect(delivery.lines.filter(\.isOverlong).count == 1)
                #expect(delivery.lines[101].offset == longStart + Int64(long.count) + 2)
                #expect(delivery.peakBufferBytes <= max(chunkBytes * 3 / 2, (1 << 20) + 2 + (256 << 10)))
            }
        }
    }

    @Test func aLineOfExactlyTheLimitIsKeptEvenWithCrlf() throws {
        let temp = try TemporaryFolder()
        let line = String(repeating: "x", count: 100)
        let delivery = try deliver(temp.write("a.jsonl", line + "\r\n" + line + "\n" + line),
                                   options: .init(chunkBytes: 16, maxLineBytes: 100))
        #expect(delivery.texts == [line, line, line])
        #expect(delivery.lines.allSatisfy { !$0.isOverlong })
    }

    @Test func aLineOneByteOverTheLimitIsOverlongWhereverItEnds() throws {
        let temp = try TemporaryFolder()
        let line = String(repeating: "y", count: 101)
        let delivery = try deliver(temp.write("a.jsonl", line + "\n" + line + "\r\nok\n" + line),
                                   options: .init(chunkBytes: 16, maxLineBytes: 100, excerptBytes: 10))
        #expect(delivery.texts == ["yyyyyyyyyy", "yyyyyyyyyy", "ok", "yyyyyyyyyy"])
        #expect(delivery.lines.map(\.isOverlong) == [true, true, false, true])
        #expect(delivery.lines.map(\.fullLength) == [101, 101, 2, 101])
        #expect(delivery.lines.map(\.offset) == [0, 102, 205, 208])
        #expect(delivery.lines.last?.lacksNewline == true)
        #expect(delivery.chunks.last?.endOffset == 309)
    }

    @Test func anOverlongFinalLineWithoutNewlineIsCountedToTheEnd() throws {
        let temp = try TemporaryFolder()
        let delivery = try deliver(temp.write("a.jsonl", "a\n" + String(repeating: "z", count: 5000)),
                                   options: .init(chunkBytes: 64, maxLineBytes: 300))
        let last = try #require(delivery.lines.last)
        #expect(last.isOverlong && last.lacksNewline && !last.isCutByDamage)
        #expect(last.fullLength == 5000)
        #expect(last.text.count == 256)
        #expect(delivery.chunks.last?.endOffset == 5002)
    }

    @Test func anOverlongLineCutByDamageIsFlaggedBoth() throws {
        let temp = try TemporaryFolder()
        let lines = ["first", String(repeating: "q", count: 400_000) + sampleLines(3000).joined()]
        let whole = gzip(lines.joined(separator: "\n") + "\n")
        let delivery = try deliver(temp.write("a.gz", Array(whole[0..<(whole.count * 3 / 4)])),
                                   options: .init(chunkBytes: 4096, maxLineBytes: 10_000))
        #expect(delivery.texts.first == "first")
        let last = try #require(delivery.lines.last)
        #expect(last.number == 2 && last.isOverlong && last.isCutByDamage)
        #expect(delivery.damage?.contains("line 2 (at decompressed byte 6) is incomplete") == true)
        #expect(delivery.chunks.last?.endOffset == 6)
    }
}
