/// How finely the timeline report groups errors in time.
public enum TimelineBucket: String, Sendable, CaseIterable {
    /// One row per hour and code; the default.
    case hour
    /// One row per UTC day and code.
    case day
}
