import FaultlineClassifier
import FaultlineInput
import FaultlineStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns one chunk of log lines into a `Batch`: each line becomes exactly one of stored error, counted
/// success, reject or blank.
///
/// One processor per thread (it keeps a parser and scratch state); chunks are independent, so several
/// processors work on consecutive chunks at once and their batches are committed in order.
struct ChunkProcessor {
    let options: IngestOptions
    private let classifier: Classifier
    private var parser = JSONParser()
    private var locator: FieldLocator
    private var traffic = TrafficCounter()
    private var knownHints: [(text: [UInt8], provider: Provider?)] = []
    /// Fingerprints of recent messages, by the message's bytes (`fingerprintIndex` gives the position in
    /// `fingerprints`): most error lines repeat a catalog's few messages.
    private var fingerprintIndex = ByteKeyTable()
    private var fingerprints: [String] = []
    private let endpoints = EndpointCache()
    /// The first event of the current batch with each kind probe (see `appendEvent`).
    private var kindProbes: [KindProbe: Int] = [:]

    /// Cheap to hash (no text): events of one kind have the same probe, and different kinds mostly differ in it.
    private struct KindProbe: Hashable {
        let entry: ObjectIdentifier?
        let provider: Provider
        let codeLength: Int
        let retryable: Bool?
        let basis: RetryBasis
        let known: Bool

        /// One word into the hasher: the synthesized hash fed it six values for every error line. Provider and
        /// basis are left out of it (an entry implies its provider), not out of `==`.
        func hash(into hasher: inout Hasher) {
            var h = UInt64(UInt(bitPattern: entry.map { Int(bitPattern: $0) } ?? 0)) &* 0x9E37_79B9_7F4A_7C15
            h ^= UInt64(truncatingIfNeeded: codeLength) << 32
            h = h &* 0xFF51_AFD7_ED55_8CCD
            hasher.combine(h ^ (known ? 1 : 0) ^ (retryable.map { $0 ? 2 : 4 } ?? 8))
        }
    }
    /// The sizes of the previous batch: the next chunk is much like it, and reserving its room up front spares
    /// the buffers' growth (each doubling copies the buffer into fresh pages).
    private var previous = BatchSizes()

    private struct BatchSizes {
        var events = 0, eventText = 0, candidates = 0, candidateText = 0

        init() {}

        init(_ batch: Batch) {
            events = batch.packedEvents.count
            eventText = batch.packedEvents.textBytes
            candidates = batch.successCandidates.count
            candidateText = batch.successCandidates.textBytes
        }

        /// Room for a batch up to an eighth larger than this one.
        func reserve(in batch: inout Batch) {
            func roomy(_ n: Int) -> Int { n + n / 8 }
            batch.packedEvents.reserve(events: roomy(events), textBytes: roomy(eventText))
            batch.successCandidates.reserve(roomy(candidates), textBytes: roomy(candidateText))
        }
    }

    init(options: IngestOptions) {
        self.options = options
        self.locator = FieldLocator(fields: options.fields)
        self.classifier = Classifier(catalog: options.catalog)
    }

    mutating func process(_ chunk: LineChunk) -> Batch {
        var batch = Batch(endOffset: chunk.endOffset)
        previous.reserve(in: &batch)
        kindProbes.removeAll(keepingCapacity: true)
        traffic.reset()
        chunk.withUnsafeBytes { buffer in
            for line in chunk.lines where !line.isCutByDamage {
                batch.linesRead += 1
                let bytes = UnsafeRawBufferPointer(rebasing: buffer[line.start..<line.start + line.length])
                count(bytes, line, into: &batch)
            }
        }
        traffic.add(to: &batch.traffic)
        // A last line without a newline may be a line still being written: remember where it starts, so that
        // if the file grows it can be taken back and read again whole.
        if let last = chunk.lines.last(where: { !$0.isCutByDamage }), last.lacksNewline {
            batch.openLineOffset = last.offset
        }
        previous = BatchSizes(batch)
        return batch
    }

    /// What one line (given as its bytes) counts as, exactly as `process` would count it.
    mutating func outcome(ofLine bytes: UnsafeRawBufferPointer, number: Int, offset: Int64) -> Batch {
        var batch = Batch(endOffset: offset + Int64(bytes.count))
        kindProbes.removeAll(keepingCapacity: true)
        traffic.reset()
        let line = LineDescriptor(start: 0, length: bytes.count, number: number, offset: offset, fullLength: Int64(bytes.count))
        batch.linesRead = 1
        count(bytes, line, into: &batch)
        traffic.add(to: &batch.traffic)
        return batch
    }

    /// Counts one line as exactly one of: reject (too long, unreadable), blank, stored error, counted success.
    private mutating func count(_ bytes: UnsafeRawBufferPointer, _ line: LineDescriptor, into batch: inout Batch) {
        if line.isOverlong {
            reject(&batch, line, bytes, RejectReason.tooLong(length: line.fullLength, limit: options.maxLineBytes))
        } else if isBlank(bytes) {
            batch.blanks += 1
        } else {
            processLine(bytes, line, into: &batch)
        }
    }

    private mutating func processLine(_ bytes: UnsafeRawBufferPointer, _ line: LineDescriptor, into batch: inout Batch) {
        let doc: JSONDocument
        do {
            doc = try parser.parse(bytes)
        } catch {
            reject(&batch, line, bytes, RejectReason.forUnparsable(bytes, error))
            return
        }
        guard doc.kind(doc.root) == .object else {
            reject(&batch, line, bytes, "\(RejectReason.notObject): the line is JSON but not an object")
            return
        }
        locator.scan(doc, root: doc.root)
        let statusNode = locator.value(of: .status, in: doc, where: { Self.httpStatus(doc, $0) != nil })
        let bodyNode = locator.value(of: .body, in: doc)
        guard statusNode != nil || bodyNode != nil else {
            let reason = locator.value(of: .status, in: doc) == nil
                ? "\(RejectReason.noStatusOrBody): no status field and no body field (see --field)"
                : "\(RejectReason.noStatusOrBody): the status field holds no HTTP status, and there is no body field (see --field)"
            reject(&batch, line, bytes, reason)
            return
        }
        let status = statusNode.flatMap { Self.httpStatus(doc, $0) }
        let hint = locator.value(of: .provider, in: doc).flatMap { providerHint(doc, $0) }
        let classification: Classification?
        if let bodyNode {
            classification = classifier.classify(document: doc, value: bodyNode, status: status, hint: hint)
        } else {
            classification = classifier.classify(bytes: UnsafeRawBufferPointer(start: nil, count: 0), status: status, hint: hint)
        }
        if let classification {
            let context = LineContext(doc: doc, locator: locator, identifiers: true, endpoints: endpoints)
            appendEvent(classification, context, line, to: &batch)
        } else {
            batch.successes += 1
            // Both the traffic hour and a kept retry need the time: parse it once.
            let millis = locator.value(of: .timestamp, in: doc).flatMap { LineContext.epochMilliseconds(doc, $0) }
            traffic.count(doc, locator: locator, millis: millis, status: status, hint: hint)
            noteAttempt(doc, line, millis: millis, status: status, into: &batch.successCandidates)
        }
    }

    /// A success line that names its operation (idempotency key or request id) may be the retry that
    /// recovered an earlier failure; the committer keeps it only if that operation failed before.
    private func noteAttempt(
        _ doc: JSONDocument, _ line: LineDescriptor, millis: Int64?, status: Int?, into candidates: inout SuccessCandidates
    ) {
        let requestNode = locator.value(of: .requestID, in: doc)
        let keyNode = locator.value(of: .idempotencyKey, in: doc)
        guard requestNode != nil || keyNode != nil else { return }
        let redactor = options.redactor
        Self.withIdentifierBytes(doc, requestNode, redactor) { request in
            Self.withIdentifierBytes(doc, keyNode, redactor) { key in
                candidates.append(requestID: request, idempotencyKey: key, line: line.number, byteOffset: line.offset,
                                  millis: millis, status: status)
            }
        }
    }

    /// An identifier's bytes as `LineContext` reads it (a string's text, a number's digits), without a String
    /// when the text has no escapes.
    private static func withIdentifierBytes(
        _ doc: JSONDocument, _ node: Int?, _ redactor: Redactor, _ body: (UnsafeRawBufferPointer?) -> Void
    ) {
        guard let node else { return body(nil) }
        // A kept attempt stores its ids: redacted like an event's (rare, so a String is fine then).
        if let raw = doc.unescapedStringBytes(node) ?? (doc.kind(node) == .number ? doc.rawBytes(node) : nil),
            var redacted = redactor.redacted(bytes: raw)?.text
        {
            return redacted.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
        switch doc.kind(node) {
        case .string:
            if let raw = doc.unescapedStringBytes(node) { return body(raw) }
            guard var text = doc.string(node) else { return body(nil) }
            text = redactor.redact(text).text
            text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        case .number:
            body(doc.rawBytes(node))
        default:
            body(nil)
        }
    }

    /// An HTTP status: a whole number from 100 to 999, written as a number (`500`, `500.0`) or a string (`"500"`).
    static func httpStatus(_ doc: JSONDocument, _ node: Int) -> Int? {
        let value = doc.integer(node) ?? doc.double(node).flatMap { $0.rounded() == $0 && abs($0) < 1e6 ? Int($0) : nil }
        return value.flatMap { (100..<1000).contains($0) ? $0 : nil }
    }

    /// The provider named by a line's provider field. Dumps name a handful of services over and over, so the
    /// answers for the last few spellings are kept.
    private mutating func providerHint(_ doc: JSONDocument, _ node: Int) -> Provider? {
        guard let raw = doc.unescapedStringBytes(node) else { return doc.string(node).flatMap(classifier.catalog.provider(hint:)) }
        for (text, provider) in knownHints where text.count == raw.count {
            // memcmp rather than elementsEqual, which compares through generic iterators.
            let same = text.withUnsafeBytes { known in
                raw.isEmpty || memcmp(known.baseAddress!, raw.baseAddress!, raw.count) == 0
            }
            if same { return provider }
        }
        let provider = classifier.catalog.provider(hint: String(decoding: raw, as: UTF8.self))
        if knownHints.count >= 16 { knownHints.removeFirst() }
        knownHints.append((Array(raw), provider))
        return provider
    }

    private mutating func appendEvent(_ c: Classification, _ context: LineContext, _ line: LineDescriptor, to batch: inout Batch) {
        let message = c.message.map { redact($0, &batch.redactions) }
        var fingerprint: String? = nil
        if let message { fingerprint = self.fingerprint(of: message) }
        let param = c.param.map { redact($0, &batch.redactions) }
        var requestID: PackedEvents.Text
        if case .none = context.requestID { requestID = PackedEvents.Text(c.requestID) } else { requestID = context.requestID }
        // Every other text the event stores passes the redactor too (its rules: Redactor.swift).
        let redactor = options.redactor
        requestID = redactor.redact(requestID, &batch.redactions)
        let idempotencyKey = redactor.redact(context.idempotencyKey, &batch.redactions)
        let method = redactor.redact(context.method, &batch.redactions)
        let host = redactor.redact(context.endpoint?.host, &batch.redactions)
        let endpoint = redactor.redact(context.endpoint?.path, &batch.redactions)
        let code = redactor.redact(c.code, &batch.redactions) ?? c.code
        let declineCode = redactor.redact(c.declineCode, &batch.redactions)
        // An error of a kind already in the batch points at that event's kind texts, and the committer reuses
        // its kind id: copying the kind's texts (the guidance is a sentence) and looking them up again for
        // every error cost about 3 % of ingest.
        let probe = KindProbe(entry: c.entry.map(ObjectIdentifier.init), provider: c.provider, codeLength: code.utf8.count,
                              retryable: c.retryable, basis: c.retryBasis, known: c.known)
        let earlier = kindProbes[probe]
        if let earlier,
            batch.packedEvents.hasKind(earlier, provider: c.provider.rawValue, code: code, category: c.category,
                                       retryable: c.retryable, retryBasis: c.retryBasis.rawValue, known: c.known,
                                       guidance: c.guidance)
        {
            batch.packedEvents.append(
                sameKindAs: earlier, millis: context.millis, status: c.httpStatus, requestID: requestID,
                idempotencyKey: idempotencyKey,
                method: method, host: host, endpoint: endpoint, message: message,
                fingerprint: fingerprint, param: param, declineCode: declineCode, format: c.format.rawValue,
                line: line.number, byteOffset: line.offset)
            return
        }
        if earlier == nil { kindProbes[probe] = batch.packedEvents.count }
        batch.packedEvents.append(
            millis: context.millis, provider: c.provider.rawValue, code: code, category: c.category,
            retryable: c.retryable, retryBasis: c.retryBasis.rawValue, known: c.known, guidance: c.guidance,
            status: c.httpStatus, requestID: requestID, idempotencyKey: idempotencyKey,
            method: method, host: host, endpoint: endpoint, message: message,
            fingerprint: fingerprint, param: param, declineCode: declineCode, format: c.format.rawValue, line: line.number, byteOffset: line.offset)
    }

    private mutating func fingerprint(of message: String) -> String {
        if fingerprints.count >= 4096 {
            fingerprintIndex.removeAll()
            fingerprints.removeAll(keepingCapacity: true)
        }
        var message = message
        let (entry, inserted) = message.withUTF8 { fingerprintIndex.index(of: UnsafeRawBufferPointer($0)) }
        if !inserted { return fingerprints[entry] }
        let fingerprint = MessageFingerprint.of(message)
        fingerprints.append(fingerprint)
        return fingerprint
    }

    private func reject(_ batch: inout Batch, _ line: LineDescriptor, _ bytes: UnsafeRawBufferPointer, _ reason: String) {
        // Control characters (a NUL, a stray escape) are shown as their visible symbols (␀, ␛): the excerpt
        // ends up in terminals, CSV files and spreadsheets.
        let (redacted, count) = options.redactor.redactedPrefix(bytes, limit: 256)
        batch.redactions += count
        let excerpt = String(String.UnicodeScalarView(redacted.unicodeScalars.map { scalar in
            scalar.value < 0x20 && scalar != "\t" ? Unicode.Scalar(0x2400 + scalar.value)! : scalar
        }))
        batch.rejects.append(RejectRecord(line: line.number, byteOffset: line.offset, reason: reason, excerpt: excerpt))
    }

    private func redact(_ text: String, _ count: inout Int) -> String {
        let result = options.redactor.redact(text)
        count += result.count
        return result.text
    }

    private func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
