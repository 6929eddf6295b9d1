/// A set of 64-bit hashes with a fixed capacity: open addressing and linear probing in one flat array.
///
/// The committer asks it about every success line that names an operation (most of them); `Set<UInt64>`
/// spends most of such a lookup hashing the key again with SipHash, although the keys are hashes already.
struct HashSet64 {
    /// 0 marks an empty slot, so the key 0 is kept aside.
    private var slots: [UInt64]
    private var hasZero = false
    private(set) var count = 0
    /// How many keys fit: slots stay at most half full, so probes are short.
    let capacity: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        self.capacity = capacity
    }

    var isEmpty: Bool { count == 0 }
    var isFull: Bool { count >= capacity }

    /// Adds `key`; the caller makes room first (`isFull`), as the set does not grow.
    mutating func insert(_ key: UInt64) {
        precondition(!isFull, "HashSet64 holds at most \(capacity) keys")
        if key == 0 {
            if !hasZero { hasZero = true; count += 1 }
            return
        }
        let mask = slots.count - 1
        var slot = Self.start(key, mask)
        while slots[slot] != 0 {
            if slots[slot] == key { return }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = key
        count += 1
    }

    func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        let mask = slots.count - 1
        var slot = Self.start(key, mask)
        while slots[slot] != 0 {
            if slots[slot] == key { return true }
            slot = (slot &+ 1) & mask
        }
        return false
    }

    mutating func removeAll() {
        for index in slots.indices { slots[index] = 0 }
        hasZero = false
        count = 0
    }

    /// The keys are FNV hashes, whose low bits are weak; a multiply and the high bits spread them.
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
