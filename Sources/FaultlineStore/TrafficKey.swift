/// The grouping key for counted (non-error) lines: one `traffic` row per distinct key.
///
/// Missing values are stored as '' (the schema's NOT NULL DEFAULT ''), so nil and "" are the same key.
public struct TrafficKey: Sendable, Hashable {
    /// `YYYY-MM-DDTHH:00:00Z`, or '' when the line had no time.
    public let hour: String
    public let provider: String
    public let method: String
    public let host: String
    public let endpoint: String
    /// '1xx', '2xx', '3xx' or 'none'.
    public let statusClass: String

    public init(hour: String?, provider: String, method: String?, host: String?, endpoint: String?, statusClass: String) {
        self.hour = hour ?? ""
        self.provider = provider
        self.method = method ?? ""
        self.host = host ?? ""
        self.endpoint = endpoint ?? ""
        self.statusClass = statusClass
    }
}
