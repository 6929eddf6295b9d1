/// What ties the attempts of one logical operation together: its idempotency key, or, for requests sent
/// without one, its request id. Attempts are matched by a 64-bit hash of the key's UTF-8 bytes, so success
/// lines can be checked without building a string for each.
public enum OperationKey {
    /// FNV-1a over the key's bytes. Ingest hashes raw log bytes and the store hashes stored strings; both
    /// must agree, so this is the one definition.
    @inlinable
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// The key of an error event: its idempotency key when it has one, else its request id.
    public static func of(idempotencyKey: String?, requestID: String?) -> String? {
        if let idempotencyKey, !idempotencyKey.isEmpty { return idempotencyKey }
        if let requestID, !requestID.isEmpty { return requestID }
        return nil
    }

    /// `of(idempotencyKey:requestID:)` over UTF-8 bytes.
    static func of(idempotencyKey: UnsafeRawBufferPointer?, requestID: UnsafeRawBufferPointer?) -> UnsafeRawBufferPointer? {
        if let idempotencyKey, !idempotencyKey.isEmpty { return idempotencyKey }
        if let requestID, !requestID.isEmpty { return requestID }
        return nil
    }
}

/// The operation keys of the most recent failed attempts, in bounded memory.
///
/// Two generations: when the current one fills up it becomes the previous one and the older is dropped,
/// so the newest `generationSize` to `2 × generationSize` failures are always remembered. Retries follow
/// their failure within seconds or minutes, far inside that horizon on any real log.
struct RecentFailures {
    let generationSize: Int
    private var current: HashSet64
    private var previous: HashSet64

    init(generationSize: Int = 65_536) {
        self.generationSize = generationSize
        current = HashSet64(capacity: generationSize)
        previous = HashSet64(capacity: generationSize)
    }

    var isEmpty: Bool { current.isEmpty && previous.isEmpty }

    mutating func insert(_ hash: UInt64) {
        if current.isFull {
            swap(&current, &previous)
            current.removeAll()
        }
        current.insert(hash)
    }

    func contains(_ hash: UInt64) -> Bool {
        current.contains(hash) || previous.contains(hash)
    }

    mutating func removeAll() {
        current.removeAll()
        previous.removeAll()
    }
}
