// swift-tools-version: 6.1
// libFuzzer harnesses for Rehearse, kept out of the main build: built and run by `Fuzzing/run`
// (see docs/FUZZING.md).

import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which is wherever the repository was cloned.
let rehearse = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

let kit: Target.Dependency = .product(name: "RehearseKit", package: rehearse)

/// One executable per harness, each a libFuzzer binary when built with `-sanitize=fuzzer`.
func harness(_ name: String, _ more: [Target.Dependency] = []) -> Target {
  .executableTarget(name: name, dependencies: ["FuzzSupport", kit] + more)
}

let package = Package(
  name: "RehearseFuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(path: "..")],
  targets: [
    // Declares libFuzzer's LLVMFuzzerRunDriver, which -sanitize=fuzzer links in.
    .target(name: "CFuzzerDriver"),
    .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", kit]),
    harness("fuzz-bank-loader"),
    harness("fuzz-story-document"),
    harness("fuzz-config"),
    harness(
      "fuzz-review-csv", [.product(name: "RehearseStore", package: rehearse)]),
    harness("fuzz-question-csv"),
    harness("fuzz-grade"),
  ]
)
