import FaultlineClassifier

/// Finds the `LogField`s of one parsed line, walking each object on the way at most once.
///
/// Every line of a dump goes through here, so instead of trying each candidate path with a key search
/// (dozens of searches per line, several of them over the same `response` or `headers` object), the candidate
/// paths form a tree of keys: one walk over the line's members records where each first segment is, and an
/// object deeper down is walked once, the first time some field needs one of its keys, recording all the keys
/// wanted there. Answers are the same as looking each path up with `JSONDocument.member`: the first matching
/// key of an object wins, header names match without regard to ASCII case, and escaped keys are decoded
/// (except at the top level, where they were never matched).
struct FieldLocator {
    /// The key tree, the candidate paths of each field and the per-line answers; a class so that `value(of:)`
    /// can remember what it walked without every caller holding the locator mutably.
    private let tree: KeyTree

    init(fields: FieldMap) {
        var builder = KeyTree.Builder()
        for field in LogField.allCases {
            var list: [Int] = []
            // Headers come after the field paths; their containers are located like any other key.
            let headerPaths = field.headerName.map { header in LogField.headerContainers.map { $0 + [header] } } ?? []
            let paths = fields.paths(for: field).map { ($0, false) } + headerPaths.map { ($0, true) }
            for (path, isHeader) in paths {
                list.append(builder.add(path, caselessLast: isHeader))
            }
            builder.candidates.append(list)
        }
        tree = KeyTree(builder)
    }

    /// Records where the first segments sit in `root`; call before `value(of:)`.
    mutating func scan(_ doc: JSONDocument, root: Int) {
        tree.scan(doc, root: root)
    }

    /// The value of a field: its first candidate path present in the line.
    func value(of field: LogField, in doc: JSONDocument) -> Int? {
        if let known = tree.fieldValue(field.index) { return known }
        let found = value(of: field, in: doc, where: { _ in true })
        tree.setFieldValue(field.index, found)
        return found
    }

    /// The first candidate path present in the line whose value `accept`s; later candidates are tried when an
    /// earlier one holds something unusable (`"status": "failed"` before `"http_status": 500`).
    func value(of field: LogField, in doc: JSONDocument, where accept: (Int) -> Bool) -> Int? {
        let tree = tree
        let field = field.index
        for j in tree.candidateStart[field]..<tree.candidateStart[field &+ 1] {
            let node = tree.resolve(tree.candidateNodes[j], doc)
            if node >= 0, accept(node) { return node }
        }
        return nil
    }
}

/// The candidate paths as a tree of keys, in raw memory (per-line lookups are loads, not array accesses), and
/// what the current line holds at each of its nodes.
private final class KeyTree {
    struct Builder {
        var names: [[UInt8]] = []
        var caseless: [Bool] = []
        var parents: [Int] = []
        /// By field, in priority order: the tree node of each candidate path's last key.
        var candidates: [[Int]] = []

        /// The node of `path`'s last key, adding the nodes missing on the way.
        mutating func add(_ path: [String], caselessLast: Bool) -> Int {
            var parent = -1
            for (depth, key) in path.enumerated() {
                let isCaseless = caselessLast && depth == path.count - 1 && depth > 0
                var name = Array(key.utf8)
                // Compared against keys folded the same way (ASCII letters only).
                if isCaseless { name = name.map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 } }
                if let existing = parents.indices.first(where: {
                    parents[$0] == parent && caseless[$0] == isCaseless && names[$0] == name
                }) {
                    parent = existing
                    continue
                }
                names.append(name)
                caseless.append(isCaseless)
                parents.append(parent)
                parent = names.count - 1
            }
            return parent
        }
    }

    let count: Int
    /// Node k's name is `nameBytes[nameStart[k] ..< nameStart[k] + nameLength[k]]`.
    let nameBytes: UnsafeMutablePointer<UInt8>
    let nameStart: UnsafeMutablePointer<Int>
    let nameLength: UnsafeMutablePointer<Int>
    let caseless: UnsafeMutablePointer<Bool>
    let parent: UnsafeMutablePointer<Int>
    /// Node k's children are `children[childStart[k] ..< childStart[k + 1]]`; the top-level keys are listed
    /// at `count` (the root's entry).
    let childStart: UnsafeMutablePointer<Int>
    let children: UnsafeMutablePointer<Int>
    /// Top-level keys by length: `topByLength[topStart[n] ..< topStart[n + 1]]` for keys of n bytes.
    let maxTopLength: Int
    let topStart: UnsafeMutablePointer<Int>
    let topByLength: UnsafeMutablePointer<Int>

    // Per line.
    /// The value index at each node, -1 when the line has none (or it is not known yet: see `walked`).
    let value: UnsafeMutablePointer<Int>
    /// Whether the object at node k has been walked for its children.
    let walked: UnsafeMutablePointer<Bool>
    /// By field: the answer of `value(of:)`, -1 for none, -2 not asked yet.
    let fieldAnswers: UnsafeMutablePointer<Int>
    let fieldCount = LogField.allCases.count
    /// Field f's candidate paths end at nodes `candidateNodes[candidateStart[f] ..< candidateStart[f + 1]]`.
    let candidateStart: UnsafeMutablePointer<Int>
    let candidateNodes: UnsafeMutablePointer<Int>

    init(_ b: Builder) {
        count = b.names.count
        let totalName = b.names.reduce(0) { $0 + $1.count }
        nameBytes = .allocate(capacity: max(totalName, 1))
        nameStart = .allocate(capacity: max(count, 1))
        nameLength = .allocate(capacity: max(count, 1))
        caseless = .allocate(capacity: max(count, 1))
        parent = .allocate(capacity: max(count, 1))
        var offset = 0
        for k in 0..<count {
            nameStart[k] = offset
            nameLength[k] = b.names[k].count
            for byte in b.names[k] {
                nameBytes[offset] = byte
                offset += 1
            }
            caseless[k] = b.caseless[k]
            parent[k] = b.parents[k]
        }
        // Children grouped by parent, in creation order; the root (-1) is stored as `count`.
        childStart = .allocate(capacity: count + 2)
        children = .allocate(capacity: max(count, 1))
        var filled = 0
        for p in 0...count {
            childStart[p] = filled
            let wanted = p == count ? -1 : p
            for k in 0..<count where b.parents[k] == wanted {
                children[filled] = k
                filled += 1
            }
        }
        childStart[count + 1] = filled
        let tops = (0..<count).filter { b.parents[$0] == -1 }
        maxTopLength = tops.map { b.names[$0].count }.max() ?? 0
        topStart = .allocate(capacity: maxTopLength + 2)
        topByLength = .allocate(capacity: max(tops.count, 1))
        var placed = 0
        for length in 0...maxTopLength {
            topStart[length] = placed
            for k in tops where b.names[k].count == length {
                topByLength[placed] = k
                placed += 1
            }
        }
        topStart[maxTopLength + 1] = placed
        value = .allocate(capacity: max(count, 1))
        value.initialize(repeating: -1, count: max(count, 1))
        walked = .allocate(capacity: max(count, 1))
        walked.initialize(repeating: false, count: max(count, 1))
        fieldAnswers = .allocate(capacity: fieldCount)
        fieldAnswers.initialize(repeating: -2, count: fieldCount)
        candidateStart = .allocate(capacity: b.candidates.count + 1)
        candidateNodes = .allocate(capacity: max(b.candidates.reduce(0) { $0 + $1.count }, 1))
        var listed = 0
        for (field, list) in b.candidates.enumerated() {
            candidateStart[field] = listed
            for node in list {
                candidateNodes[listed] = node
                listed += 1
            }
        }
        candidateStart[b.candidates.count] = listed
    }

    deinit {
        for p in [nameStart, nameLength, parent, childStart, children, topStart, topByLength, value, fieldAnswers,
                  candidateStart, candidateNodes] as [UnsafeMutablePointer<Int>] {
            p.deallocate()
        }
        nameBytes.deallocate()
        caseless.deallocate()
        walked.deallocate()
    }

    func fieldValue(_ field: Int) -> Int?? {
        let known = fieldAnswers[field]
        if known == -2 { return nil }
        return .some(known >= 0 ? known : nil)
    }

    func setFieldValue(_ field: Int, _ answer: Int?) {
        fieldAnswers[field] = answer ?? -1
    }

    /// Forgets the previous line and records where the top-level keys sit in `root`.
    func scan(_ doc: JSONDocument, root: Int) {
        value.update(repeating: -1, count: count)
        walked.update(repeating: false, count: count)
        fieldAnswers.update(repeating: -2, count: fieldCount)
        let maxTopLength = maxTopLength
        let topStart = topStart
        let topByLength = topByLength
        let value = value
        let nameBytes = nameBytes
        let nameStart = nameStart
        doc.forEachMember(of: root) { _, key, member in
            // Escaped keys at the top level have never been matched; kept that way.
            guard let raw = key, raw.count <= maxTopLength, raw.count > 0 else { return true }
            // Keys are short and the wanted names few: names of the same length, first byte then the rest,
            // beat hashing every key of every line.
            let first = raw[0]
            for j in topStart[raw.count]..<topStart[raw.count &+ 1] {
                let node = topByLength[j]
                let name = nameBytes + nameStart[node]
                guard value[node] < 0, name[0] == first, Self.equal(name, raw) else { continue }
                value[node] = member
                break
            }
            return true
        }
    }

    /// Case-sensitive comparison of a name with a key of the same length.
    @inline(__always)
    private static func equal(_ name: UnsafeMutablePointer<UInt8>, _ key: UnsafeRawBufferPointer) -> Bool {
        for k in 1..<key.count where key[k] != name[k] { return false }
        return true
    }

    /// The value index at `node` for the current line, or -1; walks the objects on its path not walked yet.
    /// Inlined: most nodes asked for are top-level keys or in objects already walked.
    @inline(__always)
    func resolve(_ node: Int, _ doc: JSONDocument) -> Int {
        let up = parent[node]
        if up >= 0, !walked[up] { walkPath(to: up, doc) }
        return value[node]
    }

    /// Walks the object at `node` (and those on its path not walked yet).
    private func walkPath(to node: Int, _ doc: JSONDocument) {
        let container = resolve(node, doc)
        walk(node, container, doc)
    }

    /// Records, for each child of `node`, the first member of the object `container` with its name.
    private func walk(_ node: Int, _ container: Int, _ doc: JSONDocument) {
        walked[node] = true
        guard container >= 0, doc.kind(container) == .object else { return }
        let from = childStart[node]
        let to = childStart[node + 1]
        var missing = to - from
        doc.forEachMember(of: container) { key, raw, member in
            if let raw {
                missing -= record(member, key: raw, children: from..<to)
            } else if let decoded = doc.stringBytes(key) {
                missing -= decoded.withUnsafeBytes { record(member, key: $0, children: from..<to) }
            }
            return missing > 0
        }
    }

    /// Sets `member` as the value of each still-unset child whose name is `key`; returns how many.
    @inline(__always)
    private func record(_ member: Int, key: UnsafeRawBufferPointer, children range: Range<Int>) -> Int {
        var set = 0
        for j in range {
            let child = children[j]
            if value[child] < 0, nameLength[child] == key.count, matches(child, key) {
                value[child] = member
                set += 1
            }
        }
        return set
    }

    @inline(__always)
    private func matches(_ node: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let name = nameBytes + nameStart[node]
        let n = key.count
        if caseless[node] {
            for k in 0..<n {
                var x = key[k]
                if x &- UInt8(ascii: "A") < 26 { x |= 0x20 }
                if x != name[k] { return false }
            }
        } else {
            for k in 0..<n where key[k] != name[k] { return false }
        }
        return true
    }
}
