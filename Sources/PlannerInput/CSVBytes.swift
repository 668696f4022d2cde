/// SwiftCSV's rows read a byte at a time: the fast path of `CheckCSV.read` for large files.
///
/// SwiftCSV walks the text a `Character` at a time (grapheme breaking, a closure call and a string
/// append for each), about 4 µs a claims line. This reader follows the same state machine
/// (SwiftCSV 0.10's `ParsingState`, comma-delimited) over UTF-8 bytes, and gives exactly
/// SwiftCSV's rows when every character of the text is one Unicode scalar or CR LF: that holds
/// when the text is ASCII apart from `isPlain` scalars, which never join a neighbour into one
/// character and are neither spaces nor line breaks. For any other text, and on a syntax error,
/// it gives nil and the caller asks SwiftCSV, whose error handling stays the only one.
enum CSVBytes {
    /// Every row, the header first, or nil when SwiftCSV must read the text.
    ///
    /// - Complexity: O(n) for n bytes.
    static func rows(_ text: String) -> [[String]]? {
        if !text.utf8.allSatisfy({ $0 < 0x80 }), !text.unicodeScalars.allSatisfy({ $0.isASCII || isPlain($0) }) {
            return nil
        }
        var text = text
        return text.withUTF8 { rows($0) }
    }

    /// Non-ASCII scalars that are their own character next to anything and are not whitespace:
    /// Latin-1 and Latin Extended letters and signs (not the no-break space or soft hyphen),
    /// dashes, quotes and other general punctuation, currency signs and letter-like symbols.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA1...0xAC, 0xAE...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F: return true
        default: return false
        }
    }

    /// What one character is to the state machine. SwiftCSV's own `Character.isNewline` takes only
    /// LF, CR and CR LF as line breaks; vertical tab and form feed are spaces, as in Swift.
    enum Unit { case quote, delimiter, newline, space, other }

    /// The state machine of SwiftCSV's `ParsingState.change`, flag for flag.
    private static func rows(_ bytes: UnsafeBufferPointer<UInt8>) -> [[String]]? {
        var rows: [[String]] = []
        var fields: [String] = []
        // The value so far: copied bytes, then the run of bytes not yet copied (most values are one run).
        var field: [UInt8] = []
        var run = 0..<0
        var atStart = true, parsingField = false, parsingQuotes = false, innerQuotes = false
        func value() -> String {
            guard !field.isEmpty else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[run]), as: UTF8.self) }
            field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
            return String(decoding: field, as: UTF8.self)
        }
        func finishField() {
            fields.append(value())
            field.removeAll(keepingCapacity: true)
            run = 0..<0
        }
        func finishRow() {
            finishField()
            rows.append(fields)
            fields = []
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            // CR LF is one character, as in Swift; each other byte is a character or part of a plain one.
            let width = byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
            let unit: Unit
            switch byte {
            case 0x22: unit = .quote
            case 0x2C: unit = .delimiter
            case 0x0A, 0x0D: unit = .newline
            case 0x09, 0x0B, 0x0C, 0x20: unit = .space
            default: unit = .other
            }
            defer { i += width }
            func append() {
                if run.upperBound != i || run.isEmpty {
                    field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
                    run = i..<i
                }
                run = run.lowerBound..<(i + width)
            }
            if atStart {
                switch unit {
                case .quote: atStart = false; parsingQuotes = true
                case .delimiter: finishField()
                case .newline: finishRow()
                case .space: break
                case .other: parsingField = true; atStart = false; append()
                }
            } else if parsingField {
                if innerQuotes {
                    guard unit == .quote else { return nil }
                    append()
                    innerQuotes = false
                } else {
                    switch unit {
                    case .quote: innerQuotes = true
                    case .delimiter: atStart = true; parsingField = false; innerQuotes = false; finishField()
                    case .newline: atStart = true; parsingField = false; innerQuotes = false; finishRow()
                    case .space, .other: append()
                    }
                }
            } else if parsingQuotes {
                if innerQuotes {
                    switch unit {
                    case .quote: append(); innerQuotes = false
                    case .delimiter: atStart = true; parsingField = false; innerQuotes = false; finishField()
                    case .newline: atStart = true; parsingQuotes = false; innerQuotes = false; finishRow()
                    case .space: break
                    case .other: return nil
                    }
                } else {
                    if unit == .quote { innerQuotes = true } else { append() }
                }
            } else {
                return nil
            }
        }
        // SwiftCSV keeps an unfinished last row: its last value only when not empty.
        if !field.isEmpty || !run.isEmpty { fields.append(value()) }
        if !fields.isEmpty { rows.append(fields) }
        return rows
    }
}
