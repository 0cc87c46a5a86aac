// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "timeline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "timeline", targets: ["timeline-cli"]),
        .library(name: "TimelineBuilder", targets: ["TimelineBuilder"]),
        .library(name: "EventModel", targets: ["EventModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "EventModel"),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .executableTarget(name: "embed-resources"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["embed-resources"]
        ),
        .target(
            name: "TimelineBuilder",
            dependencies: ["EventModel", "CGraphviz"],
            exclude: ["Resources"],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))],
            plugins: ["EmbedResources"]
        ),
        .executableTarget(
            name: "timeline-cli",
            dependencies: [
                "TimelineBuilder",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "timeline-benchmark",
            dependencies: ["TimelineBuilder", "EventModel"],
            path: "Benchmarks/timeline-benchmark"
        ),
        .testTarget(
            name: "TimelineBuilderTests",
            dependencies: ["TimelineBuilder", "EventModel"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
