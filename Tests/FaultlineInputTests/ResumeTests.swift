import Foundation
import Testing
@testable import FaultlineInput

@Suite("Resuming at a checkpoint")
struct ResumeTests {
    let lines = sampleLines(5000)
    var text: String { lines.joined(separator: "\n") + "\n" }

    /// Resuming at every chunk's checkpoint yields exactly the lines after it, numbered on.
    func checkResumeAtEveryCheckpoint(_ path: String) throws {
        let options = LineChunker.Options(chunkBytes: 32 << 10)
        let whole = try deliver(path, options: options)
        #expect(whole.lines.count == lines.count)
        var linesBefore = 0
        for chunk in whole.chunks.dropLast() {
            linesBefore += chunk.lines.count
            let resumed = try deliver(path, options: options, from: chunk.endOffset, line: linesBefore)
            #expect(resumed.lines == Array(whole.lines[linesBefore...]))
        }
    }

    @Test func resumingAPlainFileSeeksToTheCheckpoint() throws {
        let temp = try TemporaryFolder()
        try checkResumeAtEveryCheckpoint(temp.write("a.jsonl", text))
    }

    @Test func resumingAGzipFileDecodesAndDiscardsUpToTheCheckpoint() throws {
        let temp = try TemporaryFolder()
        let half = lines.count / 2
        let bytes = gzip(lines[..<half].joined(separator: "\n") + "\n") + gzip(lines[half...].joined(separator: "\n") + "\n")
        try checkResumeAtEveryCheckpoint(temp.write("a.jsonl.gz", bytes))
    }

    @Test func resumingAPipeReadsAndDiscardsUpToTheCheckpoint() throws {
        let bytes = Array(text.utf8)
        let firstLineEnd = Int64(lines[0].utf8.count + 1)
        let source = try ByteSource(fileDescriptor: pipeFeeding(bytes, pieceSize: 4096), path: .standardInput, closesDescriptor: true)
        let delivery = try deliver(LineChunker(source: source, startingAt: firstLineEnd, line: 1))
        #expect(delivery.texts == Array(lines.dropFirst()))
        #expect(delivery.lines.first?.number == 2)
        #expect(delivery.lines.first?.offset == firstLineEnd)
    }

    @Test func resumingAtTheEndYieldsNothing() throws {
        let temp = try TemporaryFolder()
        let path = try temp.write("a.jsonl", text)
        let gz = try temp.write("a.gz", gzip(text))
        for file in [path, gz] {
            let chunker = LineChunker(source: try ByteSource(.file(file)), startingAt: Int64(text.utf8.count), line: lines.count)
            #expect(try chunker.nextChunk()?.lines == nil)
            #expect(chunker.damage == nil)
        }
    }

    @Test func resumingPastTheEndOfAShrunkenFileIsAnError() throws {
        let temp = try TemporaryFolder()
        for path in [try temp.write("short.jsonl", "a\nb\n"), try temp.write("short.gz", gzip("a\nb\n"))] {
            let chunker = LineChunker(source: try ByteSource(.file(path)), startingAt: 100, line: 10)
            let error = #expect(throws: InputError.self) { try chunker.nextChunk() }
            #expect(error == .resumeBeyondEnd(path: path, requested: 100, available: 4))
            #expect(error?.description.contains("ingest it again from the start") == true)
        }
    }

    @Test func resumingPastTheDamageOfATruncatedGzipReportsTheDamage() throws {
        let temp = try TemporaryFolder()
        let whole = gzip(text)
        let path = try temp.write("cut.gz", Array(whole[0..<(whole.count / 2)]))
        let chunker = LineChunker(source: try ByteSource(.file(path)), startingAt: Int64(text.utf8.count), line: 0)
        #expect(try chunker.nextChunk()?.lines == nil)
        #expect(chunker.damage?.contains("before the resume point") == true)
    }

    @Test func aFileThatGrewResumesWithItsNewLines() throws {
        let temp = try TemporaryFolder()
        let path = try temp.write("grow.jsonl", "a\nb\n")
        let first = try deliver(path)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("c\nd\n".utf8))
        handle.closeFile()
        let resumed = try deliver(path, from: try #require(first.chunks.last?.endOffset), line: first.lines.count)
        #expect(resumed.lines == [DeliveredLine(text: "c", number: 3, offset: 4, fullLength: 1),
                                  DeliveredLine(text: "d", number: 4, offset: 6, fullLength: 1)])
    }
}
