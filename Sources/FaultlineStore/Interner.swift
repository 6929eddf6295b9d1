/// Turns repeated values into row ids (`error_kinds`, `endpoints`, `messages`), remembering answers in memory.
///
/// Each cache is cleared when it passes `cacheLimit` entries, so memory stays bounded on logs with many
/// distinct messages; a miss only costs a lookup. Ids handed out inside a transaction that is then rolled
/// back no longer exist (and SQLite will reuse them), so the writer calls `forgetAll()` after any rollback.
final class Interner {
    /// Every column of an `error_kinds` row. SQLite's UNIQUE treats NULLs as distinct, so this key,
    /// not the schema, is what keeps one row per outcome.
    struct KindKey: Hashable {
        var provider: String
        var code: String
        var category: String?
        var retryable: Bool?
        var retryBasis: String
        var known: Bool
        var guidance: String?
    }

    struct EndpointKey: Hashable {
        var host: String
        var path: String
    }

    static let cacheLimit = 20_000

    /// Kinds by provider and code first: hashing two short strings is much cheaper than hashing every
    /// field (guidance texts are long), and a code has one or two kinds at most.
    private var kinds: [ProviderCode: [(key: KindKey, id: Int64)]] = [:]

    private struct ProviderCode: Hashable {
        var provider: String
        var code: String
    }
    private var endpoints: [EndpointKey: Int64] = [:]
    private var messages: [String: Int64] = [:]
    private var fingerprints: [String: Int64] = [:]

    /// The same answers keyed by raw bytes, for ingest's hot path: looking a value up makes no String.
    /// A key is the values' bytes, each but the last after its length (see `appendKeyPart`), so different
    /// values never make the same key and nil differs from "". Each table maps its dense indices to ids.
    private var kindsByBytes = ByteKeyTable()
    private var kindIDs: [Int64] = []
    private var endpointsByBytes = ByteKeyTable()
    private var endpointIDs: [Int64] = []
    private var messagesByBytes = ByteKeyTable()
    private var messageIDs: [Int64] = []
    private var keyScratch: [UInt8] = []

    private let findKind: Statement
    private let insertKind: Statement
    private let insertEndpoint: Statement
    private let findEndpoint: Statement
    private let insertMessage: Statement
    private let insertFingerprint: Statement
    private let findFingerprint: Statement

    init(db: Database) throws {
        // `IS` rather than `=` so NULL columns match NULL.
        findKind = try db.prepare("""
            SELECT id FROM error_kinds WHERE provider = ?1 AND code = ?2 AND category IS ?3 AND retryable IS ?4
              AND retry_basis = ?5 AND known = ?6 AND guidance IS ?7 ORDER BY id LIMIT 1
            """, persistent: true)
        insertKind = try db.prepare("""
            INSERT INTO error_kinds (provider, code, category, retryable, retry_basis, known, guidance)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """, persistent: true)
        insertEndpoint = try db.prepare(
            "INSERT INTO endpoints (host, path) VALUES (?1, ?2) ON CONFLICT (host, path) DO NOTHING RETURNING id",
            persistent: true)
        findEndpoint = try db.prepare("SELECT id FROM endpoints WHERE host = ?1 AND path = ?2", persistent: true)
        // A message stored before fingerprints existed gets its fingerprint the next time it is seen.
        insertMessage = try db.prepare("""
            INSERT INTO messages (text, fingerprint_id) VALUES (?1, ?2)
            ON CONFLICT (text) DO UPDATE SET fingerprint_id = coalesce(fingerprint_id, excluded.fingerprint_id)
            RETURNING id
            """, persistent: true)
        insertFingerprint = try db.prepare(
            "INSERT INTO fingerprints (text) VALUES (?1) ON CONFLICT (text) DO NOTHING RETURNING id", persistent: true)
        findFingerprint = try db.prepare("SELECT id FROM fingerprints WHERE text = ?1", persistent: true)
        try loadKinds(db)
    }

    /// Kinds are few (bounded by the catalogs), so all of them are cached up front.
    private func loadKinds(_ db: Database) throws {
        let all = try db.prepare("SELECT id, provider, code, category, retryable, retry_basis, known, guidance FROM error_kinds")
        while try all.step() {
            let key = KindKey(
                provider: all.string(at: 1) ?? "", code: all.string(at: 2) ?? "", category: all.string(at: 3),
                retryable: all.isNull(at: 4) ? nil : all.bool(at: 4), retryBasis: all.string(at: 5) ?? "",
                known: all.bool(at: 6), guidance: all.string(at: 7))
            if cachedKind(key) == nil { kinds[ProviderCode(provider: key.provider, code: key.code), default: []].append((key, all.int64(at: 0))) }
        }
    }

    private func cachedKind(_ key: KindKey) -> Int64? {
        kinds[ProviderCode(provider: key.provider, code: key.code)]?.first(where: { $0.key == key })?.id
    }

    func kindID(_ key: KindKey) throws -> Int64 {
        if let id = cachedKind(key) { return id }
        for statement in [findKind, insertKind] {
            try statement.bind(key.provider, at: 1)
            try statement.bind(key.code, at: 2)
            try statement.bind(key.category, at: 3)
            try statement.bind(key.retryable, at: 4)
            try statement.bind(key.retryBasis, at: 5)
            try statement.bind(key.known, at: 6)
            try statement.bind(key.guidance, at: 7)
        }
        let id: Int64
        defer { findKind.reset() }
        if try findKind.step() {
            id = findKind.int64(at: 0)
        } else {
            try insertKind.run()
            id = insertKind.database.lastInsertRowID
        }
        if kinds.count >= Self.cacheLimit { kinds.removeAll(keepingCapacity: true) }
        kinds[ProviderCode(provider: key.provider, code: key.code), default: []].append((key, id))
        return id
    }

    /// The endpoint's id, or nil when the line named neither host nor path.
    func endpointID(host: String?, path: String?) throws -> Int64? {
        guard host?.isEmpty == false || path?.isEmpty == false else { return nil }
        let key = EndpointKey(host: host ?? "", path: path ?? "")
        if let id = endpoints[key] { return id }
        let id = try intern([key.host, key.path], insert: insertEndpoint, find: findEndpoint)
        remember(key, id, in: &endpoints)
        return id
    }

    /// - Parameter fingerprint: the message's fingerprint, recorded with it when the message is new.
    func messageID(_ text: String, fingerprint: String?) throws -> Int64 {
        if let id = messages[text] { return id }
        let fingerprintID = try fingerprint.map(fingerprintID)
        try insertMessage.bind(text, at: 1)
        try insertMessage.bind(fingerprintID, at: 2)
        defer { insertMessage.reset() }
        guard try insertMessage.step() else { throw StoreError.misuse("storing a message returned no row") }
        let id = insertMessage.int64(at: 0)
        remember(text, id, in: &messages)
        return id
    }

    private func fingerprintID(_ text: String) throws -> Int64 {
        if let id = fingerprints[text] { return id }
        let id = try intern([text], insert: insertFingerprint, find: findFingerprint)
        remember(text, id, in: &fingerprints)
        return id
    }

    /// Drops every cached id; the next lookups go to the database.
    func forgetAll() {
        kinds.removeAll()
        endpoints.removeAll()
        messages.removeAll()
        fingerprints.removeAll()
        kindsByBytes.removeAll()
        kindIDs.removeAll()
        endpointsByBytes.removeAll()
        endpointIDs.removeAll()
        messagesByBytes.removeAll()
        messageIDs.removeAll()
    }

    // MARK: By bytes

    /// `kindID(_:)` for a kind given as UTF-8 bytes.
    func kindID(
        provider: UnsafeRawBufferPointer, code: UnsafeRawBufferPointer, category: UnsafeRawBufferPointer?,
        retryable: Bool?, retryBasis: UnsafeRawBufferPointer, known: Bool, guidance: UnsafeRawBufferPointer?
    ) throws -> Int64 {
        keyScratch.removeAll(keepingCapacity: true)
        keyScratch.append(retryable.map { $0 ? 1 : 0 } ?? 2)
        keyScratch.append(known ? 1 : 0)
        appendKeyPart(provider)
        appendKeyPart(code)
        appendKeyPart(category)
        appendKeyPart(retryBasis)
        appendKeyPart(guidance)
        let (entry, inserted) = keyScratch.withUnsafeBytes { kindsByBytes.index(of: $0) }
        if !inserted { return kindIDs[entry] }
        let id: Int64
        do {
            id = try kindID(KindKey(
                provider: Self.string(provider), code: Self.string(code), category: category.map(Self.string),
                retryable: retryable, retryBasis: Self.string(retryBasis), known: known,
                guidance: guidance.map(Self.string)))
        } catch {
            // The entry has no id yet: forget it rather than answer a later lookup with a wrong one.
            kindsByBytes.removeAll()
            kindIDs.removeAll()
            throw error
        }
        remember(id, in: &kindsByBytes, &kindIDs)
        return id
    }

    /// `endpointID(host:path:)` for an endpoint given as UTF-8 bytes.
    func endpointID(host: UnsafeRawBufferPointer?, path: UnsafeRawBufferPointer?) throws -> Int64? {
        let host = host ?? UnsafeRawBufferPointer(start: nil, count: 0)
        let path = path ?? UnsafeRawBufferPointer(start: nil, count: 0)
        // As `endpointID(host:path:)`: nil and "" are the same here.
        guard !host.isEmpty || !path.isEmpty else { return nil }
        keyScratch.removeAll(keepingCapacity: true)
        appendKeyPart(host)
        keyScratch.append(contentsOf: path)
        let (entry, inserted) = keyScratch.withUnsafeBytes { endpointsByBytes.index(of: $0) }
        if !inserted { return endpointIDs[entry] }
        let id: Int64?
        do {
            id = try endpointID(host: Self.string(host), path: Self.string(path))
        } catch {
            endpointsByBytes.removeAll()
            endpointIDs.removeAll()
            throw error
        }
        guard let id else { throw StoreError.misuse("an endpoint with a host or path got no id") }
        remember(id, in: &endpointsByBytes, &endpointIDs)
        return id
    }

    /// `messageID(_:fingerprint:)` for a message given as UTF-8 bytes.
    func messageID(_ text: UnsafeRawBufferPointer, fingerprint: UnsafeRawBufferPointer?) throws -> Int64 {
        let (entry, inserted) = messagesByBytes.index(of: text)
        if !inserted { return messageIDs[entry] }
        let id: Int64
        do {
            id = try messageID(Self.string(text), fingerprint: fingerprint.map(Self.string))
        } catch {
            messagesByBytes.removeAll()
            messageIDs.removeAll()
            throw error
        }
        remember(id, in: &messagesByBytes, &messageIDs)
        return id
    }

    /// Appends a key part as its length (4 bytes; all ones for nil) and then its bytes.
    private func appendKeyPart(_ part: UnsafeRawBufferPointer?) {
        let length = part.map { UInt32($0.count) } ?? .max
        withUnsafeBytes(of: length.littleEndian) { keyScratch.append(contentsOf: $0) }
        if let part { keyScratch.append(contentsOf: part) }
    }

    /// Records the id of the entry just inserted into `table` (the next dense index), then, like `remember`,
    /// starts over once the table passes `cacheLimit`.
    private func remember(_ id: Int64, in table: inout ByteKeyTable, _ ids: inout [Int64]) {
        ids.append(id)
        if ids.count >= Self.cacheLimit {
            table.removeAll()
            ids.removeAll(keepingCapacity: true)
        }
    }

    private static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Inserts, or on a UNIQUE conflict finds, the row with these values.
    private func intern(_ values: [String], insert: Statement, find: Statement) throws -> Int64 {
        for (offset, value) in values.enumerated() { try insert.bind(value, at: Int32(offset + 1)) }
        defer { insert.reset() }
        if try insert.step() { return insert.int64(at: 0) }
        for (offset, value) in values.enumerated() { try find.bind(value, at: Int32(offset + 1)) }
        defer { find.reset() }
        guard try find.step() else { throw StoreError.misuse("interning \(values) found no row after a conflict") }
        return find.int64(at: 0)
    }

    private func remember<Key: Hashable>(_ key: Key, _ id: Int64, in cache: inout [Key: Int64]) {
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = id
    }
}
