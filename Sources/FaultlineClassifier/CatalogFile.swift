/// One provider's catalog read from its JSON data file: the built-in `catalogs/<provider>.json` files
/// compiled into the binary, or a user's file that adds a provider or overrides entries.
///
/// ```json
/// {
///   "provider": "acme",
///   "name": "Acme Pay",
///   "hints": ["acme-pay"],
///   "entries": [
///     {"code": "ACME_CARD_DECLINED", "http_status": 402, "category": "card", "retryable": false,
///      "basis": "status_rule", "basis_note": "Acme: 4xx are not retried.", "description": "The card was declined.",
///      "fix": "Ask for another card.", "samples": [{"status": 402, "body": {"error": {"code": "ACME_CARD_DECLINED", "message": "Declined"}}}]}
///   ]
/// }
/// ```
///
/// Read with the classifier's own strict parser; every mistake is a `CatalogError` naming file and line.
public struct CatalogFile: Sendable {
    public let provider: Provider
    /// The provider's name as people write it ("FlowPayment Cashier").
    public let name: String
    /// Words that name the provider in a log line's provider field or a host (`acme-pay` → `acme`), besides
    /// its id; compared like the built-in hints, letters only and in any case.
    public let hints: [String]
    public let entries: [CatalogEntry]

    static let fileMembers: Set<String> = ["provider", "name", "notes", "hints", "entries"]
    static let entryMembers: Set<String> = [
        "code", "kind", "grpc_number", "http_status", "message_contains", "category", "retryable", "basis",
        "basis_note", "section", "description", "fix", "samples",
    ]

    /// Reads a catalog from its text; `file` is how errors name it.
    public init(text: String, file: String) throws(CatalogError) {
        var text = text
        let result = text.withUTF8 { (utf8: UnsafeBufferPointer<UInt8>) -> Result<CatalogFile, CatalogError> in
            let bytes = UnsafeRawBufferPointer(utf8)
            var parser = JSONParser()
            let doc: JSONDocument
            do throws(JSONError) {
                doc = try parser.parse(bytes)
            } catch {
                return .failure(CatalogError(
                    file: file, line: Self.line(bytes, error.offset), message: "not valid JSON: \(error.reason.rawValue)",
                    help: "a catalog is one JSON object; check quotes, commas and brackets near this line"))
            }
            let reader = Reader(doc: doc, file: file)
            do throws(CatalogError) {
                return .success(try reader.catalog())
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    /// The 1-based line of a byte offset.
    static func line(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> Int {
        var line = 1
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A { line += 1 }
        return line
    }

    private init(provider: Provider, name: String, hints: [String], entries: [CatalogEntry]) {
        self.provider = provider
        self.name = name
        self.hints = hints
        self.entries = entries
    }

    /// Walks a parsed catalog, checking each member as it goes.
    private struct Reader {
        let doc: JSONDocument
        let file: String

        func fail(_ node: Int, _ message: String, _ help: String) -> CatalogError {
            CatalogError(file: file, line: CatalogFile.line(doc.bytes, doc.sourceRange(node).lowerBound), message: message, help: help)
        }

        func where_(_ node: Int) -> String { "\(file):\(CatalogFile.line(doc.bytes, doc.sourceRange(node).lowerBound))" }

        /// The members of an object, refusing keys outside `allowed` (a misspelt key would silently lose its value).
        func members(_ object: Int, allowed: Set<String>, what: String) throws(CatalogError) -> [String: Int] {
            var found: [String: Int] = [:]
            for (key, value) in doc.members(object) {
                let name = doc.string(key) ?? ""
                guard allowed.contains(name) else {
                    throw fail(key, "\(what) has no member \"\(name)\"", "the members are \(allowed.sorted().joined(separator: ", "))")
                }
                guard found[name] == nil else { throw fail(key, "\"\(name)\" appears twice in \(what)", "keep one of them") }
                found[name] = value
            }
            return found
        }

        func string(_ members: [String: Int], _ key: String, in object: Int, required: Bool) throws(CatalogError) -> String? {
            guard let node = members[key] else {
                if required { throw fail(object, "missing \"\(key)\"", "add \"\(key)\": \"...\" (text)") }
                return nil
            }
            guard doc.kind(node) == .string, let text = doc.string(node) else {
                throw fail(node, "\"\(key)\" must be text", "write it in double quotes")
            }
            if required, text.trimmingSpaces.isEmpty { throw fail(node, "\"\(key)\" is empty", "say it in a few words") }
            return text
        }

        func integer(_ members: [String: Int], _ key: String, range: ClosedRange<Int>) throws(CatalogError) -> Int? {
            guard let node = members[key], doc.kind(node) != .null else { return nil }
            guard doc.kind(node) == .number, let value = doc.integer(node), range.contains(value) else {
                throw fail(node, "\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound) (or null)", "write the number without quotes")
            }
            return value
        }

        func catalog() throws(CatalogError) -> CatalogFile {
            let root = doc.root
            guard doc.kind(root) == .object else {
                throw fail(root, "a catalog file holds one JSON object", "start it with {\"provider\": \"...\", \"entries\": [...]}")
            }
            let top = try members(root, allowed: CatalogFile.fileMembers, what: "the catalog")
            let id = try string(top, "provider", in: root, required: true)!
            let idOK = id.utf8.first.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } == true
                && id.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
            guard idOK, id != Provider.unknown.rawValue else {
                throw fail(top["provider"]!, "\"\(id)\" cannot be a provider id",
                           "use lower-case letters, digits, - and _, starting with a letter (and not \"unknown\"), e.g. \"acme\"")
            }
            let provider = Provider(rawValue: id)
            let name = try string(top, "name", in: root, required: false) ?? id
            _ = try string(top, "notes", in: root, required: false)
            var hints: [String] = []
            if let node = top["hints"] {
                guard doc.kind(node) == .array else { throw fail(node, "\"hints\" must be a list of names", "write [\"acme-pay\", \"acmepay\"]") }
                for element in doc.elements(node) {
                    guard doc.kind(element) == .string, let hint = doc.string(element), !hint.isEmpty else {
                        throw fail(element, "each hint must be a name in double quotes", "write [\"acme-pay\"]")
                    }
                    hints.append(hint)
                }
            }
            guard let list = top["entries"] else {
                throw fail(root, "missing \"entries\"", "add \"entries\": [ {\"code\": ..., ...} ] with one object per code")
            }
            guard doc.kind(list) == .array else { throw fail(list, "\"entries\" must be a list", "write \"entries\": [ {...}, {...} ]") }
            var entries: [CatalogEntry] = []
            for element in doc.elements(list) {
                entries.append(try entry(element, provider: provider))
            }
            return CatalogFile(provider: provider, name: name, hints: hints, entries: entries)
        }

        func entry(_ node: Int, provider: Provider) throws(CatalogError) -> CatalogEntry {
            guard doc.kind(node) == .object else {
                throw fail(node, "each entry must be an object", "write {\"code\": \"...\", \"category\": \"...\", ...}")
            }
            let m = try members(node, allowed: CatalogFile.entryMembers, what: "an entry")
            let code = try string(m, "code", in: node, required: true)!
            var kind = CatalogEntry.Kind.error
            if let text = try string(m, "kind", in: node, required: false) {
                guard let parsed = CatalogEntry.Kind(rawValue: text) else {
                    throw fail(m["kind"]!, "\"kind\" cannot be \"\(text)\"", "use one of error, grpc_status, failure_code, decline_code, field_error (error when left out)")
                }
                kind = parsed
            }
            let grpcNumber = try integer(m, "grpc_number", range: 0...16)
            if kind == .grpcStatus, grpcNumber == nil {
                throw fail(node, "a grpc_status entry needs its \"grpc_number\"", "add \"grpc_number\": 0 to 16")
            }
            let httpStatus = try integer(m, "http_status", range: 100...599)
            let messageContains = try string(m, "message_contains", in: node, required: false)
            if let messageContains, messageContains.isEmpty {
                throw fail(m["message_contains"]!, "\"message_contains\" is empty", "leave it out, or give the words the message must contain")
            }
            let category = try string(m, "category", in: node, required: true)!
            guard let retryableNode = m["retryable"] else {
                throw fail(node, "missing \"retryable\"", "add \"retryable\": true, false, or null when nothing decides")
            }
            let retryable: Bool?
            switch doc.kind(retryableNode) {
            case .true: retryable = true
            case .false: retryable = false
            case .null: retryable = nil
            default:
                throw fail(retryableNode, "\"retryable\" must be true, false or null, not \(String(decoding: UnsafeRawBufferPointer(rebasing: doc.bytes[doc.sourceRange(retryableNode)]), as: UTF8.self))",
                           "write true or false without quotes; null only with \"basis\": \"undetermined\"")
            }
            let basisText = try string(m, "basis", in: node, required: true)!
            guard let basis = RetryBasis(rawValue: basisText) else {
                throw fail(m["basis"]!, "\"basis\" cannot be \"\(basisText)\"",
                           "use one of \(RetryBasis.allCases.map(\.rawValue).joined(separator: ", ")): catalog when the document states it for this code")
            }
            if (retryable == nil) != (basis == .undetermined) {
                throw fail(retryableNode, retryable == nil ? "\"retryable\" is null but the basis is \(basis.rawValue)" : "\"basis\" is undetermined but \"retryable\" is \(retryable!)",
                           "null goes with \"basis\": \"undetermined\" and only with it")
            }
            let basisNote = try string(m, "basis_note", in: node, required: true)!
            let section = try string(m, "section", in: node, required: false)
            let description = try string(m, "description", in: node, required: true)!
            let fix = try string(m, "fix", in: node, required: true)!
            var samples: [CatalogSample] = []
            if let list = m["samples"] {
                guard doc.kind(list) == .array else { throw fail(list, "\"samples\" must be a list", "write [{\"status\": 402, \"body\": {...}}]") }
                for sample in doc.elements(list) {
                    guard doc.kind(sample) == .object else { throw fail(sample, "each sample must be an object", "write {\"status\": 402, \"body\": {...}}") }
                    let s = try members(sample, allowed: ["status", "body"], what: "a sample")
                    guard let status = try integer(s, "status", range: 100...599) else {
                        throw fail(sample, "a sample needs its \"status\"", "add \"status\": the HTTP status the body comes with")
                    }
                    guard let bodyNode = s["body"] else { throw fail(sample, "a sample needs its \"body\"", "add \"body\": the response body, as JSON or as text in quotes") }
                    let body: String
                    switch doc.kind(bodyNode) {
                    case .string: body = doc.string(bodyNode) ?? ""
                    case .object, .array: body = String(decoding: UnsafeRawBufferPointer(rebasing: doc.bytes[doc.sourceRange(bodyNode)]), as: UTF8.self)
                    default: throw fail(bodyNode, "a sample's \"body\" must be JSON (an object or list) or text", "write the body as it arrives, or in quotes as text")
                    }
                    samples.append(CatalogSample(status: status, body: body))
                }
            }
            return CatalogEntry(
                provider: provider, kind: kind, code: code, grpcNumber: grpcNumber, httpStatus: httpStatus, category: category,
                retryable: retryable, basis: basis, basisNote: basisNote, messageContains: messageContains,
                description: description, fix: fix, samples: samples, section: section, source: where_(node))
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}

extension CatalogIndex {
    /// The first sample of a file's entries that this index does not classify back to its own entry, as an
    /// error at that entry's line: a body in a shape no provider has, or a code another entry claims first.
    public func checkSamples(of file: CatalogFile) -> CatalogError? {
        let classifier = Classifier(catalog: self)
        for entry in file.entries {
            // gRPC OK is the one entry that names a success: its samples rightly classify as no error.
            let namesSuccess = entry.kind == .grpcStatus && entry.grpcNumber == 0
            for sample in entry.samples {
                let result = classifier.classify(body: sample.body, status: sample.status, hint: entry.provider)
                if namesSuccess, result == nil { continue }
                guard let result, result.entry === entry || result.entry == entry else {
                    let got = result.map { "\($0.provider.rawValue) \($0.code)" } ?? "no error at all"
                    let colon = entry.source.lastIndex(of: ":")
                    let line = colon.flatMap { Int(entry.source[entry.source.index(after: $0)...]) } ?? 1
                    let name = colon.map { String(entry.source[..<$0]) } ?? entry.source
                    return CatalogError(
                        file: name, line: line,
                        message: "the \(sample.status) sample of \(entry.code) classifies as \(got), not as this entry",
                        help: "send the code as {\"error\": {\"code\": ...}}, as a flat {\"code\", \"message\"} or as {\"error\": \"<code>\"}, and check that no other entry of this file has the same code and status")
                }
            }
        }
        return nil
    }
}
