import FaultlineClassifier
import FaultlineStore

/// Counts success lines per traffic key without building strings for each line.
///
/// Nine lines in ten of a nightly dump are successes, and all they contribute is +1 to a
/// (hour, provider, method, endpoint, status class) counter. The key is first assembled as bytes in a reused
/// buffer (hour as a number, the raw method and provider hint, and the endpoint's template written straight
/// into it) and looked up in a `ByteKeyTable`; the `TrafficKey` with its strings is made only the first time a
/// key is seen (keys are kept from chunk to chunk: a dump has a few thousand, and a chunk meets a hundred or so
/// again). Most raw paths carry an id, so remembering templates by raw path rarely pays: templating into the
/// key costs less than the lookups a memory of raw paths needs.
struct TrafficCounter {
    /// Keys remembered at most; past that, the memory starts over at the next chunk.
    static let keyLimit = 1 << 16

    private var index = ByteKeyTable()
    /// By the index's dense slots.
    private var keys: [TrafficKey] = []
    /// This chunk's count per slot; nonzero only for the slots in `counted`.
    private var counts: [Int] = []
    private var counted: [Int] = []
    /// Where each line's key is assembled.
    private let scratch = KeyBuffer()
    /// The providers hints have named, by the byte that stands for each in a key: the built-in ones, then
    /// any a user's catalog added, in the order first seen.
    private var providers = Provider.allCases

    /// Forgets the counts (a new chunk starts).
    mutating func reset() {
        for slot in counted { counts[slot] = 0 }
        counted.removeAll(keepingCapacity: true)
        if keys.count >= Self.keyLimit {
            index.removeAll()
            keys.removeAll(keepingCapacity: true)
            counts.removeAll(keepingCapacity: true)
        }
    }

    /// Counts one success line.
    /// - Parameter millis: the line's time (epoch milliseconds), read once by the caller, or nil.
    mutating func count(_ doc: JSONDocument, locator: FieldLocator, millis: Int64?, status: Int?, hint: Provider?) {
        let methodNode = locator.value(of: .method, in: doc)
        // A method with escapes (never seen in practice) is keyed by its decoded bytes, so that it does not share
        // a key, and the label that key keeps, with lines that have no method.
        let escapedMethod = methodNode.flatMap { doc.unescapedStringBytes($0) == nil ? doc.stringBytes($0) : nil }
        if let escapedMethod {
            return escapedMethod.withUnsafeBytes {
                count(doc, locator: locator, millis: millis, status: status, hint: hint, method: $0)
            }
        }
        count(doc, locator: locator, millis: millis, status: status, hint: hint,
              method: methodNode.flatMap { doc.unescapedStringBytes($0) } ?? UnsafeRawBufferPointer(start: nil, count: 0))
    }

    private mutating func count(
        _ doc: JSONDocument, locator: FieldLocator, millis: Int64?, status: Int?, hint: Provider?,
        method: UnsafeRawBufferPointer
    ) {
        let hour = millis.map { $0 >= 0 ? $0 / 3_600_000 : ($0 - 3_599_999) / 3_600_000 } ?? Int64.min
        var escapedPath: String? = nil
        var rawPath: UnsafeRawBufferPointer? = nil
        if let pathNode = locator.value(of: .path, in: doc) {
            rawPath = doc.unescapedStringBytes(pathNode)
            if rawPath == nil { escapedPath = doc.string(pathNode) }
        }
        let pathCount = rawPath?.count ?? escapedPath?.utf8.count ?? 0
        var providerByte: UInt8 = 0xFF
        if let hint { providerByte = byte(for: hint) }
        let out = scratch.reserve(8 + 2 + method.count + 2 + EndpointTemplate.keyCapacity(rawCount: pathCount))
        UnsafeMutableRawPointer(out).storeBytes(of: hour, as: Int64.self)
        out[8] = UInt8(truncatingIfNeeded: (status ?? 0) / 100)
        out[9] = providerByte
        var length = 10
        if let base = method.baseAddress {
            (out + length).update(from: base.assumingMemoryBound(to: UInt8.self), count: method.count)
            length += method.count
        }
        out[length] = 0
        // A path that is not a string (or none) has no template: tag 0; a template follows tag 1.
        if let rawPath {
            out[length + 1] = 1
            length += 2 + EndpointTemplate.writeKey(rawPath, to: out + length + 2)
        } else if var escapedPath {
            out[length + 1] = 1
            length += 2 + escapedPath.withUTF8 { EndpointTemplate.writeKey(UnsafeRawBufferPointer($0), to: out + length + 2) }
        } else {
            out[length + 1] = 0
            length += 2
        }

        let (slot, inserted) = index.index(of: UnsafeRawBufferPointer(start: out, count: length))
        if !inserted {
            if counts[slot] == 0 { counted.append(slot) }
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
        counted.append(slot)
    }

    private mutating func byte(for provider: Provider) -> UInt8 {
        if let index = providers.firstIndex(of: provider) { return UInt8(truncatingIfNeeded: index) }
        // 0xFF means no hint; past 254 providers (never, in practice) the later ones share a byte and
        // their counts fall to the provider of the key's first line.
        if providers.count < 0xFF { providers.append(provider) }
        return UInt8(truncatingIfNeeded: min(providers.count - 1, 0xFE))
    }

    /// Adds this chunk's counts to `traffic` (keys that differ only in spelling, e.g. `post` and `POST`, merge
    /// there), in the order the keys were first counted in the chunk.
    func add(to traffic: inout [TrafficKey: Int]) {
        for slot in counted { traffic[keys[slot], default: 0] += counts[slot] }
    }
}

/// A reused byte buffer for assembling keys through a pointer, without an array's checks per byte.
final class KeyBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    /// The buffer, with room for at least `count` bytes (earlier contents are not kept).
    func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if count > capacity {
            base.deallocate()
            capacity = max(count, capacity * 2)
            base = .allocate(capacity: capacity)
        }
        return base
    }

    deinit { base.deallocate() }
}
