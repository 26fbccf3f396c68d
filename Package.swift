// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "resconv",
  products: [
    .executable(name: "resconv", targets: ["resconv"]),
    .library(name: "ResolutionModel", targets: ["ResolutionModel"]),
    .library(name: "ResolutionReader", targets: ["ResolutionReader"]),
    .library(name: "ResolutionEmitters", targets: ["ResolutionEmitters"]),
    .library(name: "AkomaNtoso", targets: ["AkomaNtoso"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    // The typed AST, source positions and diagnostics; depends on nothing.
    .target(name: "ResolutionModel"),
    // Plain text (ODS export, PDF text, OCR) to AST.
    .target(name: "ResolutionReader", dependencies: ["ResolutionModel"]),
    // Text emitters: JSON, HTML, Markdown; the standalone templates are compiled in.
    .target(
      name: "ResolutionEmitters",
      dependencies: ["ResolutionModel", .product(name: "Mustache", package: "swift-mustache")],
      resources: [
        .embedInCode("../../Templates/resolution.html.mustache"),
        .embedInCode("../../Templates/resolution.md.mustache"),
      ]),
    // The system libxml2 (Debian: libxml2-dev), and the one Swift module that calls it.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .target(name: "XMLShim", dependencies: ["CLibXML2"]),
    .target(name: "XMLKit", dependencies: ["CLibXML2", "XMLShim"]),
    // Akoma Ntoso (AKN4UN) emitter, reader and schema validation.
    .target(name: "AkomaNtoso", dependencies: ["ResolutionModel", "ResolutionReader", "XMLKit"]),
    .executableTarget(
      name: "resconv",
      dependencies: [
        "ResolutionReader", "ResolutionEmitters", "AkomaNtoso", "XMLKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Benchmarks: swift run -c release resconv-bench [--quick] [--scale]
    .executableTarget(name: "resconv-bench", dependencies: ["ResolutionReader", "ResolutionEmitters", "AkomaNtoso"]),
    // Development tool: swift run corpus-report [--details]
    .executableTarget(name: "corpus-report", dependencies: ["ResolutionReader", "AkomaNtoso", "ResolutionTestSupport"]),
    // Fuzzing: see docs/hardening.md (built with -sanitize=fuzzer; otherwise replays files).
    .executableTarget(name: "resconv-fuzz", dependencies: ["ResolutionTestSupport", "FuzzDriver"]),
    .target(name: "FuzzDriver"),
    .target(
      name: "ResolutionTestSupport",
      dependencies: ["ResolutionModel", "ResolutionReader", "ResolutionEmitters", "AkomaNtoso", "XMLKit"],
      path: "Tests/ResolutionTestSupport"),
    .testTarget(
      name: "ResolutionReaderTests",
      dependencies: [
        "ResolutionReader", "ResolutionTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "EmitterTests",
      dependencies: ["ResolutionReader", "ResolutionEmitters", "ResolutionTestSupport"]),
    .testTarget(
      name: "AkomaNtosoTests",
      dependencies: [
        "AkomaNtoso", "XMLKit", "ResolutionReader", "ResolutionEmitters", "ResolutionTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "CorpusTests", dependencies: ["ResolutionReader", "ResolutionTestSupport"],
      exclude: ["Expected"]),
    .testTarget(name: "CLITests", dependencies: ["resconv", "ResolutionTestSupport"]),
    .testTarget(name: "FuzzRegressionTests", dependencies: ["ResolutionTestSupport"], exclude: ["Inputs"]),
  ],
  swiftLanguageModes: [.v6]
)
