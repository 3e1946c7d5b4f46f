import Foundation
import RehearseStore

/// Why a workspace could not open.
public enum WorkspaceError: Error, Sendable {
  case badConfig([Diagnostic])
  case badEnvironment(String)
}
