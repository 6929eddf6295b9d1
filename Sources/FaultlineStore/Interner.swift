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
    private var formats: [String: Int64] = [:]

    /// The same answers keyed by raw bytes, for ingest's hot path: looking a value up makes no String.
    /// One struct, so that a lookup is one access to the class's storage rather than several.
    private var byBytes = ByteCaches()

    private let findKind: Statement
    private let insertKind: Statement
    private let insertEndpoint: Statement
    private let findEndpoint: Statement
    private let insertMessage: Statement
    private let insertFingerprint: Statement
    private let findFingerprint: Statement
    private let insertFormat: Statement
    private let findFormat: Statement

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
        insertFormat = try db.prepare(
            "INSERT INTO formats (name) VALUES (?1) ON CONFLICT (name) DO NOTHING RETURNING id", persistent: true)
        findFormat = try db.prepare("SELECT id FROM formats WHERE name = ?1", persistent: true)
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

    /// The id of a body format's name (`formats`).
    func formatID(_ name: String) throws -> Int64 {
        if let id = formats[name] { return id }
        let id = try intern([name], insert: insertFormat, find: findFormat)
        remember(name, id, in: &formats)
        return id
    }

    /// Drops every cached id; the next lookups go to the database.
    func forgetAll() {
        kinds.removeAll()
        formats.removeAll()
        endpoints.removeAll()
        messages.removeAll()
        fingerprints.removeAll()
        byBytes = ByteCaches()
    }

    // MARK: By bytes

    /// `kindID(_:)` for a kind given as UTF-8 bytes.
    func kindID(
        provider: UnsafeRawBufferPointer, code: UnsafeRawBufferPointer, category: UnsafeRawBufferPointer?,
        retryable: Bool?, retryBasis: UnsafeRawBufferPointer, known: Bool, guidance: UnsafeRawBufferPointer?
    ) throws -> Int64 {
        if let id = byBytes.kindID(provider: provider, code: code, category: category, retryable: retryable,
                                   retryBasis: retryBasis, known: known, guidance: guidance) {
            return id
        }
        do {
            let id = try kindID(KindKey(
                provider: Self.string(provider), code: Self.string(code), category: category.map(Self.string),
                retryable: retryable, retryBasis: Self.string(retryBasis), known: known,
                guidance: guidance.map(Self.string)))
            byBytes.kinds.record(id)
            return id
        } catch {
            // The key was entered without an id: forget it rather than answer a later lookup wrongly.
            byBytes.kinds.removeAll()
            throw error
        }
    }

    /// `endpointID(host:path:)` for an endpoint given as UTF-8 bytes.
    func endpointID(host: UnsafeRawBufferPointer?, path: UnsafeRawBufferPointer?) throws -> Int64? {
        // As `endpointID(host:path:)`: nil and "" are the same here.
        guard host?.isEmpty == false || path?.isEmpty == false else { return nil }
        if let id = byBytes.endpointID(host: host, path: path) { return id }
        do {
            guard let id = try endpointID(host: host.map(Self.string), path: path.map(Self.string)) else {
                throw StoreError.misuse("an endpoint with a host or path got no id")
            }
            byBytes.endpoints.record(id)
            return id
        } catch {
            byBytes.endpoints.removeAll()
            throw error
        }
    }

    /// `messageID(_:fingerprint:)` for a message given as UTF-8 bytes.
    func messageID(_ text: UnsafeRawBufferPointer, fingerprint: UnsafeRawBufferPointer?) throws -> Int64 {
        if let id = byBytes.messages.find(text) { return id }
        do {
            let id = try messageID(Self.string(text), fingerprint: fingerprint.map(Self.string))
            byBytes.messages.record(id)
            return id
        } catch {
            byBytes.messages.removeAll()
            throw error
        }
    }

    /// `formatID(_:)` for a name given as UTF-8 bytes.
    func formatID(_ name: UnsafeRawBufferPointer) throws -> Int64 {
        if let id = byBytes.formats.find(name) { return id }
        do {
            let id = try formatID(Self.string(name))
            byBytes.formats.record(id)
            return id
        } catch {
            byBytes.formats.removeAll()
            throw error
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

/// Ids by the bytes of their values (see `Interner.byBytes`). A kind's or endpoint's key is its values'
/// bytes, each but the last after its length (all ones for nil), so different values never make the same
/// key and nil differs from "".
private struct ByteCaches {
    var kinds = ByteCache()
    var endpoints = ByteCache()
    var messages = ByteCache()
    var formats = ByteCache()
    private var key: [UInt8] = []

    /// The kind's id, or nil when it is new: the caller then records its id in `kinds` (or clears it).
    mutating func kindID(
        provider: UnsafeRawBufferPointer, code: UnsafeRawBufferPointer, category: UnsafeRawBufferPointer?,
        retryable: Bool?, retryBasis: UnsafeRawBufferPointer, known: Bool, guidance: UnsafeRawBufferPointer?
    ) -> Int64? {
        reserve(2 + 5 * 4 + provider.count + code.count + (category?.count ?? 0) + retryBasis.count + (guidance?.count ?? 0))
        return key.withUnsafeMutableBytes { key in
            key[0] = retryable.map { $0 ? 1 : 0 } ?? 2
            key[1] = known ? 1 : 0
            var end = 2
            Self.put(provider, in: key, at: &end)
            Self.put(code, in: key, at: &end)
            Self.put(category, in: key, at: &end)
            Self.put(retryBasis, in: key, at: &end)
            Self.put(guidance, in: key, at: &end)
            return kinds.find(UnsafeRawBufferPointer(rebasing: key[..<end]))
        }
    }

    /// As `kindID`, for an endpoint.
    mutating func endpointID(host: UnsafeRawBufferPointer?, path: UnsafeRawBufferPointer?) -> Int64? {
        reserve(4 + (host?.count ?? 0) + (path?.count ?? 0))
        return key.withUnsafeMutableBytes { key in
            var end = 0
            Self.put(host ?? UnsafeRawBufferPointer(start: nil, count: 0), in: key, at: &end)
            Self.copy(path, to: key, at: &end)
            return endpoints.find(UnsafeRawBufferPointer(rebasing: key[..<end]))
        }
    }

    /// Makes `key` at least `count` bytes long; keys are written into it in place rather than appended,
    /// which costs a call and a capacity check per part.
    private mutating func reserve(_ count: Int) {
        if key.count < count { key = Array(repeating: 0, count: max(count, 2 * key.count, 256)) }
    }

    /// Writes a part as its length (4 bytes; all ones for nil) and then its bytes.
    private static func put(_ part: UnsafeRawBufferPointer?, in key: UnsafeMutableRawBufferPointer, at end: inout Int) {
        key.storeBytes(of: (part.map { UInt32($0.count) } ?? .max).littleEndian, toByteOffset: end, as: UInt32.self)
        end += 4
        copy(part, to: key, at: &end)
    }

    private static func copy(_ part: UnsafeRawBufferPointer?, to key: UnsafeMutableRawBufferPointer, at end: inout Int) {
        guard let part, let base = part.baseAddress, !part.isEmpty else { return }
        (key.baseAddress! + end).copyMemory(from: base, byteCount: part.count)
        end += part.count
    }
}

private struct ByteCache {
    private var table = ByteKeyTable()
    /// By the table's dense indices.
    private var ids: [Int64] = []

    /// The key's id, or nil when the key is new; it is then entered, and `record` must give its id next.
    mutating func find(_ key: UnsafeRawBufferPointer) -> Int64? {
        let (entry, inserted) = table.index(of: key)
        return inserted ? nil : ids[entry]
    }

    /// Gives the id of the key `find` just entered; like `Interner.remember`, starts over past `cacheLimit`.
    mutating func record(_ id: Int64) {
        ids.append(id)
        if ids.count >= Interner.cacheLimit { removeAll() }
    }

    mutating func removeAll() {
        table.removeAll()
        ids.removeAll(keepingCapacity: true)
    }
}
