// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Sapa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sapa", targets: ["sapa"]),
        .library(name: "SapaKit", targets: ["SapaKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", exact: "2.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
    ],
    targets: [
        // The C CommonMark library from Debian's libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The generator: load → validate → model → view → render → write.
        .target(
            name: "SapaKit",
            dependencies: [
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command line: a thin shell over SapaKit.
        .executableTarget(
            name: "sapa",
            dependencies: [
                "SapaKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "SapaKitTests",
            dependencies: ["SapaKit", "sapa", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures"]
        ),
    ]
)
