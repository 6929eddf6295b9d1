/// Making cell text safe and measurable on a terminal: one line, no control characters, and a width in
/// columns rather than in characters.
public enum TerminalText {
    /// What a line break inside a cell shows as, so each row stays on one line.
    static let lineBreak: Character = "⏎"

    /// `text` on one line: line breaks become ⏎, tabs a space, other control characters their visible
    /// Unicode pictures (␛ for ESC), and bidirectional overrides �. Log data could otherwise move the
    /// cursor, recolour the terminal or reorder what the reader sees.
    public static func singleLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR:
                continue // CR LF is one break
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                out.append(contentsOf: String(lineBreak).unicodeScalars)
            case 0x09:
                out.append(" ")
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                out.append("\u{FFFD}")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` with each of its lines made safe as `singleLine` does, the line breaks kept: for messages on
    /// stderr, which quote file names, codes and other text taken from the logs.
    public static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { singleLine(String($0)) }.joined(separator: "\n")
    }

    /// Columns `text` takes on a terminal: 2 for East Asian wide characters and emoji, 0 for combining
    /// marks and other zero-width characters, 1 otherwise. Expects text from `singleLine`.
    static func width(of text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalars.contains(where: { $0.properties.isEmojiPresentation }) || scalars.contains("\u{FE0F}") {
            return 2
        }
        return isWide(first.value) ? 2 : 1
    }

    /// `text` cut to at most `columns` columns, ending with … when something was cut.
    static func truncate(_ text: String, to columns: Int) -> String {
        guard width(of: text) > columns else { return text }
        guard columns > 0 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            let next = width(of: character)
            if used + next > columns - 1 { break }
            kept.append(character)
            used += next
        }
        // "Ask the …" would waste a column on the space.
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + "…"
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), which terminals draw two columns wide.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
