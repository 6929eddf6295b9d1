import FaultlineReports

extension ResultTable {
    /// One column's values as text (NULL as nil), for compact expectations.
    func strings(_ column: String) -> [String?] {
        values(of: column).map { value in
            switch value {
            case .null: return nil
            case .integer(let v): return String(v)
            case .real(let v): return String(v)
            case .text(let v): return v
            }
        }
    }
}
