/// Where one text value lives in a byte buffer the caller keeps alive (a batch's packed events, the
/// committer's hourly texts), so it can be compared or bound to SQLite without becoming a String.
struct TextSpan {
    let offset: Int
    let count: Int
}

extension TextSpan {
    var range: Range<Int> { offset..<offset + count }
}
