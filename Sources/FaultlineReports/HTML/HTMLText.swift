/// Text made safe to put into an HTML page, as element content or as a quoted attribute value.
///
/// Everything a page shows from the logs (codes, messages, endpoints, request ids) passes through here,
/// so a hostile value such as `<script>` or `"><img onerror=…>` reads as the characters it is and never
/// becomes markup. Control characters other than tab and line breaks become a space: HTML forbids them,
/// and a browser would otherwise show replacement boxes.
enum HTMLText {
    /// `text` with `& < > " '` as entities and control characters as spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
