import FaultlineClassifier

/// Finds the `LogField`s of one parsed line in a single pass over its top-level keys.
///
/// Every line of a dump goes through here, so instead of trying each candidate path with a key search
/// (dozens of searches per line), the first segments of all paths are hashed once, and one walk over the
/// line's members records where each of them is.
struct FieldLocator {
    private struct Candidate {
        let field: LogField
        let path: [String]
        let slot: Int
    }

    private let firstSegments: [(hash: UInt64, name: [UInt8])]
    /// Open-addressing table from a key's hash to its slot in `firstSegments` (-1 = empty).
    private let table: [Int]
    private let tableMask: Int
    private let candidates: [[Candidate]]  // by field, in priority order
    private var found: [Int]  // by slot: value index or -1

    init(fields: FieldMap) {
        var segments: [String] = []
        var byField: [[Candidate]] = []
        var roots = Set<String>()
        for field in LogField.allCases {
            var list: [Candidate] = []
            var paths = fields.paths(for: field)
            if let header = field.headerName {
                // Headers come after the field paths; their containers are located like any first segment.
                paths += LogField.headerContainers.map { $0 + [header] }
            }
            for path in paths {
                let first = path[0]
                if !roots.contains(first) {
                    roots.insert(first)
                    segments.append(first)
                }
                list.append(Candidate(field: field, path: path, slot: segments.firstIndex(of: first)!))
            }
            byField.append(list)
        }
        firstSegments = segments.map { (Self.hash(Array($0.utf8)), Array($0.utf8)) }
        var size = 16
        while size < segments.count * 4 { size *= 2 }
        var table = Array(repeating: -1, count: size)
        for (slot, segment) in firstSegments.enumerated() {
            var probe = Int(truncatingIfNeeded: segment.hash) & (size - 1)
            while table[probe] >= 0 { probe = (probe + 1) & (size - 1) }
            table[probe] = slot
        }
        self.table = table
        tableMask = size - 1
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
            guard let raw = doc.unescapedStringBytes(key) else { continue }
            let h = Self.hash(raw)
            var probe = Int(truncatingIfNeeded: h) & tableMask
            while table[probe] >= 0 {
                let slot = table[probe]
                if firstSegments[slot].hash == h, found[slot] < 0, firstSegments[slot].name.elementsEqual(raw) {
                    found[slot] = value
                    break
                }
                probe = (probe + 1) & tableMask
            }
        }
    }

    /// The value of a field: its first candidate path present in the line.
    func value(of field: LogField, in doc: JSONDocument) -> Int? {
        for candidate in candidates[fieldIndex(field)] {
            var node = found[candidate.slot]
            guard node >= 0 else { continue }
            let isHeader = candidate.path.count > 1 && candidate.path.last == field.headerName
                && LogField.headerContainers.contains(Array(candidate.path.dropLast()))
            var resolved = true
            for (depth, key) in candidate.path.enumerated().dropFirst() {
                let last = depth == candidate.path.count - 1
                let next = (isHeader && last) ? doc.memberIgnoringCase(node, key) : doc.member(node, key)
                guard let next else {
                    resolved = false
                    break
                }
                node = next
            }
            if resolved { return node }
        }
        return nil
    }

    private func fieldIndex(_ field: LogField) -> Int {
        LogField.allCases.firstIndex(of: field)!
    }

    private static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
