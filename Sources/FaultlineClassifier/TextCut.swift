/// Cutting text to a byte budget for storage, safely for redaction.
public enum TextCut {
    /// The longest prefix of `text` within `maxBytes` UTF-8 bytes, cut at a character boundary and never in
    /// the middle of a long number: whoever redacts card numbers (before or after) must see all of one or
    /// none of it, so trailing digits, spaces and dashes at the cut are dropped.
    public static func prefix(_ text: String, maxBytes: Int) -> String {
        guard text.utf8.count > maxBytes else { return text }
        var cut = ""
        for character in text {
            if cut.utf8.count + character.utf8.count > maxBytes { break }
            cut.append(character)
        }
        while let last = cut.unicodeScalars.last, last.properties.numericType != nil || last == " " || last == "-" {
            cut.unicodeScalars.removeLast()
        }
        return cut
    }
}
