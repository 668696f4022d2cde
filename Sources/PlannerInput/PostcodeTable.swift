import PlannerCore

/// Reads the table of outward-postcode centres used to estimate journeys: columns
/// `outward_postcode`, `latitude`, `longitude` (decimal degrees). The centres are approximate, so
/// distances estimated from them are too; leading `#` lines are comments.
public enum PostcodeTable {
    public static let requiredColumns = ["outward_postcode", "latitude", "longitude"]

    /// The centre of each outward postcode in the file at `path`, by upper-case code.
    ///
    /// - Throws: `InputError` for the first problem, naming the line, column and value.
    public static func load(path: String) throws(InputError) -> [String: GeoPoint] {
        try load(text: try SourceFile.read(path), fileName: path)
    }

    /// The centres in CSV text; `fileName` names it in errors.
    ///
    /// - Throws: `InputError`, as `load(path:)`.
    public static func load(text: String, fileName: String) throws(InputError) -> [String: GeoPoint] {
        let table = try CheckCSV.read(text, fileName: fileName, required: requiredColumns)
        var centres: [String: GeoPoint] = [:]
        var seen: [String: Int] = [:]
        for row in table.rows {
            let cells = table.cells(row)
            let code = try PeopleCSV.outwardPostcode(cells)
            if let first = seen[code] {
                throw cells.error("outward_postcode", "\(quoted(code)) is already given at line \(first) (expected each outward postcode once)")
            }
            seen[code] = row.line
            let latitude = try cells.decimal("latitude", InputRanges.postcodeLatitude)
            let longitude = try cells.decimal("longitude", InputRanges.postcodeLongitude)
            centres[code] = GeoPoint(latitude: latitude, longitude: longitude)
        }
        return centres
    }
}
