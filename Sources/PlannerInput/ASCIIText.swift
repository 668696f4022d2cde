/// Byte-level readings of the plain forms of dates, amounts and ids, for files of many lines.
///
/// Each gives nil (or false) when the text is not exactly in its plain form; the caller then reads
/// it the general way, so values and error messages are the same either way.
enum ASCIIText {
    /// `2027-06-14` as numbers: four digits, a hyphen, two digits, a hyphen, two digits.
    static func isoDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return nil }
        return (year, month, day)
    }

    /// `12.40` or `12` in pence: up to 15 digits of pounds, then a dot and two digits, or nothing.
    static func pence(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        let dot = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        guard (1...15).contains(dot), let pounds = number(bytes[0..<dot]) else { return nil }
        if dot == bytes.count { return pounds * 100 }
        guard bytes.count == dot + 3, let pennies = number(bytes[(dot + 1)...]) else { return nil }
        return pounds * 100 + pennies
    }

    /// True when the text is ASCII letters, digits, hyphens and underscores only.
    static func isPlainID(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                return true
            default: return false
            }
        }
    }

    /// The decimal number of one or more ASCII digits (at most 18), or nil.
    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
