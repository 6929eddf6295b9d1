import FaultlineClassifier
import FaultlineStore

/// Counts success lines per traffic key without building strings for each line.
///
/// Nine lines in ten of a nightly dump are successes, and all they contribute is +1 to a
/// (hour, provider, method, endpoint, status class) counter. The key is first assembled as bytes in a reused
/// buffer (hour as a number, the raw method and provider hint, and the number of the endpoint's template) and
/// looked up in a `ByteKeyTable`; the `TrafficKey` with its strings is made only the first time a key is seen
/// in a chunk. Templating a path costs more than the rest of the key, and dumps repeat the same raw paths, so
/// the template of each raw path seen recently is remembered (by its bytes) across chunks.
struct TrafficCounter {
    private var index = ByteKeyTable()
    private var keys: [TrafficKey] = []
    private var counts: [Int] = []
    private var scratch: [UInt8] = []
    /// Distinct templates (host length, host, templated path) seen; a template's number is its index here.
    private var templates = ByteKeyTable()
    /// Raw path bytes → template number (`templateOfRaw[index]`), for the raw paths seen recently.
    private var rawPaths = ByteKeyTable()
    private var templateOfRaw: [UInt32] = []
    private var host: [UInt8] = []
    private var path: [UInt8] = []
    private var templateKey: [UInt8] = []

    /// Raw paths remembered at most; then the memory starts over (ids in paths make most raw paths unique).
    private static let rawPathLimit = 16384
    /// Templates remembered across chunks at most.
    private static let templateLimit = 4096
    private static let providers = Provider.allCases

    /// Forgets the counts (a new chunk starts), keeping the templates of recent paths.
    mutating func reset() {
        index.removeAll()
        keys.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        if templates.count > Self.templateLimit {
            templates.removeAll()
            rawPaths.removeAll()
            templateOfRaw.removeAll(keepingCapacity: true)
        }
    }

    /// Counts one success line.
    /// - Parameter millis: the line's time (epoch milliseconds), read once by the caller, or nil.
    mutating func count(_ doc: JSONDocument, locator: FieldLocator, millis: Int64?, status: Int?, hint: Provider?) {
        scratch.removeAll(keepingCapacity: true)
        let hour = millis.map { $0 >= 0 ? $0 / 3_600_000 : ($0 - 3_599_999) / 3_600_000 } ?? Int64.min
        withUnsafeBytes(of: hour) { scratch.append(contentsOf: $0) }
        scratch.append(UInt8(truncatingIfNeeded: (status ?? 0) / 100))
        scratch.append(hint.map { UInt8(Self.providers.firstIndex(of: $0)!) } ?? 0xFF)
        let methodNode = locator.value(of: .method, in: doc)
        if let methodNode, let raw = doc.unescapedStringBytes(methodNode) { scratch.append(contentsOf: raw) }
        scratch.append(0)
        // No path (or one that is not a string) has no template: number UInt32.max.
        var template = UInt32.max
        if let pathNode = locator.value(of: .path, in: doc) {
            if let raw = doc.unescapedStringBytes(pathNode) {
                template = templateNumber(raw: raw)
            } else if let text = doc.string(pathNode) {
                let parts = EndpointTemplate.parts(of: text)
                host.removeAll(keepingCapacity: true)
                path.removeAll(keepingCapacity: true)
                host.append(contentsOf: parts.host.utf8)
                path.append(contentsOf: parts.path.utf8)
                template = templateNumber(host: host, path: path)
            }
        }
        withUnsafeBytes(of: template) { scratch.append(contentsOf: $0) }

        let (slot, inserted) = scratch.withUnsafeBytes { index.index(of: $0) }
        if !inserted {
            counts[slot] += 1
            return
        }
        let context = LineContext(doc: doc, locator: locator, identifiers: false)
        let provider = hint ?? context.hostProvider ?? .unknown
        let key = TrafficKey(
            hour: context.timestamp.map(Timestamp.hour), provider: provider.rawValue, method: context.method,
            host: context.endpoint?.host, endpoint: context.endpoint?.path,
            statusClass: status.map { "\($0 / 100)xx" } ?? "none")
        keys.append(key)
        counts.append(1)
    }

    /// The number of the template of a raw (unescaped) path, templating it only when not seen recently.
    private mutating func templateNumber(raw: UnsafeRawBufferPointer) -> UInt32 {
        if rawPaths.count >= Self.rawPathLimit {
            rawPaths.removeAll()
            templateOfRaw.removeAll(keepingCapacity: true)
        }
        let (entry, inserted) = rawPaths.index(of: raw)
        if !inserted { return templateOfRaw[entry] }
        host.removeAll(keepingCapacity: true)
        path.removeAll(keepingCapacity: true)
        EndpointTemplate.write(raw, host: &host, path: &path)
        let number = templateNumber(host: host, path: path)
        templateOfRaw.append(number)
        return number
    }

    private mutating func templateNumber(host: [UInt8], path: [UInt8]) -> UInt32 {
        // The host's length first, so that no host and path pair can be spelled like another. Assembled in a
        // reused buffer: most raw paths carry an id, so this runs for most success lines.
        templateKey.removeAll(keepingCapacity: true)
        withUnsafeBytes(of: UInt32(host.count)) { templateKey.append(contentsOf: $0) }
        templateKey.append(contentsOf: host)
        templateKey.append(contentsOf: path)
        return UInt32(templateKey.withUnsafeBytes { templates.index(of: $0).index })
    }

    /// Adds the counts to `traffic` (keys that differ only in spelling, e.g. `post` and `POST`, merge there).
    func add(to traffic: inout [TrafficKey: Int]) {
        for (key, count) in zip(keys, counts) { traffic[key, default: 0] += count }
    }
}
