// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "forum-planner",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "forum-planner", targets: ["forum-planner"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // libical from Debian's libical-dev, through pkg-config. Only ForumCalendar imports it.
        .systemLibrary(
            name: "CLibical",
            path: "Sources/CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        // The pure core: domain model, rules, solver, checks. No C, no file I/O, no printing.
        // The solver's search loops run 20-50 times slower unoptimised, so the core is compiled with
        // -O even in debug builds: `make plan` and the tests use the debug build.
        .target(name: "PlannerCore", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Reading the coordinator's files (YAML plan, CSV venues, claims, people) into the core model.
        .target(
            name: "PlannerInput",
            dependencies: [
                "PlannerCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        // iCalendar files, written and read back through libical.
        .target(name: "ForumCalendar", dependencies: ["CLibical", "PlannerCore"]),
        // The plan book: the year's record (published versions, draft, cancellations, moves, SEQUENCE
        // numbers) in one SQLite file through GRDB. The only module with SQL in it.
        .target(
            name: "PlanBook",
            dependencies: ["PlannerCore", "CFileSwap", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // renameat2(RENAME_EXCHANGE), which Swift's Glibc does not export: swaps a published folder in one step.
        .target(name: "CFileSwap", path: "Sources/CFileSwap"),
        // The thin command-line tool.
        .executableTarget(
            name: "forum-planner",
            dependencies: [
                "PlannerCore", "PlannerInput", "ForumCalendar", "PlanBook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share (running Python's independent checkers).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PlannerCoreTests", dependencies: ["PlannerCore", "PlannerInput", "TestSupport"]),
        .testTarget(name: "PlannerInputTests", dependencies: ["PlannerInput", "PlannerCore"]),
        .testTarget(name: "ForumCalendarTests", dependencies: ["ForumCalendar", "PlannerCore", "PlannerInput", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["PlannerCore", "PlannerInput", "TestSupport"]),
        .testTarget(
            name: "PlanBookTests", dependencies: ["PlanBook", "PlannerCore", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
