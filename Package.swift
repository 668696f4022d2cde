// swift-tools-version: 6.1
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
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
        // CBC, COIN-OR's MIP solver, from Debian's coinor-libcbc-dev through pkg-config. Only PlannerMIP imports it.
        .systemLibrary(
            name: "CCbc",
            path: "Sources/CCbc",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"])]
        ),
        // The pure core: domain model, rules, solver, checks. No C, no file I/O, no printing.
        // The solver's search loops run 20-50 times slower unoptimised: `make plan` and `make test`
        // build in release (see the Makefile).
        .target(name: "PlannerCore"),
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
        // The attendees' web pages and newsletter, from Mustache templates kept as files in
        // Sources/PlanSite/Templates (a communications officer edits them there). The build copies
        // them into the module's code (plugin EmbedTemplates), so the tool needs no resource files.
        .target(
            name: "PlanSite",
            dependencies: ["PlannerCore", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Templates"],
            plugins: ["EmbedTemplates"]
        ),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
        // The build-time tool behind EmbedTemplates: template files in, one Swift file out.
        .executableTarget(name: "embed-templates"),
        // The plan book: the year's record (published versions, draft, cancellations, moves, SEQUENCE
        // numbers) in one SQLite file through GRDB. The only module with SQL in it.
        .target(
            name: "PlanBook",
            dependencies: ["PlannerCore", "CFileSwap", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // renameat2(RENAME_EXCHANGE), which Swift's Glibc does not export: swaps a published folder in one step.
        .target(name: "CFileSwap", path: "Sources/CFileSwap"),
        // Benchmarks and generators, not the library: synthetic plan files, plans and claims of any
        // size, and the solver's timing table, for `forum-planner generate` and `bench` and the tests.
        .target(name: "PlannerBench", dependencies: ["PlannerCore", "PlannerInput"]),
        // The exact MIP solver the planner hands a stalled part to (`SolverOptions.mipSolver`): CBC
        // through its C API. The core defines the protocol and stays free of C.
        .target(name: "PlannerMIP", dependencies: ["CCbc", "PlannerCore"]),
        // The thin command-line tool.
        .executableTarget(
            name: "forum-planner",
            dependencies: [
                "PlannerCore", "PlannerInput", "ForumCalendar", "PlanBook", "PlanSite", "PlannerBench", "PlannerMIP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share (running Python's independent checkers).
        .target(name: "TestSupport", dependencies: ["PlannerCore"], path: "Tests/TestSupport"),
        .testTarget(name: "PlannerCoreTests", dependencies: ["PlannerCore", "PlannerInput", "PlannerBench", "TestSupport"]),
        .testTarget(name: "PlannerMIPTests", dependencies: ["PlannerMIP", "PlannerCore", "PlannerInput", "PlannerBench", "TestSupport"]),
        .testTarget(name: "PlannerInputTests", dependencies: ["PlannerInput", "PlannerCore", "PlannerBench"]),
        .testTarget(name: "ForumCalendarTests", dependencies: ["ForumCalendar", "PlannerCore", "PlannerInput", "PlannerBench", "PlannerMIP", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["PlannerCore", "PlannerInput", "TestSupport"]),
        .testTarget(
            name: "PlanBookTests", dependencies: ["PlanBook", "PlannerCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "PlanSiteTests", dependencies: ["PlanSite", "PlannerCore", "PlannerInput", "TestSupport"],
            exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
