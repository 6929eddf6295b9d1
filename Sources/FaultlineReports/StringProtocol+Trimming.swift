extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends (no Foundation needed).
    func trimmingWhitespace() -> Substring {
        let text = Substring(self)
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
              let end = text.lastIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
        return text[start...end]
    }
}
