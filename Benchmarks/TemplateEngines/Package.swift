// swift-tools-version: 6.0
import PackageDescription
// The template engines within reach (the offline mirror), on the same table row: what
// Scripts/bench-engines runs. Kept apart from Sapa's package so that Sapa does not depend on them.
let package = Package(name: "TemplateEngines", platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "Sapa", path: "../.."),
    .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
    .package(url: "https://github.com/stencilproject/Stencil.git", exact: "0.15.1"),
    .package(url: "https://github.com/vapor/leaf-kit.git", exact: "1.14.3"),
    .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
  ],
  targets: [.executableTarget(name: "TemplateEngines", dependencies: [
    .product(name: "SapaMustache", package: "Sapa"),
    .product(name: "Mustache", package: "swift-mustache"),
    .product(name: "Stencil", package: "Stencil"),
    .product(name: "LeafKit", package: "leaf-kit"),
    .product(name: "NIOCore", package: "swift-nio"),
    .product(name: "NIOEmbedded", package: "swift-nio"),
  ], swiftSettings: [.swiftLanguageMode(.v5)])])
