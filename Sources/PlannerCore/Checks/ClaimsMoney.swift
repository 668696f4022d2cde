/// An amount of money in whole pence: never a floating-point number.
public struct Pence: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public let value: Int

    public init(_ value: Int) { self.value = value }
    public init(integerLiteral value: Int) { self.value = value }

    public static let zero = Pence(0)

    /// Pounds and pence without a sign, e.g. `12.40` (a negative amount is written `-12.40`).
    public var pounds: String {
        let magnitude = value < 0 ? -value : value
        let text = "\(magnitude / 100).\(pad2(magnitude % 100))"
        return value < 0 ? "-" + text : text
    }

    /// `£12.40`
    public var description: String { value < 0 ? "-£" + String(pounds.dropFirst()) : "£" + pounds }

    public static func < (l: Pence, r: Pence) -> Bool { l.value < r.value }
    public static func + (l: Pence, r: Pence) -> Pence { Pence(l.value + r.value) }
    public static func - (l: Pence, r: Pence) -> Pence { Pence(l.value - r.value) }
}

/// A distance in hundredths of a mile, as claimed ("actual journey mileage, no rounding").
public struct Miles: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    /// `12.4`, `12`, `12.45`: as few decimals as needed.
    public var description: String {
        let whole = "\(hundredths / 100)"
        let fraction = hundredths % 100
        if fraction == 0 { return whole }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
        return "\(whole).\(pad2(fraction))"
    }

    /// Miles as a decimal, for comparing with an estimated distance (never for money).
    public var decimal: Double { Double(hundredths) / 100 }

    /// The amount for these miles at `pencePerMile`, rounded half up to the penny.
    public func amount(atPencePerMile pencePerMile: Int) -> Pence { Pence((hundredths * pencePerMile + 50) / 100) }

    public static func < (l: Miles, r: Miles) -> Bool { l.hundredths < r.hundredths }
}
