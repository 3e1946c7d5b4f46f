import Foundation
import FuzzSupport
import RehearseKit

/// Feeds `config.yaml` to its reader, and edits it as `rehearse config set KEY VALUE` does:
/// the input's first line is the value, set on a key chosen by its length, in the rest.
@main enum FuzzConfig {
  static func main() {
    let keys = SettingsFile.keys.map(\.name)
    Fuzzer.run { data in
      _ = SettingsFile.parse(SourceFile(path: "config.yaml", data: data))
      let text = String(decoding: data, as: UTF8.self)
      let (value, rest) = FirstLine.split(text)
      _ = SettingsFile.setting(
        keys[value.utf8.count % keys.count], to: value, in: rest, path: "config.yaml")
    }
  }
}
