/// SQL for "now" in the store's timestamp format.
enum SQLTime {
    /// UTC with exactly three fraction digits, like the `errors` view's `ts`, so timestamps sort as text.
    /// Evaluated by SQLite, so every row written by one statement gets the same time.
    static let now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
}
