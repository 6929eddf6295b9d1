import Foundation
import Testing
@testable import FaultlineInput

@Suite("Splitting into lines")
struct LineSplittingTests {
    @Test func lfEndsALineAndCarriesNoByteOfIt() throws {
        let temp = try TemporaryFolder()
        let delivery = try deliver(temp.write("a.jsonl", "{\"a\":1}\n{\"b\":2}\n"))
        #expect(delivery.lines == [
            DeliveredLine(text: "{\"a\":1}", number: 1, offset: 0, fullLength: 7),
            DeliveredLine(text: "{\"b\":2}", number: 2, offset: 8, fullLength: 7),
        ])
        #expect(delivery.chunks.map(\.endOffset) == [16])
    }

    @Test func theCrOfCrlfIsNotPartOfTheLineButCountsInOffsets() throws {
        let temp = try TemporaryFolder()
        let delivery = try deliver(temp.write("a.jsonl", "ab\r\ncd\r\n\r\nx\ry\r\n"))
        #expect(delivery.texts == ["ab", "cd", "", "x\ry"])
        #expect(delivery.lines.map(\.offset) == [0, 4, 8, 10])
        #expect(delivery.chunks.last?.endOffset == 15)
    }

    @Test func aFinalLineWithoutNewlineIsALine() throws {
        let temp = try TemporaryFolder()
        let delivery = try deliver(temp.write("a.jsonl", "one\ntwo"))
        #expect(delivery.lines.last == DeliveredLine(text: "two", number: 2, offset: 4, fullLength: 3, lacksNewline: true))
        #expect(delivery.chunks.last?.endOffset == 7)
        #expect(delivery.damage == nil)
    }

    @Test func nothingAfterTheLastNewlineIsNotALine() throws {
        let temp = try TemporaryFolder()
        #expect(try deliver(temp.write("a.jsonl", "one\n")).texts == ["one"])
        #expect(try deliver(temp.write("b.jsonl", "\n")).texts == [""])
    }

    @Test func emptyLinesAreLinesAndKeepTheNumberingTrue() throws {
        let temp = try TemporaryFolder()
        let delivery = try deliver(temp.write("a.jsonl", "\n\na\n\nb\n"))
        #expect(delivery.texts == ["", "", "a", "", "b"])
        #expect(delivery.lines.map(\.number) == [1, 2, 3, 4, 5])
    }

    @Test func aBomAtTheStartIsSkippedButCountedInOffsets() throws {
        let temp = try TemporaryFolder()
        let delivery = try deliver(temp.write("bom.jsonl", [0xEF, 0xBB, 0xBF] + Array("{}\n{}\n".utf8)))
        #expect(delivery.lines == [
            DeliveredLine(text: "{}", number: 1, offset: 3, fullLength: 2),
            DeliveredLine(text: "{}", number: 2, offset: 6, fullLength: 2),
        ])
        #expect(delivery.chunks.first?.startOffset == 3)
    }

    @Test func aBomInsideTheFileIsContent() throws {
        let temp = try TemporaryFolder()
        let delivery = try deliver(temp.write("a.jsonl", Array("a\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("b\n".utf8)))
        #expect(delivery.texts == ["a", "\u{FEFF}b"])
    }

    @Test func aBomArrivingOneByteAtATimeThroughAPipeIsStillSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("x\n".utf8)
        let source = try ByteSource(fileDescriptor: pipeFeeding(bytes, pieceSize: 1), path: .standardInput, closesDescriptor: true)
        let delivery = try deliver(LineChunker(source: source))
        #expect(delivery.lines == [DeliveredLine(text: "x", number: 1, offset: 3, fullLength: 1)])
    }

    @Test func aBomOnlyFileHasNoLines() throws {
        let temp = try TemporaryFolder()
        #expect(try deliver(temp.write("a.jsonl", [0xEF, 0xBB, 0xBF])).lines.isEmpty)
        #expect(try deliver(temp.write("b.jsonl", [0xEF, 0xBB])).texts == ["\u{FFFD}"])
    }

    @Test func linesSplitAcrossChunkAndReadBoundariesComeOutWhole() throws {
        let temp = try TemporaryFolder()
        var bytes = [0xEF, 0xBB, 0xBF] + Array(sampleLines(400).enumerated().map { index, line in
            index % 7 == 0 ? line + "\r\n" : index % 11 == 0 ? "\n" : line + "\n"
        }.joined().utf8)
        bytes += Array("tail without newline".utf8)
        let plain = try temp.write("a.jsonl", bytes)
        let zipped = try temp.write("a.jsonl.gz", gzip(bytes))
        let expected = referenceLines(bytes)
        for chunkBytes in [16, 17, 100, 255, 4096, 1 << 20] {
            for path in [plain, zipped] {
                let delivery = try deliver(path, options: .init(chunkBytes: chunkBytes), inputBufferBytes: 333)
                #expect(delivery.lines == expected, "chunkBytes \(chunkBytes), \(path)")
                // Chunks tile the input: each starts where the previous one's checkpoint ended.
                let starts = delivery.chunks.map(\.startOffset)
                #expect(Array(starts.dropFirst()) == Array(delivery.chunks.map(\.endOffset).dropLast()))
                #expect(delivery.chunks.last?.endOffset == Int64(bytes.count))
            }
        }
    }

    @Test func chunksHoldAboutChunkBytesOfLines() throws {
        let temp = try TemporaryFolder()
        let text = sampleLines(50_000).joined(separator: "\n") + "\n"
        let delivery = try deliver(temp.write("a.jsonl", text), options: .init(chunkBytes: 256 << 10))
        let sizes = delivery.chunks.map { $0.endOffset - $0.startOffset }
        #expect(delivery.chunks.count > 10)
        #expect(sizes.dropLast().allSatisfy { $0 > 200 << 10 && $0 <= 256 << 10 })
        #expect(delivery.lines.count == 50_000)
    }

    @Test func chunksCanBeReadOnAnotherThread() async throws {
        let temp = try TemporaryFolder()
        let chunker = LineChunker(source: try ByteSource(.file(temp.write("a.jsonl", "x\ny\n"))))
        let chunk = try #require(try chunker.nextChunk())
        let texts = await Task.detached { chunk.lines.map { chunk.string(of: $0) } }.value
        #expect(texts == ["x", "y"])
    }
}
