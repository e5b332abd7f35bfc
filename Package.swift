// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Sapa",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sapa", targets: ["sapa"]),
        .library(name: "SapaBuild", targets: ["SapaBuild"]),
        .library(name: "SapaModel", targets: ["SapaModel"]),
        .library(name: "SapaMustache", targets: ["SapaMustache"]),
        .library(name: "SapaPreview", targets: ["SapaPreview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", exact: "2.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        // Hummingbird's own dependencies, named for the preview's imports (Service, signals, IOError).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
    ],
    targets: [
        // The C CommonMark library from Debian's libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Sapa's Mustache engine: templates compiled once, rendered into bytes.
        .target(
            name: "SapaMustache",
            exclude: ["README.md"]
        ),
        // Pure types of the site and the diagnostics: no parser, engine or server.
        .target(
            name: "SapaModel",
            exclude: ["README.md"]
        ),
        // Files and their readers (CSV with positions, YAML with Yams' marks), one loader per
        // input, and the checks that turn Content/ into the model.
        .target(
            name: "SapaSource",
            dependencies: [
                "SapaModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["README.md"]
        ),
        // Views per language, routes (the only owner of URLs), Markdown and the templates.
        .target(
            name: "SapaSite",
            dependencies: [
                "SapaModel",
                "SapaSource",
                "CCmark",
                "SapaMustache",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["README.md"]
        ),
        // The pipeline as named steps, the page loop, the incremental rebuild, the write.
        .target(
            name: "SapaBuild",
            dependencies: [
                "SapaModel",
                "SapaSource",
                "SapaSite",
                "SapaMustache",
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"]
        ),
        // The preview server (`sapa serve`): rebuilds on change, serves from memory, live reload.
        .target(
            name: "SapaPreview",
            dependencies: [
                "SapaModel",
                "SapaSource",
                "SapaBuild",
                "SapaMustache",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"]
        ),
        // The command line: a thin shell over SapaBuild.
        .executableTarget(
            name: "sapa",
            dependencies: [
                "SapaModel",
                "SapaSource",
                "SapaBuild",
                "SapaPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // jemalloc (Debian's libjemalloc-dev) in place of glibc's malloc: a build makes and
            // frees millions of small values with a large model alive, and glibc's free lists
            // grow slow to search then (README.md, "Speed").
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        // What the test targets share: a throw-away copy of a fixture site (Tests/Fixtures).
        .target(
            name: "SapaTestSupport",
            dependencies: ["SapaModel", "SapaBuild"],
            path: "Tests/SapaTestSupport"
        ),
        // One test target per library target, then the suites that run the whole generator.
        .testTarget(
            name: "SapaModelTests",
            dependencies: ["SapaModel", "SapaSource", "SapaSite", "SapaBuild", "SapaMustache", "SapaTestSupport"]
        ),
        .testTarget(
            name: "SapaSourceTests",
            dependencies: ["SapaModel", "SapaSource", "SapaSite", "SapaBuild", "SapaMustache", "SapaTestSupport", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "SapaSiteTests",
            dependencies: ["SapaModel", "SapaSource", "SapaSite", "SapaBuild", "SapaMustache", "SapaTestSupport"]
        ),
        .testTarget(
            name: "SapaBuildTests",
            dependencies: ["SapaModel", "SapaSource", "SapaSite", "SapaBuild", "SapaMustache", "SapaTestSupport"]
        ),
        // End to end: the bad-input corpus (Tests/BadInput), XSS payloads in every field, the
        // command line, and every page against swift-mustache, the test-only oracle.
        .testTarget(
            name: "SapaEndToEndTests",
            dependencies: [
                "SapaModel", "SapaSource", "SapaSite", "SapaBuild", "SapaMustache", "SapaPreview", "SapaTestSupport", "sapa",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .testTarget(
            name: "SapaMustacheTests",
            dependencies: ["SapaMustache"]
        ),
        .testTarget(
            name: "SapaPreviewTests",
            dependencies: ["SapaPreview", "SapaModel", "SapaBuild", "SapaTestSupport", "sapa"]
        ),
    ]
)
