/// A place in a file's bytes as a coordinator sees it: the 1-based line and column (in characters).
struct TextPosition: Equatable {
    let line: Int
    let column: Int

    /// The line and column of the byte at `offset`; the bytes before it must be UTF-8.
    init(bytes: [UInt8], offset: Int) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        self.line = line
        column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
    }

    /// The offset of the first byte that does not belong to well-formed UTF-8, or nil.
    ///
    /// - Complexity: O(n) for n bytes.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<length {
                let byte = bytes[index + next]
                let (lower, upper) = next == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= lower, byte <= upper else { return index }
            }
            index += length
        }
        return nil
    }

    /// The offset and scalar of the first control character other than tab, line feed and carriage
    /// return (C0, DEL and C1, as YAML forbids, and nothing a calendar or a CSV cell may hold), or nil.
    /// The bytes must be UTF-8.
    ///
    /// - Complexity: O(n) for n bytes.
    static func firstControlCharacter(_ bytes: [UInt8]) -> (offset: Int, scalar: Unicode.Scalar)? {
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x09, 0x0A, 0x0D: continue
            case 0x00...0x1F, 0x7F: return (index, Unicode.Scalar(byte))
            // C1 controls are U+0080...U+009F, written C2 80...C2 9F (U+0085, next line, included).
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                return (index, Unicode.Scalar(bytes[index + 1]))
            default: continue
            }
        }
        return nil
    }
}
