/// Turns a typed result into text in one output format.
///
/// Every renderer prints the header even when there are no rows (JSON prints `[]`), so an empty answer
/// is visibly an answer and scripts can still read the column names.
public protocol ResultRenderer: Sendable {
    /// The whole output, ending with a line end.
    func render(_ table: ResultTable) -> String
}
