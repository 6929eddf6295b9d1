import FaultlineClassifier

/// Finds the `LogField`s of one parsed line in a single pass over its top-level keys.
///
/// Every line of a dump goes through here, so instead of trying each candidate path with a key search
/// (dozens of searches per line), one walk over the line's members records where each first segment of
/// every candidate path is.
struct FieldLocator {
    private struct Candidate {
        /// Keys after the first segment (the first is found by the walk: `slot`).
        let rest: [String]
        let slot: Int
        /// The last key is an HTTP header name, matched without regard to case.
        let isHeader: Bool
    }

    /// The distinct first segments of every candidate path, as bytes; a slot is an index into this.
    private let firstSegments: [[UInt8]]
    /// Slots of `firstSegments` by the length of their name.
    private let byLength: [[Int]]
    private let candidates: [[Candidate]]  // by field, in priority order
    private var found: [Int]  // by slot: value index or -1

    init(fields: FieldMap) {
        var segments: [String] = []
        var byField: [[Candidate]] = []
        var roots = Set<String>()
        for field in LogField.allCases {
            var list: [Candidate] = []
            // Headers come after the field paths; their containers are located like any first segment.
            let headerPaths = field.headerName.map { header in LogField.headerContainers.map { $0 + [header] } } ?? []
            let paths = fields.paths(for: field).map { ($0, false) } + headerPaths.map { ($0, true) }
            for (path, isHeader) in paths {
                let first = path[0]
                if !roots.contains(first) {
                    roots.insert(first)
                    segments.append(first)
                }
                list.append(Candidate(rest: Array(path.dropFirst()), slot: segments.firstIndex(of: first)!, isHeader: isHeader))
            }
            byField.append(list)
        }
        firstSegments = segments.map { Array($0.utf8) }
        var byLength = Array(repeating: [Int](), count: (firstSegments.map(\.count).max() ?? 0) + 1)
        for (slot, segment) in firstSegments.enumerated() { byLength[segment.count].append(slot) }
        self.byLength = byLength
        candidates = byField
        found = Array(repeating: -1, count: segments.count)
    }

    /// Records where the first segments sit in `root`; call before `value(of:)`.
    mutating func scan(_ doc: JSONDocument, root: Int) {
        for k in found.indices { found[k] = -1 }
        var key = root + 1
        let end = root + doc.subtreeSize(root)
        while key < end {
            let value = key + 1
            defer { key = value + doc.subtreeSize(value) }
            guard let raw = doc.unescapedStringBytes(key), raw.count < byLength.count else { continue }
            // Keys are short and the wanted names few: candidates of the same length, compared byte by byte,
            // beat hashing every key of every line.
            for slot in byLength[raw.count] where found[slot] < 0 {
                let name = firstSegments[slot]
                var k = 0
                while k < raw.count, raw[k] == name[k] { k += 1 }
                if k == raw.count {
                    found[slot] = value
                    break
                }
            }
        }
    }

    /// The value of a field: its first candidate path present in the line.
    func value(of field: LogField, in doc: JSONDocument) -> Int? {
        value(of: field, in: doc, where: { _ in true })
    }

    /// The first candidate path present in the line whose value `accept`s; later candidates are tried when an
    /// earlier one holds something unusable (`"status": "failed"` before `"http_status": 500`).
    func value(of field: LogField, in doc: JSONDocument, where accept: (Int) -> Bool) -> Int? {
        for candidate in candidates[field.index] {
            var node = found[candidate.slot]
            guard node >= 0 else { continue }
            var resolved = true
            for (depth, key) in candidate.rest.enumerated() {
                let caseless = candidate.isHeader && depth == candidate.rest.count - 1
                guard let next = caseless ? doc.memberIgnoringCase(node, key) : doc.member(node, key) else {
                    resolved = false
                    break
                }
                node = next
            }
            if resolved, accept(node) { return node }
        }
        return nil
    }
}
