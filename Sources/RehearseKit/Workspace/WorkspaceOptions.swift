import Foundation
import RehearseStore

/// How to open a workspace.
public struct WorkspaceOptions: Sendable {
  public var bundled: BundledSet
  public var environment: [String: String]
  public var database: URL?
  public var extraBankDirectories: [URL]

  public init(
    bundled: BundledSet, environment: [String: String], database: URL? = nil,
    extraBankDirectories: [URL] = []
  ) {
    self.bundled = bundled
    self.environment = environment
    self.database = database
    self.extraBankDirectories = extraBankDirectories
  }
}
