import Foundation
import Testing
@testable import FaultlineInput

@Suite("Reading standard input and pipes", .serialized)
struct StandardInputTests {
    let lines = sampleLines(20000)

    @Test func gzipThroughAPipeIsDetectedAndDecodedWithoutASize() throws {
        let bytes = gzip(lines.joined(separator: "\n") + "\n")
        let source = try ByteSource(fileDescriptor: pipeFeeding(bytes, pieceSize: 1), path: .standardInput, closesDescriptor: true)
        #expect(source.isGzip)
        #expect(source.totalCompressedBytes == nil)
        #expect(try deliver(LineChunker(source: source)).texts == lines)
    }

    @Test func thePipesHeadCanBeFingerprintedOnceWithoutLosingIt() throws {
        let text = lines.joined(separator: "\n") + "\n"
        let source = try ByteSource(fileDescriptor: pipeFeeding(Array(text.utf8), pieceSize: 777), path: .standardInput, closesDescriptor: true)
        let chunker = LineChunker(source: source, options: .init(chunkBytes: 10_000))
        let fingerprint = try chunker.headFingerprint()
        var hasher = FNV1a64()
        Array(text.utf8.prefix(65536)).withUnsafeBytes { hasher.update($0) }
        #expect(fingerprint == HeadFingerprint(hash: hasher.hex, length: 65536))
        #expect(try deliver(chunker).texts == lines)
    }

    @Test func dashReadsTheProcessStandardInput() throws {
        let saved = dup(0)
        defer { dup2(saved, 0); close(saved) }
        let readEnd = pipeFeeding(gzip("from\nstdin\n"))
        dup2(readEnd, 0)
        close(readEnd)
        let source = try ByteSource(.standardInput)
        #expect(source.path.description == "standard input")
        #expect(try deliver(LineChunker(source: source)).texts == ["from", "stdin"])
    }
}
