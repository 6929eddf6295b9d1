import Testing

@testable import FaultlineStore

@Suite("A fixed-capacity set of 64-bit hashes")
struct HashSet64Tests {
    @Test("it holds what was inserted, zero and colliding keys included, and nothing else")
    func holdsExactlyItsKeys() {
        var set = HashSet64(capacity: 100)
        // Keys that differ only in their high bits, or only in their low bits, land near each other.
        let keys: [UInt64] = [0, 1, 2, 1 << 63, (1 << 63) | 1] + (1...60).map { UInt64($0) << 40 } + (1...30).map { UInt64($0) * 0x100_0000_01b3 }
        for key in keys { set.insert(key) }
        for key in keys { set.insert(key) }
        #expect(set.count == Set(keys).count)
        #expect(keys.allSatisfy(set.contains))
        #expect(![3, 1 << 62, 61 << 40, 31 * 0x100_0000_01b3].contains(where: set.contains))
        #expect(!set.isFull)
        set.removeAll()
        #expect(set.isEmpty && !set.contains(0) && !set.contains(1 << 63))
    }

    @Test("recent failures remember between one and two generations of keys")
    func recentFailuresKeepTwoGenerations() {
        var recent = RecentFailures(generationSize: 4)
        for key in UInt64(1)...10 { recent.insert(key) }
        // 1…4 filled the first generation and 5…8 the second; 9 and 10 started a third, dropping the first.
        #expect((5...10).allSatisfy { recent.contains(UInt64($0)) })
        #expect(!(1...4).contains { recent.contains(UInt64($0)) })
    }
}
