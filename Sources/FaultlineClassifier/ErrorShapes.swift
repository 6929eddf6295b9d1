/// Recognises the five providers' error shapes in a JSON object and turns them into classifications.
///
/// Each provider's envelope is recognised by its whole shape, not by one key, and in the order written down
/// in ARCHITECTURE.md ("How a provider is decided"): problem details (Cashier), a `payment_error` object where
/// Synaptopay puts it, an `error` object (Flint, StableGenius), an `error` string with Flexiti's companions,
/// a gRPC status (Synaptopay), a flat code and message (Flint, StableGenius). A status below 400 says
/// success: there only the shapes a document sends with a success status count. Where shapes overlap, the
/// catalogs decide first, then the provider hint; a hint never overrides an unmistakable shape.
struct ErrorShapes {
    /// Unowned: the classifier that owns this value holds the index strongly, and every error line would
    /// otherwise retain and release it at each lookup.
    unowned(unsafe) let catalog: CatalogIndex

    func recognise(_ doc: JSONDocument, _ root: Int, status: Int?, hint: Provider?) -> Classification? {
        let isErrorStatus = (status ?? 0) >= 400
        let saysSuccess = status.map { $0 < 400 } ?? false
        let strings = ShapeStrings(doc, root)
        if !isErrorStatus, !strings.mayCarryError { return nil }
        let keys = ShapeKeys(doc, root)

        // Problem details win over every member they may carry as an extension (`code`, `error`, ...).
        switch problemShape(doc, keys) {
        case .strong: return cashierProblem(doc, root, keys, status: status)
        case .weak where hint == nil || hint == .cashier: return cashierProblem(doc, root, keys, status: status)
        default: break
        }
        if strings.firstPaymentError >= 0, let paymentError = findPaymentError(doc, root, from: strings.firstPaymentError) {
            return synaptopayPaymentError(doc, root, paymentError, status: status)
        }
        if isFlatPaymentError(doc, keys, hint: hint) {
            return synaptopayPaymentError(doc, root, root, status: status)
        }
        if let error = keys.error {
            switch doc.kind(error) {
            case .object: return envelope(doc, root, error, status: status, hint: hint)
            case .string:
                if let found = flexiti(doc, root, error, keys, status: status, hint: hint) { return found }
                if let found = addedProviderString(doc, root, error, status: status, hint: hint) { return found }
            default: break
            }
        }
        if let code = keys.code {
            // Only the gRPC status numbers make the shape Synaptopay's: `{"code": 200}` or an order's
            // `{"code": 4821}` is data. Synaptopay's errors come with 4xx and 5xx ("200 Success"), so a
            // success status means no error; with no status logged the shape also needs its message.
            if !saysSuccess, doc.kind(code) == .number, let number = doc.integer(code), (0...16).contains(number),
                isErrorStatus || keys.message.map({ doc.kind($0) == .string }) == true
            {
                return synaptopayStatus(doc, root, number: number, status: status)
            }
            if doc.kind(code) == .string, let text = doc.string(code), keys.message != nil {
                return flat(doc, root, code: text, keys: keys, status: status, hint: hint)
            }
        }
        return nil
    }

    /// One walk over the string nodes (keys and values) of a body: whether any is a key that every shape
    /// above has (`error`, `code`, `title`, `payment_error`), which lets most success bodies skip the
    /// structural checks, and where the first `payment_error` is, so that its search starts there. Only
    /// strings of those lengths are compared.
    private struct ShapeStrings {
        var mayCarryError = false
        /// -1 when there is none.
        var firstPaymentError = -1

        init(_ doc: JSONDocument, _ root: Int) {
            let end = Int(doc.nodes[root].next)
            doc.nodes.withUnsafeBufferPointer { nodes in
                let bytes = doc.bytes
                var i = root
                while i < end {
                    let node = nodes[i]
                    if node.kind == .string, !node.escaped {
                        let start = Int(node.start)
                        switch node.end &- node.start {
                        case 4:
                            if !mayCarryError, Self.equals(bytes, start, "code") { mayCarryError = true }
                        case 5:
                            if !mayCarryError, Self.equals(bytes, start, "error") || Self.equals(bytes, start, "title") {
                                mayCarryError = true
                            }
                        case 13:
                            if Self.equals(bytes, start, "payment_error") {
                                mayCarryError = true
                                firstPaymentError = i
                                return
                            }
                        default:
                            break
                        }
                    }
                    i &+= 1
                }
            }
        }

        @inline(__always)
        private static func equals(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ text: StaticString) -> Bool {
            let wanted = text.utf8Start
            for k in 0..<text.utf8CodeUnitCount where bytes[start &+ k] != wanted[k] { return false }
            return true
        }
    }

    /// The members of a body object that decide its shape, found in one walk over its keys; the same answers
    /// as `JSONDocument.member` (first key wins, escaped keys decoded).
    private struct ShapeKeys {
        var error: Int?
        var code: Int?
        var message: Int?
        var title: Int?
        var status: Int?
        var type: Int?
        var detail: Int?
        var instance: Int?
        var declineCode: Int?
        var paymentMethod: Int?
        var errorDescription: Int?
        var fieldErrors: Int?

        init(_ doc: JSONDocument, _ object: Int) {
            guard doc.kind(object) == .object else { return }
            let end = Int(doc.nodes[object].next)
            var key = object + 1
            while key < end {
                let value = key + 1
                if let raw = doc.unescapedStringBytes(key) {
                    note(raw, value)
                } else if let decoded = doc.stringBytes(key) {
                    decoded.withUnsafeBytes { note($0, value) }
                }
                key = Int(doc.nodes[value].next)
            }
        }

        private mutating func note(_ key: UnsafeRawBufferPointer, _ value: Int) {
            switch key.count {
            case 4:
                if Self.equals(key, "code") { set(&code, value) }
                else if Self.equals(key, "type") { set(&type, value) }
            case 5:
                if Self.equals(key, "error") { set(&error, value) }
                else if Self.equals(key, "title") { set(&title, value) }
            case 6:
                if Self.equals(key, "status") { set(&status, value) }
                else if Self.equals(key, "detail") { set(&detail, value) }
            case 7:
                if Self.equals(key, "message") { set(&message, value) }
            case 8:
                if Self.equals(key, "instance") { set(&instance, value) }
            case 12:
                if Self.equals(key, "decline_code") { set(&declineCode, value) }
                else if Self.equals(key, "field_errors") { set(&fieldErrors, value) }
            case 14:
                if Self.equals(key, "payment_method") { set(&paymentMethod, value) }
            case 17:
                if Self.equals(key, "error_description") { set(&errorDescription, value) }
            default:
                break
            }
        }

        @inline(__always)
        private func set(_ slot: inout Int?, _ value: Int) {
            if slot == nil { slot = value }
        }

        @inline(__always)
        private static func equals(_ key: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
            let wanted = text.utf8Start
            for k in 0..<text.utf8CodeUnitCount where key[k] != wanted[k] { return false }
            return true
        }
    }

    // MARK: - Flint and StableGenius: {"error": {...}}

    private func envelope(_ doc: JSONDocument, _ root: Int, _ error: Int, status: Int?, hint: Provider?) -> Classification? {
        guard let code = text(doc, error, "code") ?? doc.member(error, "code").flatMap(doc.integer).map(String.init) else {
            return nil
        }
        let type = text(doc, error, "type")
        // The shape allows Flint or StableGenius; catalog membership decides first (RATE_LIMIT_EXCEEDED vs
        // rate_limit_exceeded), a hint only for codes neither catalog has, the spelling last.
        let provider: Provider
        if let hint, !hint.isBuiltIn, catalog.contains(hint, code) {
            provider = hint
        } else if let type, type.hasSuffix("_error") {
            provider = .stablegenius
        } else if catalog.contains(.flint, code) {
            provider = .flint
        } else if catalog.contains(.stablegenius, code) {
            provider = .stablegenius
        } else if let added = addedProvider(having: code) {
            provider = added
        } else if let hint, hint == .flint || hint == .stablegenius || !hint.isBuiltIn {
            provider = hint
        } else {
            let hasLowercase = code.unicodeScalars.contains { ("a"..."z").contains($0) }
            provider = hasLowercase && code == code.lowercased() ? .stablegenius : .flint
        }
        if !isErrorStatus(status), !catalog.contains(provider, code) { return nil }
        let requestID = text(doc, error, "request_id") ?? text(doc, root, "request_id")
        return build(
            provider: provider, format: .errorEnvelope, code: code, status: status,
            message: text(doc, error, "message"), param: text(doc, error, "param"), requestID: requestID)
    }

    /// A code and message at the top level: Flint's flat envelope `{"code", "message", "request_id"}`, or
    /// StableGenius's error object unwrapped `{"type": "invalid_request_error", "code", "message"}`.
    private func flat(
        _ doc: JSONDocument, _ root: Int, code: String, keys: ShapeKeys, status: Int?, hint: Provider?
    ) -> Classification? {
        // As in the envelope: a StableGenius error type or a catalog's code decides, then the hint (which may
        // name a provider whose own shape this is not: its code is kept verbatim), then the spelling.
        let provider: Provider
        if let hint, !hint.isBuiltIn, catalog.contains(hint, code) {
            provider = hint
        } else if let type = keys.type, Self.endsInError(doc, type) {
            provider = .stablegenius
        } else if catalog.contains(.flint, code) {
            provider = .flint
        } else if catalog.contains(.stablegenius, code) {
            provider = .stablegenius
        } else if let added = addedProvider(having: code) {
            provider = added
        } else if let hint {
            provider = hint
        } else {
            let hasLowercase = code.unicodeScalars.contains { ("a"..."z").contains($0) }
            provider = hasLowercase && code == code.lowercased() ? .stablegenius : .flint
        }
        // In a success response a bare code ("SUMMER20") is data, not an error, unless it is a catalog's code.
        if !isErrorStatus(status), !catalog.contains(provider, code) { return nil }
        return build(
            provider: provider, format: .flatError, code: code, status: status, message: text(doc, root, "message"),
            param: text(doc, root, "param"), requestID: text(doc, root, "request_id"))
    }

    /// A string value ending in `_error` (a StableGenius error type), read on its bytes.
    private static func endsInError(_ doc: JSONDocument, _ value: Int) -> Bool {
        guard doc.kind(value) == .string else { return false }
        if let raw = doc.unescapedStringBytes(value) {
            return raw.count >= 6 && ByteSearch.equals(UnsafeRawBufferPointer(rebasing: raw[(raw.count - 6)...]), "_error")
        }
        return doc.string(value)?.hasSuffix("_error") == true
    }

    /// `amount_out_of_range`, `invalid_token`: lower-case letters, digits and underscores, starting with a letter.
    func isLowerSnake(_ code: String) -> Bool {
        guard let first = code.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        return code.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") }
    }

    /// A provider a user's catalog file added whose catalog has this code (the first such file's).
    private func addedProvider(having code: String) -> Provider? {
        for provider in catalog.addedProviders where catalog.contains(provider, code) { return provider }
        return nil
    }

    // MARK: - Cashier: RFC 7807 problem details

    private enum ProblemShape { case none, weak, strong }

    /// RFC 7807 problem details, extension members allowed. Strong: a `title` and at least one more of the
    /// standard members (Cashier's examples). Weak: no `title`, but a numeric `status` and a `detail` (a
    /// Cashier body with its code as an extension member); a hint naming another provider outweighs it.
    private func problemShape(_ doc: JSONDocument, _ keys: ShapeKeys) -> ProblemShape {
        func isString(_ index: Int?) -> Bool { index.map { doc.kind($0) == .string } ?? false }
        let hasStatus = keys.status.map { doc.kind($0) == .number } ?? false
        if isString(keys.title) {
            return hasStatus || isString(keys.type) || isString(keys.detail) || isString(keys.instance) ? .strong : .none
        }
        return hasStatus && isString(keys.detail) ? .weak : .none
    }

    private func cashierProblem(_ doc: JSONDocument, _ root: Int, _ keys: ShapeKeys, status logStatus: Int?) -> Classification? {
        let bodyStatus = keys.status.flatMap(doc.integer)
        let status = logStatus ?? bodyStatus
        guard isErrorStatus(status) || isErrorStatus(bodyStatus) else { return nil }
        let title = Self.text(doc, keys.title)
        let detail = Self.text(doc, keys.detail)
        // The code as an extension member: `code`, or an `error` string that is one of Cashier's codes.
        let extensionCode = Self.text(doc, keys.code)
            ?? Self.text(doc, keys.error).flatMap { catalog.contains(.cashier, $0) ? $0 : nil }
        let code = extensionCode ?? CashierCodeInference.code(title: title, status: status, detail: detail)
        return build(
            provider: .cashier, format: .problemJSON, code: code, status: status, message: detail ?? title,
            param: text(doc, root, "param"), requestID: text(doc, root, "request_id") ?? text(doc, root, "requestId"))
    }

    // MARK: - Flexiti: {"error": "invalid_token", ...}

    /// Flexiti's shapes: an `error` code with `error_description` (OAuth) or `field_errors` (input errors).
    /// A bare string `error` is what many services send (`{"error": "Too Many Requests"}`): it is Flexiti's
    /// only when it is a Flexiti code and no hint names another provider, or when the hint names Flexiti and
    /// it is spelled as a code. "Codes in the 2xx range indicate success", so nothing below 400 is an error.
    private func flexiti(
        _ doc: JSONDocument, _ root: Int, _ error: Int, _ keys: ShapeKeys, status: Int?, hint: Provider?
    ) -> Classification? {
        if let status, status < 400 { return nil }
        guard let code = doc.string(error), !code.isEmpty else { return nil }
        let fullShape = keys.errorDescription.map { doc.kind($0) == .string } == true
            || keys.fieldErrors.map { doc.kind($0) == .array } == true
        if !fullShape {
            guard status != nil else { return nil }
            switch hint {
            case nil: guard catalog.contains(.flexiti, code) else { return nil }
            case .flexiti?: guard catalog.contains(.flexiti, code) || isLowerSnake(code) else { return nil }
            default: return nil
            }
        }
        let fieldErrors = doc.member(root, "field_errors").map(doc.elements) ?? []
        let firstField = fieldErrors.first
        let param = firstField.flatMap { text(doc, $0, "param") }
        let fieldMessage = firstField.flatMap { text(doc, $0, "msg") }
        let message = text(doc, root, "error_description") ?? text(doc, root, "message")
        var result = build(
            provider: .flexiti, format: fieldErrors.isEmpty ? .oauthError : .fieldErrors, code: code, status: status,
            message: message, param: param, requestID: text(doc, root, "request_id"))
        if !result.known, let family = numberedFamily(code),
            let entry = catalog.entry(.flexiti, family, status: status) ?? catalog.entry(.flexiti, family + "_1", status: status)
        {
            // Flexiti numbers variants of one outcome (application_declined, _2, _3; application_marked_pending_1,
            // _2): a later number is the same outcome.
            result.apply(entry)
        }
        if let fieldMessage, let entry = catalog.entry(.flexiti, fieldMessage, kind: .fieldError) {
            result.apply(entry)
        }
        // Every field error is kept in the message ("Some inputs are wrong! SIN: wrong format; dob: required"),
        // the first one's param in `param`.
        let details = fieldErrors.compactMap { field -> String? in
            guard let msg = text(doc, field, "msg") else { return nil }
            return text(doc, field, "param").map { "\($0): \(msg)" } ?? msg
        }
        if !details.isEmpty {
            result.message = [result.message, details.joined(separator: "; ")].compactMap { $0 }.joined(separator: " ")
        }
        return result
    }

    /// `{"error": "acme_declined"}` from a provider a user's catalog added, when its catalog has the code.
    private func addedProviderString(_ doc: JSONDocument, _ root: Int, _ error: Int, status: Int?, hint: Provider?) -> Classification? {
        guard isErrorStatus(status), let code = doc.string(error) else { return nil }
        let provider = hint.flatMap { !$0.isBuiltIn && catalog.contains($0, code) ? $0 : nil } ?? addedProvider(having: code)
        guard let provider else { return nil }
        let message = text(doc, root, "error_description") ?? text(doc, root, "message")
        return build(provider: provider, format: .oauthError, code: code, status: status, message: message,
                     param: text(doc, root, "param"), requestID: text(doc, root, "request_id"))
    }

    /// `application_declined_7` → `application_declined`; nil when the code has no numeric suffix.
    private func numberedFamily(_ code: String) -> String? {
        guard let underscore = code.lastIndex(of: "_") else { return nil }
        let suffix = code[code.index(after: underscore)...]
        guard !suffix.isEmpty, suffix.allSatisfy(\.isNumber) else { return nil }
        return String(code[..<underscore])
    }

    // MARK: - Synaptopay: gRPC status and payment_error

    private func synaptopayStatus(_ doc: JSONDocument, _ root: Int, number: Int, status: Int?) -> Classification? {
        guard number != 0 else { return nil }  // gRPC OK is success
        let message = text(doc, root, "message")
        let code = catalog.grpcEntry(number: number)?.code ?? "GRPC_\(number)"
        var result = build(
            provider: .synaptopay, format: .grpcStatus, code: code, status: status, message: message,
            param: message.flatMap(invalidArgumentField), requestID: text(doc, root, "request_id"),
            kind: .grpcStatus)
        if !result.known, status == nil {
            result.retryable = nil
            result.retryBasis = .undetermined
        }
        return result
    }

    /// `Invalid argument at "email": ...` → `email`.
    private func invalidArgumentField(_ message: String) -> String? {
        var message = message
        if let field = message.withUTF8({ asciiInvalidArgumentField($0) }) { return field }
        guard let start = message.firstRange(of: "argument at \"") else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// `invalidArgumentField` for pure ASCII text, on bytes (one byte is one character there, so the same
    /// match): `.some(nil)` when there is no field, nil when the text is not ASCII.
    private func asciiInvalidArgumentField(_ b: UnsafeBufferPointer<UInt8>) -> String?? {
        let pattern: StaticString = "argument at \""
        let m = pattern.utf8CodeUnitCount
        let p = pattern.utf8Start
        var found = -1
        var i = 0
        while i < b.count {
            if b[i] >= 0x80 { return nil }
            if found < 0, i + m <= b.count {
                var k = 0
                while k < m, b[i + k] == p[k] { k += 1 }
                if k == m { found = i + m }
            }
            i += 1
        }
        guard found >= 0 else { return .some(nil) }
        var end = found
        while end < b.count, b[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < b.count else { return .some(nil) }
        return .some(String(decoding: UnsafeBufferPointer(rebasing: b[found..<end]), as: UTF8.self))
    }

    /// The `payment_error` object of a payment intent: a member of the body or of an object within it
    /// (`{"payment_intent": {..., "payment_error": {...}}}`), reached through object members only, holding a
    /// string `code` or `decline_code`. A list of intents is a successful list call, and the string
    /// "payment_error" as a value (an event's type) is data: neither counts.
    private func findPaymentError(_ doc: JSONDocument, _ root: Int, from first: Int) -> Int? {
        var from = first
        while let key = doc.firstString(in: root, from: from, matchingAnyOf: ["payment_error"]) {
            let value = key + 1
            if value < root + doc.subtreeSize(root), doc.kind(value) == .object, isPaymentErrorObject(doc, value),
                Self.isKeyReachedThroughObjects(doc, root, key)
            {
                return value
            }
            from = key + 1
        }
        return nil
    }

    /// Whether the string node `target` is a key of an object reached from `root` through object members
    /// only: descends from the root into the one member whose subtree holds it, without allocating.
    private static func isKeyReachedThroughObjects(_ doc: JSONDocument, _ root: Int, _ target: Int) -> Bool {
        var container = root
        while doc.kind(container) == .object {
            let end = container + doc.subtreeSize(container)
            var key = container + 1
            var inside = false
            while key < end {
                if key == target { return true }
                let value = key + 1
                let valueEnd = value + doc.subtreeSize(value)
                if target > value && target < valueEnd {
                    container = value
                    inside = true
                    break
                }
                key = valueEnd
            }
            if !inside { return false }
        }
        return false
    }

    private func isPaymentErrorObject(_ doc: JSONDocument, _ object: Int) -> Bool {
        doc.member(object, "code").map { doc.kind($0) == .string } == true
            || doc.member(object, "decline_code").map { doc.kind($0) == .string } == true
    }

    /// The document's "Payment error structure" on its own, as a body: a Synaptopay failure code with the
    /// structure's `decline_code` or `payment_method` (or a Synaptopay hint). UNKNOWN alone is too common
    /// a code to decide.
    private func isFlatPaymentError(_ doc: JSONDocument, _ keys: ShapeKeys, hint: Provider?) -> Bool {
        guard let code = keys.code, doc.kind(code) == .string, keys.error == nil else { return false }
        let companion = keys.declineCode.map { doc.kind($0) == .string } == true
            || keys.paymentMethod.map { doc.kind($0) == .string } == true
        guard companion || hint == .synaptopay, let text = doc.string(code) else { return false }
        return catalog.contains(.synaptopay, text, kind: .failureCode)
    }

    private func synaptopayPaymentError(_ doc: JSONDocument, _ root: Int, _ paymentError: Int, status: Int?) -> Classification {
        let declineCode = text(doc, paymentError, "decline_code")
        // "When the failure code is PAYMENT_METHOD_PROVIDER_DECLINE, a more specific decline_code is included":
        // a decline code alone implies that failure code.
        let code = text(doc, paymentError, "code") ?? (declineCode != nil ? "PAYMENT_METHOD_PROVIDER_DECLINE" : "UNKNOWN")
        let requestID = paymentError == root ? text(doc, root, "request_id")
            : text(doc, root, "request_id") ?? text(doc, paymentError, "request_id")
        var result = build(
            provider: .synaptopay, format: .paymentError, code: code, status: status,
            message: text(doc, paymentError, "message"), param: nil, requestID: requestID, kind: .failureCode)
        result.declineCode = BodyText.bounded(declineCode)
        if let declineCode, let entry = catalog.entry(.synaptopay, declineCode, kind: .declineCode) {
            result.apply(entry)
        }
        if !result.known {
            // A failure code Synaptopay doesn't list arrives with HTTP 200: no status rule applies, and the
            // guidance must not promise what the retryability does not say.
            result.retryable = nil
            result.retryBasis = .undetermined
            result.guidance = "Synaptopay does not list this failure code, so nothing decides whether a retry can succeed: check the payment intent and its message before starting a new payment attempt."
        }
        return result
    }

    // MARK: - Shared

    /// Any message-like member, for JSON bodies in no known shape.
    func anyMessage(_ doc: JSONDocument, _ root: Int) -> String? {
        for key in ["message", "detail", "error_description", "error_message", "msg", "title", "error"] {
            if let value = text(doc, root, key) { return String(value.prefix(BodyText.excerptLimit)) }
        }
        return nil
    }

    private func build(
        provider: Provider, format: BodyFormat, code: String, status: Int?, message: String?, param: String?,
        requestID: String?, kind: CatalogEntry.Kind = .error
    ) -> Classification {
        var result = Classification(
            provider: provider, format: format, code: code, retryBasis: .undetermined, httpStatus: status,
            requestID: BodyText.bounded(requestID), message: BodyText.bounded(message), param: BodyText.bounded(param))
        if let entry = catalog.entry(provider, code, kind: kind, status: status, message: message) {
            result.apply(entry)
        } else {
            let verdict = StatusRules.verdict(provider: provider, status: status)
            result.retryable = verdict.retryable
            result.retryBasis = verdict.basis
            result.guidance = verdict.guidance
        }
        return result
    }

    /// The text of a member found by `ShapeKeys`, when it is a string.
    private static func text(_ doc: JSONDocument, _ value: Int?) -> String? {
        guard let value, doc.kind(value) == .string else { return nil }
        return doc.string(value)
    }

    private func text(_ doc: JSONDocument, _ object: Int, _ key: String) -> String? {
        guard let value = doc.member(object, key), doc.kind(value) == .string else { return nil }
        return doc.string(value)
    }

    private func isErrorStatus(_ status: Int?) -> Bool { (status ?? 0) >= 400 }
}

extension Classification {
    /// Takes category, retryability and guidance from a catalog entry.
    mutating func apply(_ entry: CatalogEntry) {
        category = entry.category
        retryable = entry.retryable
        retryBasis = entry.basis
        guidance = entry.fix
        known = true
        self.entry = entry
    }
}
