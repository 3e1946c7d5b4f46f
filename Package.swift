// swift-tools-version: 6.1
// Rehearse: a terminal trainer for Technical Program Manager interviews.
// Licensed GPL-3.0-or-later (it links GNU readline).

import PackageDescription

let package = Package(
  name: "Rehearse",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "rehearse", targets: ["rehearse"]),
    .library(name: "RehearseKit", targets: ["RehearseKit"]),
    .library(name: "RehearseStore", targets: ["RehearseStore"]),
    .library(name: "FSRS", targets: ["FSRS"]),
    .library(name: "FSRSOptimizer", targets: ["FSRSOptimizer"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
  ],
  targets: [
    // Pure FSRS-6 math and state machine; no dependencies.
    .target(name: "FSRS"),

    // Fitting the FSRS-6 weights to a review log (fsrs-rs's method), and the simulated learner
    // that measures it; pure Swift on top of FSRS.
    .target(name: "FSRSOptimizer", dependencies: ["FSRS"]),

    // The user's database: schema, migrations, records and every query. The only importer of
    // GRDB; everything above it asks for plain values.
    .target(
      name: "RehearseStore",
      dependencies: [
        "FSRS",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),

    // The Snowball stemmers (libstemmer), for grading typed answers.
    .systemLibrary(
      name: "CStemmer",
      providers: [.apt(["libstemmer-dev"])]
    ),

    // Everything Rehearse does: banks, scheduling, grading, stories, stats, sessions.
    .target(
      name: "RehearseKit",
      dependencies: [
        "FSRS",
        "FSRSOptimizer",
        "RehearseStore",
        "CStemmer",
        .product(name: "Yams", package: "Yams"),
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),

    // The bundled QuestionBanks/ embedded into the binary at build time.
    .executableTarget(name: "embed-banks", path: "Sources/embed-banks"),
    .plugin(
      name: "EmbedBanksPlugin",
      capability: .buildTool(),
      dependencies: ["embed-banks"],
      path: "Sources/EmbedBanksPlugin"
    ),
    .target(name: "BundledBanks", plugins: ["EmbedBanksPlugin"]),

    // GNU readline, through a small shim for the C globals Swift 6 cannot touch.
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),

    // The command-line tool: argument parsing, line editing and printing only.
    .executableTarget(
      name: "rehearse",
      dependencies: [
        "RehearseKit",
        "RehearseStore",
        "BundledBanks",
        "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Speed figures, kept out of the test path: `swift run -c release rehearse-bench`.
    .executableTarget(
      name: "rehearse-bench",
      dependencies: [
        "RehearseKit", "RehearseStore", "FSRS", "FSRSOptimizer",
        .product(name: "Yams", package: "Yams"),
      ],
      path: "Benchmarks",
      exclude: ["GradingEval", "OptimizerReference"]
    ),

    .target(
      name: "RehearseTestSupport",
      dependencies: ["RehearseKit", "RehearseStore"]
    ),
    .testTarget(
      name: "FSRSTests",
      dependencies: ["FSRS"],
      exclude: ["gen_fsrs_fixtures.py"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "FSRSOptimizerTests",
      dependencies: ["FSRSOptimizer", "FSRS"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "RehearseKitTests",
      dependencies: [
        "RehearseKit", "RehearseStore", "RehearseTestSupport", "FSRS", "FSRSOptimizer",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "CSV", package: "CSV.swift"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "rehearseTests",
      dependencies: ["RehearseTestSupport", "RehearseKit", "RehearseStore"],
      resources: [.copy("Snapshots")]
    ),
  ]
)
