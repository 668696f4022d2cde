import PlannerCore
import Testing

@testable import PlannerInput

/// `VenuesCSV`: the bookers' spreadsheet read into venues, and every bad row refused with its full error text.
@Suite("VenuesCSV")
struct VenuesCSVTests {
    static func surreyAreas() throws -> [Area] {
        try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28/plan.yaml")).areas
    }

    static let header =
        "id,name,address,postcode,latitude,longitude,areas,capacity,metres_to_transport,step_free_access,wifi"
    static let goodRow =
        "linden,Linden Road Centre,\"21 Linden Road, Redhill\",RH1 1QG,51.2412,-0.1668,east-surrey,60,350,yes,yes"

    /// The error text for `text` read as `x/venues.csv`, or nil when it loads.
    static func error(_ text: String) throws -> String? {
        let areas = try surreyAreas()
        do {
            _ = try VenuesCSV.load(text: text, fileName: "x/venues.csv", areas: areas)
            return nil
        } catch {
            return error.description
        }
    }

    @Test(
        "the venues-csv fixture loads: values, quoted commas, dates and ranges, several areas, blanks as not recorded")
    func fixture() throws {
        let venues = try VenuesCSV.load(
            path: FixturePaths.path("Fixtures/venues-csv/venues.csv"), areas: try Self.surreyAreas())
        #expect(venues.count == 10)
        let linden = try #require(venues.first)
        #expect(linden.id == "linden-road-community-centre")
        #expect(linden.address == "21 Linden Road, Redhill")
        #expect(linden.areas == ["east-surrey"])
        #expect(linden.capacity == 60)
        #expect(linden.metresToTransport == 350)
        #expect(
            linden.unavailable == Set([LocalDate(iso: "2027-06-09"), LocalDate(iso: "2027-12-07")].compactMap { $0 }))
        #expect(linden.bookingLeadDays == 150)
        #expect(linden.value(of: Feature("calm_space")) == .yes)
        #expect(linden.features[Feature("bsl_or_captioning_possible")] == nil)
        let caterham = try #require(venues.first { $0.id == "caterham-valley-library-room" })
        #expect(caterham.unavailable.count == 3)
        #expect(caterham.bookingLeadDays == 120)
        #expect(caterham.value(of: Feature("calm_space")) == .no)
        let quaker = try #require(venues.first { $0.id == "redhill-quaker-meeting-rooms" })
        #expect(quaker.areas == ["east-surrey", "surrey-downs"])
        #expect(quaker.features.isEmpty)
        #expect(quaker.metresToTransport == nil)
        #expect(
            try #require(venues.first { $0.id == "riverside-meeting-hall-addlestone" }).value(
                of: Feature("hearing_loop_room")) == .unknown)
    }

    @Test("the malformed-venues-csv fixture: the full error text")
    func malformedFixture() throws {
        let path = FixturePaths.path("Fixtures/malformed-venues-csv/venues.csv")
        let areas = try Self.surreyAreas()
        let error = #expect(throws: InputError.self) { try VenuesCSV.load(path: path, areas: areas) }
        #expect(
            FixturePaths.relative(error?.description ?? "")
                == "Fixtures/malformed-venues-csv/venues.csv:4: column capacity: \"forty\" is not a whole number (expected a number of people from 1 to 10,000, e.g. 40)"
        )
        #expect(error?.line == 4)
        #expect(error?.keyPath == "column capacity")
    }

    static let badCells: [(row: String, error: String)] = [
        (
            goodRow.replacingOccurrences(of: ",60,", with: ",0,"),
            "x/venues.csv:3: column capacity: \"0\" is out of range (expected a number of people from 1 to 10,000, e.g. 40)"
        ),
        (
            goodRow.replacingOccurrences(of: ",60,", with: ",,"),
            "x/venues.csv:3: column capacity: is empty (expected a number of people from 1 to 10,000, e.g. 40)"
        ),
        (
            goodRow.replacingOccurrences(of: ",yes,yes", with: ",maybe,yes"),
            "x/venues.csv:3: column step_free_access: \"maybe\" is not yes, no or unknown (expected yes, no or unknown; unknown is never treated as yes)"
        ),
        (
            goodRow.replacingOccurrences(of: "east-surrey", with: "east-sury"),
            "x/venues.csv:3: column areas: unknown area `east-sury`: did you mean `east-surrey`? (expected one of: east-surrey, north-west-surrey, surrey-downs, guildford-waverley, farnham-north-east-hants)"
        ),
        (
            goodRow.replacingOccurrences(of: "east-surrey", with: "east-surrey;surrey-wide-evening"),
            "x/venues.csv:3: column areas: `surrey-wide-evening` is an evening forum, which always meets online (expected a daytime area)"
        ),
        (
            goodRow.replacingOccurrences(of: "east-surrey", with: "east-surrey; east-surrey"),
            "x/venues.csv:3: column areas: `east-surrey` is listed twice (expected each area once)"
        ),
        (
            goodRow.replacingOccurrences(of: "east-surrey", with: " ; "),
            "x/venues.csv:3: column areas: venue `linden` is in no area (expected area ids separated by `;`, e.g. east-surrey;surrey-downs)"
        ),
        (
            goodRow.replacingOccurrences(of: "51.2412", with: "151.2"),
            "x/venues.csv:3: column latitude: \"151.2\" is out of range (expected a latitude in decimal degrees from -90 to 90, e.g. 51.2401)"
        ),
        (
            goodRow.replacingOccurrences(of: ",350,", with: ",5 minutes,"),
            "x/venues.csv:3: column metres_to_transport: \"5 minutes\" is not a whole number (expected metres on foot to the nearest bus stop or station from 0 to 50,000, e.g. 300)"
        ),
        (
            goodRow.replacingOccurrences(of: "linden,", with: "Linden Road,"),
            "x/venues.csv:3: column id: \"Linden Road\" is not an id (expected lower-case letters, digits and hyphens, e.g. st-marys-hall-redhill)"
        ),
        (
            goodRow + ",yes",
            "x/venues.csv:3: the row has 12 values but the header names 11 columns (expected one value per column; put a value containing a comma in double quotes)"
        ),
        (
            goodRow.replacingOccurrences(of: "linden,", with: "second,"),
            "x/venues.csv:3: column id: duplicate venue id `second`, first used at line 2 (expected every venue to have its own id)"
        ),
    ]

    @Test("a bad cell on line 3 (after a good row): the full error text", arguments: badCells)
    func badCell(row: String, error: String) throws {
        let first = Self.goodRow.replacingOccurrences(of: "linden,", with: "second,")
        #expect(try Self.error([Self.header, first, row].joined(separator: "\n")) == error)
    }

    @Test("unavailable dates: real dates and ranges only")
    func badDates() throws {
        let header = Self.header + ",unavailable"
        #expect(
            try Self.error([header, Self.goodRow + ",2027-06-09;2027-02-30"].joined(separator: "\n"))
                == "x/venues.csv:2: column unavailable: \"2027-02-30\" is not a real date: February 2027 has 28 days (expected dates such as 2027-04-13 or ranges such as 2027-08-02 to 2027-08-13, separated by `;`)"
        )
        #expect(
            try Self.error([header, Self.goodRow + ",2027-08-13 to 2027-08-02"].joined(separator: "\n"))
                == "x/venues.csv:2: column unavailable: \"2027-08-13 to 2027-08-02\" ends before it starts (expected the first date, then `to`, then a later date)"
        )
    }

    @Test("the header: unknown, repeated and missing columns")
    func badHeader() throws {
        #expect(
            try Self.error(
                [Self.header.replacingOccurrences(of: "wifi", with: "hearing_loop"), Self.goodRow].joined(
                    separator: "\n"))
                == "x/venues.csv:1: unknown column `hearing_loop`: did you mean `hearing_loop_room` or `hearing_loop_reception`? (expected id, name, address, postcode, latitude, longitude, areas, capacity, metres_to_transport, transport_note, parking_note, unavailable, booking_lead_days, or a feature name from the venue feature vocabulary, e.g. step_free_access)"
        )
        #expect(
            try Self.error(
                [Self.header.replacingOccurrences(of: "wifi", with: "quiet_room"), Self.goodRow].joined(separator: "\n")
            )?
            .hasPrefix("x/venues.csv:1: unknown column `quiet_room`: did you mean `calm_space`? (expected id, name,")
                == true
        )
        #expect(
            try Self.error(
                [Self.header.replacingOccurrences(of: "wifi", with: "capacity"), Self.goodRow].joined(separator: "\n"))
                == "x/venues.csv:1: column `capacity` is given twice (expected each column once)"
        )
        #expect(
            try Self.error(
                [Self.header.replacingOccurrences(of: "postcode,", with: ""), Self.goodRow].joined(separator: "\n"))
                == "x/venues.csv:1: missing column `postcode` (expected the columns id, name, address, postcode, latitude, longitude, areas, capacity, then one column per feature)"
        )
    }

    @Test("empty files, files with no rows and CSV syntax errors")
    func badFiles() throws {
        #expect(
            try Self.error("")
                == "x/venues.csv: the file is empty (expected a header row naming the columns, e.g. id,name,address,...)"
        )
        #expect(
            try Self.error(Self.header + "\n\n")
                == "x/venues.csv: the file has no venues (expected one row per venue after the header row)")
        #expect(
            try Self.error(
                [Self.header, Self.goodRow, "x,\"Hall\"x,a,b,51,0,east-surrey,40,100,yes,yes"].joined(separator: "\n"))
                == "x/venues.csv:3: CSV syntax error: a quoted value must be followed by a comma or the end of the line (expected values separated by commas; a value containing a comma, quote or line break goes in double quotes, with its quotes doubled)"
        )
    }

    @Test("line numbers count blank lines, CRLF line ends and line breaks inside quoted values")
    func lineNumbers() throws {
        let multiLine = Self.goodRow.replacingOccurrences(
            of: "\"21 Linden Road, Redhill\"", with: "\"21 Linden Road\nRedhill\"")
        let bad = Self.goodRow.replacingOccurrences(of: "linden,", with: "two,").replacingOccurrences(
            of: ",60,", with: ",forty,")
        #expect(
            try Self.error([Self.header, "", multiLine, ",,,,", bad].joined(separator: "\r\n"))
                == "x/venues.csv:6: column capacity: \"forty\" is not a whole number (expected a number of people from 1 to 10,000, e.g. 40)"
        )
        let venues = try VenuesCSV.load(
            text: [Self.header, multiLine].joined(separator: "\r\n"), fileName: "x", areas: try Self.surreyAreas())
        #expect(venues.map(\.address) == ["21 Linden Road\nRedhill"])
    }
}
