import FaultlineClassifier
import FaultlineStore

/// Counts success lines per traffic key without building strings for each line.
///
/// Nine lines in ten of a nightly dump are successes, and all they contribute is +1 to a
/// (hour, provider, method, endpoint, status class) counter. The key is first assembled as bytes in a reused
/// buffer (hour as a number, the raw method and provider hint, host and templated path) and looked up by its
/// hash; the `TrafficKey` with its strings is made only the first time a key is seen in a chunk.
struct TrafficCounter {
    private var index: [UInt64: Int] = [:]
    private var keyBytes: [[UInt8]] = []
    private var keys: [TrafficKey] = []
    private var counts: [Int] = []
    private var scratch: [UInt8] = []
    private var host: [UInt8] = []
    private var path: [UInt8] = []

    /// Counts one success line.
    mutating func count(_ doc: JSONDocument, locator: FieldLocator, status: Int?, hint: Provider?) {
        scratch.removeAll(keepingCapacity: true)
        host.removeAll(keepingCapacity: true)
        path.removeAll(keepingCapacity: true)
        let millis = locator.value(of: .timestamp, in: doc).flatMap { LineContext.epochMilliseconds(doc, $0) }
        let hour = millis.map { $0 >= 0 ? $0 / 3_600_000 : ($0 - 3_599_999) / 3_600_000 } ?? Int64.min
        withUnsafeBytes(of: hour) { scratch.append(contentsOf: $0) }
        scratch.append(UInt8(truncatingIfNeeded: (status ?? 0) / 100))
        scratch.append(hint.map { UInt8(Provider.allCases.firstIndex(of: $0)!) } ?? 0xFF)
        let methodNode = locator.value(of: .method, in: doc)
        if let methodNode, let raw = doc.unescapedStringBytes(methodNode) { scratch.append(contentsOf: raw) }
        scratch.append(0)
        let pathNode = locator.value(of: .path, in: doc)
        if let pathNode, let raw = doc.unescapedStringBytes(pathNode) {
            EndpointTemplate.write(raw, host: &host, path: &path)
        } else if let pathNode, let text = doc.string(pathNode) {
            let parts = EndpointTemplate.parts(of: text)
            host.append(contentsOf: parts.host.utf8)
            path.append(contentsOf: parts.path.utf8)
        }
        scratch.append(contentsOf: host)
        scratch.append(0)
        scratch.append(contentsOf: path)

        let hash = Self.hash(scratch)
        if let slot = index[hash], keyBytes[slot] == scratch {
            counts[slot] += 1
            return
        }
        let context = LineContext(doc: doc, locator: locator, identifiers: false)
        let provider = hint ?? context.hostProvider ?? .unknown
        let key = TrafficKey(
            hour: context.timestamp.map(Timestamp.hour), provider: provider.rawValue, method: context.method,
            host: context.endpoint?.host, endpoint: context.endpoint?.path,
            statusClass: status.map { "\($0 / 100)xx" } ?? "none")
        if index[hash] == nil { index[hash] = keys.count }  // on a hash collision the later key is not indexed
        keyBytes.append(scratch)
        keys.append(key)
        counts.append(1)
    }

    /// Adds the counts to `traffic` (keys that differ only in spelling, e.g. `post` and `POST`, merge there).
    func add(to traffic: inout [TrafficKey: Int]) {
        for (key, count) in zip(keys, counts) { traffic[key, default: 0] += count }
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
