import Foundation
import Testing

@testable import FaultlineStore

@Suite("Staged batches: written as they come, visible only once committed")
struct StagedCommitTests {
    @Test func stagedBatchesAreInvisibleUntilCommittedThenAllAppear() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        let path = dir.path("store.db")
        try writer.stage(eventsBatch([sampleEvent(line: 1, ts: "2026-11-20T10:00:00.000Z")], endOffset: 100), to: source)
        try writer.stage(eventsBatch([sampleEvent(line: 2, ts: "2026-11-20T10:30:00.000Z")], endOffset: 200), to: source)
        #expect(try count("SELECT count(*) FROM events", in: path) == 0)
        #expect(try count("SELECT bytes_done FROM sources", in: path) == 0)
        try writer.commitStaged()
        #expect(try count("SELECT count(*) FROM events", in: path) == 2)
        #expect(try count("SELECT bytes_done FROM sources", in: path) == 200)
        // The two batches' hourly counts were summed into one row.
        #expect(try count("SELECT count FROM error_hours", in: path) == 2)
        writer.close()
    }

    @Test func discardingDropsEverythingStagedSinceTheLastCommit() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        try writer.stage(eventsBatch([sampleEvent(line: 1)], endOffset: 100), to: source)
        try writer.commitStaged()
        try writer.stage(eventsBatch([sampleEvent(line: 2)], endOffset: 200), to: source)
        writer.discardStaged()
        try writer.stage(eventsBatch([sampleEvent(line: 2, message: "again")], endOffset: 200), to: source)
        try writer.commitStaged()
        writer.close()
        let store = try Store.openReadOnly(path: dir.path("store.db"))
        #expect(try store.query("SELECT line, message FROM errors ORDER BY line").rows
            == [[.integer(1), .text("Your card was declined.")], [.integer(2), .text("again")]])
        #expect(try count("SELECT sum(count) FROM error_hours", in: dir.path("store.db")) == 2)
    }

    @Test func otherWritesAreRefusedWhileBatchesAreStaged() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        try writer.stage(eventsBatch([sampleEvent(line: 1)], endOffset: 100), to: source)
        let error = storeError { try writer.markDamaged(sourceID: source, reason: "cut") }
        #expect(error?.description.contains("batches are staged but not committed") == true)
        try writer.commitStaged()
        try writer.markDamaged(sourceID: source, reason: "cut")
        writer.close()
    }
}
