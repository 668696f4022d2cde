import Foundation

/// A point on the Earth in decimal degrees (WGS84), e.g. the centre of an outward postcode.
public struct GeoPoint: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double
    public init(latitude: Double, longitude: Double) { self.latitude = latitude; self.longitude = longitude }
}

/// Estimated road distances for checking mileage claims: straight line × road factor.
public enum RoadDistance {
    /// Mean Earth radius in miles (6371.0088 km).
    static let earthRadiusMiles = 3958.7613

    /// The great-circle ("as the crow flies") distance in miles, by the haversine formula.
    public static func straightLineMiles(from a: GeoPoint, to b: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians
        let dLon = (b.longitude - a.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusMiles * asin(min(1, sqrt(h)))
    }

    /// The estimated return journey by road: there and back, each straight line × `roadFactor`.
    public static func returnRoadMiles(from a: GeoPoint, to b: GeoPoint, roadFactor: Double) -> Double {
        2 * straightLineMiles(from: a, to: b) * roadFactor
    }
}
