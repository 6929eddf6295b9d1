/// A parsed JSON text: a flat array of nodes that point into the original bytes.
///
/// Nothing is decoded up front: strings stay as byte ranges until someone asks for one, and a success log line
/// whose status is all that matters never becomes a tree of objects. That is what lets ingest validate and read
/// every line at hundreds of MB/s, where `JSONSerialization` manages about 35.
///
/// A document does not own its bytes: it is valid only while the buffer it was parsed from is alive
/// (use it inside the `withUnsafeBytes` closure that produced the buffer).
///
/// Layout: node 0 is the root. An object's node is followed by its members as key node, value subtree, key node,
/// value subtree...; an array's node by its elements' subtrees. Every node's `next` is the index just past its
/// subtree, so siblings are reached by jumping, never by walking a subtree.
public struct JSONDocument: @unchecked Sendable {
    public enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    @usableFromInline
    struct Node {
        @usableFromInline var kind: Kind
        /// For strings: the text contains escapes and must be decoded, not copied.
        @usableFromInline var escaped: Bool
        /// Byte range of the value; for strings, without the quotes.
        @usableFromInline var start: Int32
        @usableFromInline var end: Int32
        /// Index of the first node after this node's subtree.
        @usableFromInline var next: Int32
    }

    public let bytes: UnsafeRawBufferPointer
    /// The parser's buffer: the text's nodes, then unused room (never reached by following `next`).
    @usableFromInline let nodes: [Node]

    init(bytes: UnsafeRawBufferPointer, nodes: [Node]) {
        self.bytes = bytes
        self.nodes = nodes
    }

    /// The index of the root value.
    public var root: Int { 0 }

    @inlinable public func kind(_ index: Int) -> Kind { nodes[index].kind }

    /// The raw bytes of a value (a string's without its quotes, still escaped).
    @inlinable public func rawBytes(_ index: Int) -> UnsafeRawBufferPointer {
        let node = nodes[index]
        return UnsafeRawBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
    }

    /// The byte range of a value in the parsed text (for strings, the quotes included).
    public func sourceRange(_ index: Int) -> Range<Int> {
        let node = nodes[index]
        return node.kind == .string ? Int(node.start) - 1..<Int(node.end) + 1 : Int(node.start)..<Int(node.end)
    }
}
