import FaultlineTime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A batch's error events as a few flat arrays: per event its fixed-size fields, and each text field as a
/// span of one shared byte buffer.
///
/// The parser thread builds it and the committer reads it. With one `ErrorEventRecord` per event, every
/// string was allocated on one core and retained, hashed and released on the other, and the atomic
/// reference counting on shared cache lines was a large part of the committer's time; spans cost nothing
/// to hand over and can be bound to SQLite straight from the buffer.
public struct PackedEvents: Sendable {
    /// The text fields of an event, in the order their spans are stored.
    public enum Field: Int, CaseIterable, Sendable {
        case provider, code, category, retryBasis, guidance, requestID, idempotencyKey, method, host, endpoint,
             message, fingerprint, param, declineCode, format
    }

    static let fieldCount = Field.allCases.count

    /// Where one text lives in `text`; a negative count stands for nil, so nil and "" stay distinct.
    struct Span {
        var offset: UInt32
        var count: Int32

        static let none = Span(offset: 0, count: -1)
    }

    struct Fixed {
        /// The line's time as the store keeps it (`UTCTime.hourAndMillisecond`), split here on the parsing
        /// thread so the writer does no arithmetic; meaningful only when `hasTime`.
        var hour: Int64
        var millisecond: Int32
        var hasTime: Bool
        var line: Int
        var byteOffset: Int64
        var status: Int
        var hasStatus: Bool
        /// -1 for nil, else 0 or 1.
        var retryable: Int8
        var known: Bool
        /// An earlier event of the batch with the very same kind (provider, code, category, retryability, basis,
        /// known, guidance), whose kind texts this event's spans point at; -1 when the event has its own.
        var sameKindAs: Int32 = -1
    }

    private(set) var text: [UInt8] = []
    /// `fieldCount` spans per event.
    private(set) var spans: [Span] = []
    private(set) var fixed: [Fixed] = []

    public init() {}

    public init(_ records: [ErrorEventRecord]) {
        for record in records { append(record) }
    }

    public var count: Int { fixed.count }
    public var isEmpty: Bool { fixed.isEmpty }
    /// Bytes of text held, for sizing the next batch's buffers.
    public var textBytes: Int { text.count }

    /// Makes room for `events` events with `textBytes` bytes of text, so that appending them copies nothing.
    public mutating func reserve(events: Int, textBytes: Int) {
        text.reserveCapacity(textBytes)
        spans.reserveCapacity(events * Self.fieldCount)
        fixed.reserveCapacity(events)
    }

    /// A text field given without making a String for it: the parsing thread hands over an error line's ids as
    /// the bytes of the line itself.
    public enum Text {
        case none
        case string(String)
        /// Copied during the `append` call: the bytes need to live only as long as it.
        case bytes(UnsafeRawBufferPointer)

        public init(_ string: String?) { self = string.map { .string($0) } ?? .none }
    }

    public mutating func append(_ r: ErrorEventRecord) {
        let millis = r.ts.map { ts in
            guard let millis = UTCTime.milliseconds(formatted: ts) else { preconditionFailure("not a stored time: \(ts)") }
            return millis
        }
        append(millis: millis, provider: r.provider, code: r.code, category: r.category, retryable: r.retryable,
               retryBasis: r.retryBasis, known: r.known, guidance: r.guidance, status: r.status,
               requestID: Text(r.requestID), idempotencyKey: Text(r.idempotencyKey), method: r.method, host: r.host,
               endpoint: r.endpoint,
               message: r.message, fingerprint: r.fingerprint, param: r.param, declineCode: r.declineCode,
               format: r.format, line: r.line, byteOffset: r.byteOffset)
    }

    /// Appends one event; the fields mean what `ErrorEventRecord`'s do.
    /// `millis` is the line's time in milliseconds since 1970, nil without one.
    public mutating func append(
        millis: Int64?, provider: String, code: String, category: String?, retryable: Bool?, retryBasis: String,
        known: Bool, guidance: String?, status: Int?, requestID: Text, idempotencyKey: Text, method: String?,
        host: String?, endpoint: String?, message: String?, fingerprint: String?, param: String?,
        declineCode: String?, format: String, line: Int, byteOffset: Int64
    ) {
        // Same order as `Field`.
        add(provider); add(code); add(category); add(retryBasis); add(guidance); add(requestID)
        add(idempotencyKey); add(method); add(host); add(endpoint); add(message); add(fingerprint); add(param)
        add(declineCode); add(format)
        let time = millis.map(UTCTime.hourAndMillisecond)
        fixed.append(Fixed(
            hour: time?.hour ?? 0, millisecond: Int32(time?.millisecond ?? 0), hasTime: time != nil, line: line,
            byteOffset: byteOffset, status: status ?? 0, hasStatus: status != nil,
            retryable: retryable.map { $0 ? 1 : 0 } ?? -1, known: known))
    }

    /// Appends one event whose kind (provider, code, category, retryability, basis, known, guidance) is that
    /// of event `earlier` of this batch: its kind texts are not copied again, and the committer reuses that
    /// event's kind id instead of looking the kind up. The caller makes sure the kinds are equal
    /// (`hasKind(_:…)`).
    public mutating func append(
        sameKindAs earlier: Int, millis: Int64?, status: Int?, requestID: Text, idempotencyKey: Text,
        method: String?, host: String?, endpoint: String?, message: String?, fingerprint: String?, param: String?,
        declineCode: String?, format: String, line: Int, byteOffset: Int64
    ) {
        let kind = fixed[earlier]
        let from = earlier &* Self.fieldCount
        // Same order as `Field`.
        spans.append(spans[from &+ Field.provider.rawValue]); spans.append(spans[from &+ Field.code.rawValue])
        spans.append(spans[from &+ Field.category.rawValue]); spans.append(spans[from &+ Field.retryBasis.rawValue])
        spans.append(spans[from &+ Field.guidance.rawValue]); add(requestID)
        add(idempotencyKey); add(method); add(host); add(endpoint); add(message); add(fingerprint); add(param)
        add(declineCode); add(format)
        let time = millis.map(UTCTime.hourAndMillisecond)
        fixed.append(Fixed(
            hour: time?.hour ?? 0, millisecond: Int32(time?.millisecond ?? 0), hasTime: time != nil, line: line,
            byteOffset: byteOffset, status: status ?? 0, hasStatus: status != nil, retryable: kind.retryable, known: kind.known, sameKindAs: kind.sameKindAs >= 0 ? kind.sameKindAs : Int32(earlier)))
    }

    /// Whether event `e` has exactly this kind.
    public func hasKind(
        _ e: Int, provider: String, code: String, category: String?, retryable: Bool?, retryBasis: String, known: Bool,
        guidance: String?
    ) -> Bool {
        let f = fixed[e]
        guard f.known == known, f.retryable == (retryable.map { $0 ? 1 : 0 } ?? -1) else { return false }
        return text.withUnsafeBytes { bytes in
            func same(_ field: Field, _ value: String?) -> Bool {
                let s = span(e, field)
                guard let value else { return s.count < 0 }
                guard Int(s.count) == value.utf8.count else { return false }
                return value.utf8.withContiguousStorageIfAvailable { wanted in
                    wanted.isEmpty || memcmp(bytes.baseAddress! + Int(s.offset), wanted.baseAddress!, wanted.count) == 0
                } ?? value.utf8.elementsEqual(bytes[Int(s.offset)..<Int(s.offset) + Int(s.count)])
            }
            return same(.code, code) && same(.provider, provider) && same(.retryBasis, retryBasis)
                && same(.category, category) && same(.guidance, guidance)
        }
    }

    private mutating func add(_ value: Text) {
        switch value {
        case .none:
            spans.append(.none)
        case .string(let string):
            add(string)
        case .bytes(let bytes):
            let start = text.count
            text.append(contentsOf: bytes.assumingMemoryBound(to: UInt8.self))
            spans.append(Span(offset: UInt32(start), count: Int32(text.count - start)))
        }
    }

    private mutating func add(_ value: String?) {
        guard let value else { return spans.append(.none) }
        let start = text.count
        // A native string hands over its bytes as one buffer, appended with one copy.
        if value.utf8.withContiguousStorageIfAvailable({ text.append(contentsOf: $0) }) == nil {
            text.append(contentsOf: value.utf8)
        }
        precondition(text.count <= Int(Int32.max), "a batch's event texts must stay under 2 GiB")
        spans.append(Span(offset: UInt32(start), count: Int32(text.count - start)))
    }

    func span(_ event: Int, _ field: Field) -> Span {
        spans[event &* Self.fieldCount &+ field.rawValue]
    }

    /// The field's text, decoded; for callers off the hot path.
    public func string(_ event: Int, _ field: Field) -> String? {
        let s = span(event, field)
        guard s.count >= 0 else { return nil }
        return String(decoding: text[Int(s.offset)..<Int(s.offset) + Int(s.count)], as: UTF8.self)
    }

    public func record(_ event: Int) -> ErrorEventRecord {
        let f = fixed[event]
        return ErrorEventRecord(
            ts: f.hasTime ? UTCTime.format(milliseconds: f.hour * UTCTime.millisecondsPerHour + Int64(f.millisecond)) : nil, provider: string(event, .provider) ?? "", code: string(event, .code) ?? "",
            category: string(event, .category), retryable: f.retryable < 0 ? nil : f.retryable == 1,
            retryBasis: string(event, .retryBasis) ?? "", known: f.known, guidance: string(event, .guidance),
            status: f.hasStatus ? f.status : nil, requestID: string(event, .requestID),
            idempotencyKey: string(event, .idempotencyKey), method: string(event, .method), host: string(event, .host),
            endpoint: string(event, .endpoint), message: string(event, .message),
            fingerprint: string(event, .fingerprint), param: string(event, .param),
            declineCode: string(event, .declineCode), format: string(event, .format) ?? "", line: f.line,
            byteOffset: f.byteOffset)
    }

    public var records: [ErrorEventRecord] { (0..<count).map(record) }
}
