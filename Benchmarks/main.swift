// Speed figures for Rehearse, kept out of the test suite. Run a release build:
//
//   swift run -c release rehearse-bench [loader|cache|grading|startup|import|queue|commit|plan|kill|optimize|all]
//
// Each figure is printed with the median of repeated runs; machine noise is real, so compare
// ratios and medians, not single numbers.
import FSRS
import Foundation
import RehearseKit

let which = CommandLine.arguments.dropFirst().first ?? "all"
let work = FileManager.default.temporaryDirectory.appending(path: "rehearse-bench-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

if which == "all" || which == "loader" { try LoaderBench.run(in: work) }
if which == "all" || which == "cache" { try CacheBench.run(in: work) }
if which == "all" || which == "grading" {
  try GradingBench.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
}
if which == "all" || which == "startup" { try StartupBench.run(in: work) }
if which == "all" || which == "queue" { try QueueBench.run(in: work) }
if which == "all" || which == "commit" { try CommitBench.run(in: work) }
if which == "all" || which == "import" { try ImportBench.run(in: work) }
if which == "stats" { try StatsBench.rerun() }
if which == "plan" { try PlanBench.run() }
if which == "kill" {
  try KillBench.run(in: work, arguments: Array(CommandLine.arguments.dropFirst(2)))
}
if which == "optimize" {
  try OptimizerBench.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
}
