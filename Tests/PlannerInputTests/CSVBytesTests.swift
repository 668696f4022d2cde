import Testing
@testable import PlannerInput

/// The byte-level CSV reader against SwiftCSV: the same rows wherever it answers, and no answer
/// where a character could be more than one scalar or the text does not parse.
@Suite("CSV bytes")
struct CSVBytesTests {
    /// SwiftCSV's header and rows, as `CheckCSV.read` asks for them; nil on a syntax error.
    static func swiftCSV(_ text: String) -> [[String]]? {
        guard let (header, rows) = try? CheckCSV.swiftCSV(text, fileName: "test.csv", commentLines: 0) else { return nil }
        return header.isEmpty && rows.isEmpty ? [] : [header] + rows
    }

    static let texts = [
        "", "\n", "a,b\n", "a,b", "a,b,\n", "a,,b\n,\n", "a,b\n1,2\n\n3,4\n", " a , b \n  1,\t2 \n",
        "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a\r\r\nb\n", "a\u{0B}b\u{0C}c\n", "a\n\u{0B}x,\u{0C}\n\"y\"\u{0B},z\n",
        "a,b\n\"1,5\",\"say \"\"hi\"\"\"\n", "a\n\"x\" ,y\n", "a\n\"line\nbreak\",2\n", "a\n\"crlf\r\nin\",2\n",
        "a\nab\"\"c,d\n", "a\n\"open\n", "a,b\nC001,£12.40,café – “quoted” ‘x’ €5 ™\n", "h\n\"x\"\"\",y\n",
    ]

    @Test("gives SwiftCSV's rows", arguments: texts)
    func sameRows(text: String) {
        #expect(CSVBytes.rows(text) == Self.swiftCSV(text))
    }

    @Test("leaves syntax errors to SwiftCSV", arguments: ["a\n\"x\"y\n", "a\nab\"c\n", "a\n\"x\" y\n"])
    func syntaxErrors(text: String) {
        #expect(Self.swiftCSV(text) == nil)
        #expect(CSVBytes.rows(text) == nil)
    }

    @Test("leaves text whose characters may join or be spaces to SwiftCSV", arguments: [
        "a,b\n\"\u{301},x\n", "a\u{200D},b\n", "\u{FEFF}a,b\n", "a\u{00A0},b\n", "a\u{2028}b\n", "a,🚲\n",
    ])
    func notPlain(text: String) {
        #expect(CSVBytes.rows(text) == nil)
    }
}
