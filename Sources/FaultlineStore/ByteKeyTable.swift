/// A hash index from short byte strings to dense integers (0, 1, 2… in insertion order), for per-line hot
/// paths: one cheap hash of eight bytes at a time, usually one probe and one `memcmp`, nothing allocated once
/// its arrays have grown. `Dictionary` would hash every key with SipHash and box it as an `Array`.
public struct ByteKeyTable: Sendable {
    /// Open addressing, linear probing; an entry index + 1, or 0 for an empty slot.
    @usableFromInline var slots: [Int32]
    @usableFromInline var hashes: [UInt64] = []
    /// Entry k's bytes are `arena[ends[k - 1] ..< ends[k]]` (from 0 for the first).
    @usableFromInline var ends: [Int] = []
    @usableFromInline var arena: [UInt8] = []

    @inlinable public init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
    }

    @inlinable public var count: Int { ends.count }

    @inlinable public mutating func removeAll() {
        for k in slots.indices { slots[k] = 0 }
        hashes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
    }

    /// The index of `key`, inserting it (as the next index) when it is new; `inserted` tells which.
    @inlinable public mutating func index(of key: UnsafeRawBufferPointer) -> (index: Int, inserted: Bool) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let entry = stored - 1
            if hashes[entry] == hash, equals(entry, key) { return (entry, false) }
            slot = (slot + 1) & mask
        }
        let entry = ends.count
        hashes.append(hash)
        if let base = key.baseAddress { arena.append(contentsOf: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: key.count)) }
        ends.append(arena.count)
        slots[slot] = Int32(entry + 1)
        if ends.count * 2 > slots.count { grow() }
        return (entry, true)
    }

    @inlinable func equals(_ entry: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == key.count else { return false }
        if key.isEmpty { return true }
        return arena.withUnsafeBytes { memcmp($0.baseAddress! + start, key.baseAddress!, key.count) == 0 }
    }

    @usableFromInline mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(entry + 1)
        }
        slots = bigger
    }

    /// Eight bytes at a time, multiply and fold (not for hostile-collision resistance: a collision costs a
    /// longer probe, never a wrong answer).
    @inlinable public static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var i = 0
        let n = key.count
        while i + 8 <= n {
            h = (h ^ key.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            for k in i..<n { tail |= UInt64(key[k]) << (UInt64(k - i) * 8) }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 32
        }
        return h ^ (h >> 31)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
