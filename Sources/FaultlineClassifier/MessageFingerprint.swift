/// The shape of an error message with its variable parts taken out, so that messages that differ only in
/// ids, numbers, amounts, quoted values or email addresses group together.
///
/// ```swift
/// MessageFingerprint.of("No such customer: 'cus_NffrFeUfNV2Hib'")   // "No such customer: '<value>'"
/// MessageFingerprint.of("Amount $12.50 exceeds limit of 10000")      // "Amount <amount> exceeds limit of <n>"
/// MessageFingerprint.of("charge ch_3MtwBwLkdIwHu7ix failed")         // "charge ch_<id> failed"
/// ```
///
/// Placeholders: `<uuid>`, `<email>`, `<hex>`, `<id>` (alone or after an id prefix such as `pi_`), `<amount>`,
/// `<n>` (numbers, dates and times), and `'<value>'` / `"<value>"` for quoted text. Words, punctuation and
/// non-ASCII text are kept; runs of whitespace become one space. Pure and deterministic: the same message
/// always gives the same fingerprint, on any machine, in any run.
public enum MessageFingerprint {
    /// Fingerprints longer than this are cut: two messages that agree on their first 512 bytes of shape
    /// are the same problem for grouping purposes.
    public static let maxBytes = 512

    public static func of(_ message: String) -> String {
        var scanner = Scanner(Array(message.utf8))
        return scanner.run()
    }

    /// Currency codes recognised next to a number ("12.50 USD", "EUR 5"); a short list on purpose, so that
    /// other three-letter words ("PIN 1234") stay words.
    static let currencyCodes: Set<[UInt8]> = Set(["USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "CNY", "SEK",
        "NOK", "DKK", "PLN", "INR", "BRL", "MXN", "NZD", "SGD", "HKD", "ZAR", "KES", "NGN"].map { Array($0.utf8) })

    static let currencySymbols: [[UInt8]] = [[0x24], Array("€".utf8), Array("£".utf8), Array("¥".utf8)]

    private struct Scanner {
        let bytes: [UInt8]
        var position = 0
        var output: [UInt8] = []

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            output.reserveCapacity(min(bytes.count, MessageFingerprint.maxBytes))
        }

        mutating func run() -> String {
            while position < bytes.count, output.count < MessageFingerprint.maxBytes {
                let byte = bytes[position]
                if isSpace(byte) {
                    while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                    if !output.isEmpty { output.append(0x20) }
                } else if isWordByte(byte) {
                    word()
                } else if let end = quotedValueEnd(at: position) {
                    emit("\(Character(Unicode.Scalar(byte)))<value>\(Character(Unicode.Scalar(byte)))")
                    position = end
                } else if let end = currencySymbolAmountEnd(at: position) {
                    emit("<amount>")
                    position = end
                } else {
                    output.append(byte)
                    position += 1
                }
            }
            while output.last == 0x20 { output.removeLast() }
            if output.count > MessageFingerprint.maxBytes { output.removeLast(output.count - MessageFingerprint.maxBytes) }
            // Cutting may have split a multi-byte character; decoding repairs it with U+FFFD rather than failing.
            return String(decoding: output, as: UTF8.self)
        }

        /// A word starts here (a letter, digit or `_` after a non-word byte): decides what it is.
        private mutating func word() {
            let start = position
            if let end = uuidEnd(at: start) { return replace(upTo: end, with: "<uuid>") }
            if let end = emailEnd(at: start) { return replace(upTo: end, with: "<email>") }
            var end = start
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            let token = bytes[start..<end]
            if token.allSatisfy(isDigit) {
                return replace(upTo: numberEnd(from: end), with: "<n>", currencyAfter: true)
            }
            if token.count == 3, MessageFingerprint.currencyCodes.contains(Array(token)),
               end + 1 < bytes.count, bytes[end] == 0x20, isDigit(bytes[end + 1]) {
                return replace(upTo: numberEnd(from: wordEnd(from: end + 1)), with: "<amount>")
            }
            if let underscore = token.firstIndex(of: 0x5F), isPrefixedID(token, underscore: underscore) {
                output.append(contentsOf: bytes[start...underscore])
                return replace(upTo: end, with: "<id>")
            }
            if isHexID(token) { return replace(upTo: end, with: "<hex>") }
            if isOpaqueID(token) { return replace(upTo: end, with: "<id>") }
            output.append(contentsOf: token)
            position = end
        }

        private mutating func replace(upTo end: Int, with placeholder: String, currencyAfter: Bool = false) {
            position = end
            // "12.50 USD": the number and its currency are one amount.
            if currencyAfter, position + 4 <= bytes.count, bytes[position] == 0x20,
               MessageFingerprint.currencyCodes.contains(Array(bytes[position + 1..<position + 4])),
               position + 4 == bytes.count || !isWordByte(bytes[position + 4]) {
                position += 4
                return emit("<amount>")
            }
            emit(placeholder)
        }

        private mutating func emit(_ text: String) {
            output.append(contentsOf: text.utf8)
        }

        /// Past a number that starts with the digits ending at `end`: "12.50", "1,000", "2026-11-22T10:00:00Z",
        /// "10:30", "3/4" all stay one number (a separator followed by a digit continues it).
        private func numberEnd(from end: Int) -> Int {
            var end = end
            while end + 1 < bytes.count, isNumberSeparator(bytes[end]), isDigit(bytes[end + 1]) {
                end = wordEnd(from: end + 1)
            }
            return end
        }

        private func wordEnd(from start: Int) -> Int {
            var end = start
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            return end
        }

        /// `'…'`, `"…"` or `` `…` `` opening after a non-word byte and closing before one, on the same line
        /// and within 256 bytes. An apostrophe inside a word ("can't", "customer's") opens nothing.
        private func quotedValueEnd(at start: Int) -> Int? {
            let quote = bytes[start]
            guard quote == 0x27 || quote == 0x22 || quote == 0x60 else { return nil }
            if start > 0, isWordByte(bytes[start - 1]) { return nil }
            var end = start + 1
            while end < bytes.count, end - start <= 256 {
                let byte = bytes[end]
                if byte == 0x0A { return nil }
                if byte == quote, end + 1 == bytes.count || !isWordByte(bytes[end + 1]) {
                    return end > start + 1 ? end + 1 : nil
                }
                end += 1
            }
            return nil
        }

        /// "$12.50", "€5", "£1,000.00", "¥500".
        private func currencySymbolAmountEnd(at start: Int) -> Int? {
            for symbol in MessageFingerprint.currencySymbols where bytes[start...].starts(with: symbol) {
                let digits = start + symbol.count
                guard digits < bytes.count, isDigit(bytes[digits]) else { return nil }
                return numberEnd(from: wordEnd(from: digits))
            }
            return nil
        }

        /// 8-4-4-4-12 hex digits, not part of a longer word.
        private func uuidEnd(at start: Int) -> Int? {
            let groups = [8, 4, 4, 4, 12]
            var index = start
            for (number, length) in groups.enumerated() {
                if number > 0 {
                    guard index < bytes.count, bytes[index] == 0x2D else { return nil }
                    index += 1
                }
                for _ in 0..<length {
                    guard index < bytes.count, isHex(bytes[index]) else { return nil }
                    index += 1
                }
            }
            return index < bytes.count && isWordByte(bytes[index]) ? nil : index
        }

        /// local@domain.tld, with the usual characters in the local part.
        private func emailEnd(at start: Int) -> Int? {
            var at = start
            while at < bytes.count, isWordByte(bytes[at]) || bytes[at] == 0x2E || bytes[at] == 0x2B || bytes[at] == 0x2D {
                at += 1
            }
            guard at < bytes.count, at > start, bytes[at] == 0x40 else { return nil }
            var end = at + 1
            var dots = 0
            while end < bytes.count, isWordByte(bytes[end]) || bytes[end] == 0x2D || (bytes[end] == 0x2E && end + 1 < bytes.count && isWordByte(bytes[end + 1])) {
                if bytes[end] == 0x2E { dots += 1 }
                end += 1
            }
            return dots > 0 && end > at + 1 ? end : nil
        }

        /// `pi_3MtwBwLk`, `req_tzrb5clph32ur7`, `cus_NffrFeUfNV2Hib`: a short lowercase prefix, one underscore
        /// and a tail with a digit or a capital, or a long one. `card_declined` and `payment_intent` are words.
        private func isPrefixedID(_ token: ArraySlice<UInt8>, underscore: Int) -> Bool {
            let prefix = token[token.startIndex..<underscore]
            let tail = token[(underscore + 1)...]
            guard (1...10).contains(prefix.count), prefix.allSatisfy(isLowercase), !tail.isEmpty,
                  tail.allSatisfy(isAlphanumeric) else { return false }
            return tail.contains(where: isDigit) || tail.contains(where: isUppercase) || tail.count >= 14
        }

        /// 8 or more hex digits with at least one digit and one letter (`deadbeef01`), or `0x…`.
        private func isHexID(_ token: ArraySlice<UInt8>) -> Bool {
            if token.count > 2, token.starts(with: [0x30, 0x78]), token.dropFirst(2).allSatisfy(isHex) { return true }
            return token.count >= 8 && token.allSatisfy(isHex) && token.contains(where: isDigit)
                && token.contains(where: { !isDigit($0) })
        }

        /// Long mixed letters and digits (`A1B2C3D4E5`, `txn8842913377`): an id without a prefix. Words with a
        /// digit or two (`3DS`, `v2`, `ISO8601`) stay.
        private func isOpaqueID(_ token: ArraySlice<UInt8>) -> Bool {
            token.count >= 10 && token.filter(isDigit).count >= 3 && token.contains(where: { !isDigit($0) })
        }

        private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        private func isLowercase(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        private func isUppercase(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        private func isAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isLowercase(b) || isUppercase(b) }
        private func isWordByte(_ b: UInt8) -> Bool { isAlphanumeric(b) || b == 0x5F }
        private func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46) }
        private func isNumberSeparator(_ b: UInt8) -> Bool {
            b == 0x2E || b == 0x2C || b == 0x3A || b == 0x2D || b == 0x2F
        }
    }
}
