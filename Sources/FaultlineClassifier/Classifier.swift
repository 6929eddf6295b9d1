/// The one classifier every part of faultline shares: response body and HTTP status in, classification out.
///
/// Pure: no I/O, no state but its immutable catalog index, safe to call from any thread. Any input bytes at all
/// are accepted; nesting is bounded by the parser, strings are never copied more than once.
///
/// ```swift
/// let result = Classifier().classify(body: #"{"error":{"code":"RATE_LIMIT_EXCEEDED"}}"#, status: 429)
/// result?.provider   // .flint
/// result?.retryable  // true
/// ```
public struct Classifier: Sendable {
    /// How many times a JSON string holding JSON is unwrapped (`"{\"error\": ...}"`).
    static let maxUnwrapping = 3

    /// The catalogs codes are looked up in: the five built-in ones, and any a user added.
    public let catalog: CatalogIndex
    private let shapes: ErrorShapes

    /// A classifier over the built-in catalogs, or over an index that adds a user's catalog files
    /// (`CatalogIndex.builtIn.adding(files)`).
    public init(catalog: CatalogIndex = .builtIn) {
        self.catalog = catalog
        shapes = ErrorShapes(catalog: catalog)
    }

    /// Classifies a body given as text. Returns nil when the response is not an error: a status below 400
    /// (or none) and no provider error object in the body.
    public func classify(body: String, status: Int?, hint: Provider? = nil) -> Classification? {
        var body = body
        return body.withUTF8 { classify(bytes: UnsafeRawBufferPointer($0), status: status, hint: hint) }
    }

    /// Classifies a body given as raw bytes (any bytes: JSON, text, HTML, invalid UTF-8, empty).
    public func classify(bytes: UnsafeRawBufferPointer, status: Int?, hint: Provider? = nil) -> Classification? {
        classify(bytes: bytes, status: status, hint: hint, unwrapped: 0)
    }

    /// Classifies a body that is already a parsed JSON value (the `response_body` object inside a log line).
    public func classify(document: JSONDocument, value: Int, status: Int?, hint: Provider? = nil) -> Classification? {
        classify(document: document, value: value, status: status, hint: hint, unwrapped: 0)
    }

    // MARK: - Dispatch on body shape

    private func classify(bytes: UnsafeRawBufferPointer, status: Int?, hint: Provider?, unwrapped: Int) -> Classification? {
        let trimmed = BodyText.trimmingWhitespace(bytes)
        guard let first = trimmed.first else {
            return fallback(format: .empty, status: status, hint: hint, message: nil)
        }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\"") {
            var parser = JSONParser()
            if let document = try? parser.parse(trimmed) {
                return classify(document: document, value: document.root, status: status, hint: hint, unwrapped: unwrapped)
            }
        }
        if first == UInt8(ascii: "<") {
            return fallback(format: .html, status: status, hint: hint, message: BodyText.htmlTitle(trimmed))
        }
        return fallback(format: .text, status: status, hint: hint, message: BodyText.excerpt(trimmed))
    }

    private func classify(
        document doc: JSONDocument, value: Int, status: Int?, hint: Provider?, unwrapped: Int
    ) -> Classification? {
        switch doc.kind(value) {
        case .object:
            if let found = shapes.recognise(doc, value, status: status, hint: hint) { return found }
            guard isErrorStatus(status) else { return nil }
            return fallback(format: .json, status: status, hint: hint, message: shapes.anyMessage(doc, value))
        case .string:
            // A success response whose body text cannot hold an error object is not decoded and parsed again.
            if !isErrorStatus(status), !Self.mayHoldErrorObject(doc.rawBytes(value)) { return nil }
            let text = doc.stringBytes(value) ?? []
            guard unwrapped < Self.maxUnwrapping else {
                return text.withUnsafeBytes { fallback(format: .text, status: status, hint: hint, message: BodyText.excerpt($0)) }
            }
            return text.withUnsafeBytes { classify(bytes: $0, status: status, hint: hint, unwrapped: unwrapped + 1) }
        case .null:
            return fallback(format: .empty, status: status, hint: hint, message: nil)
        default:
            return fallback(format: .json, status: status, hint: hint, message: nil)
        }
    }

    private func isErrorStatus(_ status: Int?) -> Bool { (status ?? 0) >= 400 }

    /// Every provider error shape has one of these keys somewhere in its text.
    static func mayHoldErrorObject(_ text: UnsafeRawBufferPointer) -> Bool {
        ByteSearch.contains(text, "error") || ByteSearch.contains(text, "code") || ByteSearch.contains(text, "title")
    }

    /// A body in no provider's shape: an error only because of its status, coded `HTTP_<status>`.
    private func fallback(format: BodyFormat, status: Int?, hint: Provider?, message: String?) -> Classification? {
        guard let status, status >= 400 else { return nil }
        let provider = hint ?? .unknown
        let verdict = StatusRules.verdict(provider: provider, status: status)
        return Classification(
            provider: provider, format: format, code: "HTTP_\(status)", retryable: verdict.retryable,
            retryBasis: verdict.basis, httpStatus: status, message: message, known: false, guidance: verdict.guidance)
    }
}
