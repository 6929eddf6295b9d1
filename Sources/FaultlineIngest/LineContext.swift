import FaultlineStore
import FaultlineClassifier

/// The descriptive fields of one log line (time, request id, method, endpoint), read only for lines that
/// need them.
struct LineContext {
    /// The line's time as epoch milliseconds.
    let millis: Int64?
    /// The request id and idempotency key as the event stores them, pointing into the line's bytes where they
    /// need no decoding: no String is made for them (valid while the line's document is).
    let requestID: PackedEvents.Text
    let idempotencyKey: PackedEvents.Text
    let method: String?
    let endpoint: EndpointTemplate.Parts?

    /// The time in the store's format.
    var timestamp: String? { millis.map(Timestamp.format) }

    /// - Parameter identifiers: also read request id and idempotency key (error lines only: success lines
    ///   are counted, not stored).
    /// - Parameter endpoints: templates of raw paths seen before, to reuse instead of templating again.
    init(doc: JSONDocument, locator: FieldLocator, identifiers: Bool, endpoints: EndpointCache? = nil) {
        millis = locator.value(of: .timestamp, in: doc).flatMap { Self.epochMilliseconds(doc, $0) }
        requestID = identifiers ? locator.value(of: .requestID, in: doc).map { Self.text(doc, $0) } ?? .none : .none
        idempotencyKey = identifiers
            ? locator.value(of: .idempotencyKey, in: doc).map { Self.text(doc, $0) } ?? .none : .none
        method = locator.value(of: .method, in: doc).flatMap { Self.method(doc, $0) }
        endpoint = locator.value(of: .path, in: doc).flatMap { node in
            if let raw = doc.unescapedStringBytes(node) { return endpoints?.parts(of: raw) ?? EndpointTemplate.parts(of: raw) }
            return doc.string(node).map(EndpointTemplate.parts)
        }
    }

    /// A method in capitals: an ASCII name (all of them, in practice) is copied and raised in one pass into
    /// the string; anything else goes through `uppercased()`.
    private static func method(_ doc: JSONDocument, _ node: Int) -> String? {
        guard let raw = doc.unescapedStringBytes(node), raw.allSatisfy({ $0 < 0x80 }) else {
            return doc.string(node).map { $0.uppercased() }
        }
        return String(unsafeUninitializedCapacity: raw.count) { out in
            for k in 0..<raw.count {
                let c = raw[k]
                out[k] = c &- UInt8(ascii: "a") < 26 ? c &- 0x20 : c
            }
            return raw.count
        }
    }

    /// A provider named by the request's host (`api.flint.example`), for success lines without a provider field.
    var hostProvider: Provider? {
        guard let host = endpoint?.host, !host.isEmpty else { return nil }
        return host.split(separator: ".").lazy.compactMap { Provider(hint: String($0)) }.first
    }

    /// A timestamp field as epoch milliseconds: RFC 3339 text, or epoch seconds/milliseconds as a number or
    /// numeric string.
    static func epochMilliseconds(_ doc: JSONDocument, _ node: Int) -> Int64? {
        switch doc.kind(node) {
        case .number:
            // Whole numbers (the usual epoch seconds or milliseconds) without going through text.
            if let whole = doc.integer(node) { return Timestamp.epochMilliseconds(epoch: whole) }
            return doc.double(node).flatMap(Timestamp.epochMilliseconds(epoch:))
        case .string:
            if let raw = doc.unescapedStringBytes(node) {
                if let parsed = Timestamp.epochMilliseconds(rfc3339: raw) { return parsed }
                if let whole = doc.integer(node) { return Timestamp.epochMilliseconds(epoch: whole) }
                return doc.double(node).flatMap(Timestamp.epochMilliseconds(epoch:))
            }
            return doc.stringBytes(node).flatMap { bytes in bytes.withUnsafeBytes { Timestamp.epochMilliseconds(rfc3339: $0) } }
        default:
            return nil
        }
    }

    /// Strings as they are (nothing when empty); numbers (some shippers log numeric ids) as their digits.
    private static func text(_ doc: JSONDocument, _ node: Int) -> PackedEvents.Text {
        switch doc.kind(node) {
        case .string:
            if let raw = doc.unescapedStringBytes(node) { return raw.isEmpty ? .none : .bytes(raw) }
            return PackedEvents.Text(doc.string(node).flatMap { $0.isEmpty ? nil : $0 })
        case .number: return .bytes(doc.rawBytes(node))
        default: return .none
        }
    }
}

/// The templates (`EndpointTemplate.Parts`) of paths, by the template's own bytes: a path is templated into a
/// reused buffer (one pass, nothing allocated) and its host and path strings are built only the first time
/// that template is seen. Error lines carry ids in most paths, so remembering raw paths would rarely pay,
/// while their templates are few. One per processing thread.
final class EndpointCache {
    private var index = ByteKeyTable()
    private var parts: [EndpointTemplate.Parts] = []
    private let scratch = KeyBuffer()
    /// Templates remembered at most; then the memory starts over.
    private let limit: Int

    init(limit: Int = 4096) { self.limit = limit }

    func parts(of raw: UnsafeRawBufferPointer) -> EndpointTemplate.Parts {
        if parts.count >= limit {
            index.removeAll()
            parts.removeAll(keepingCapacity: true)
        }
        let out = scratch.reserve(EndpointTemplate.keyCapacity(rawCount: raw.count))
        let length = EndpointTemplate.writeKey(raw, to: out)
        let key = UnsafeRawBufferPointer(start: out, count: length)
        let (entry, inserted) = index.index(of: key)
        if !inserted { return parts[entry] }
        // The key is the host's length, the host, then the path: the bytes `EndpointTemplate.write` gives.
        let hostLength = Int(key.loadUnaligned(as: UInt32.self))
        let result = EndpointTemplate.Parts(
            host: String(decoding: UnsafeRawBufferPointer(rebasing: key[4 ..< 4 + hostLength]), as: UTF8.self),
            path: String(decoding: UnsafeRawBufferPointer(rebasing: key[(4 + hostLength)...]), as: UTF8.self))
        parts.append(result)
        return result
    }
}
