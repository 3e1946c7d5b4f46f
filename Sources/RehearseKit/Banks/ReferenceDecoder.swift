import Yams

/// Decodes `competencies.yaml` and `dimensions.yaml`.
enum ReferenceDecoder {
  static func competencies(_ root: Node, reader: NodeReader) -> [Competency] {
    guard
      let f = reader.fields(
        of: root, "the competencies file", allowed: ["competencies"], required: ["competencies"]),
      let items = reader.items(f["competencies"], "competencies")
    else { return [] }
    var seen: [String: SourceLocation] = [:]
    return items.compactMap { item in
      guard
        let e = reader.fields(
          of: item, "a competency", allowed: ["key", "title", "probes"],
          required: ["key", "title", "probes"]),
        let key = reader.slug(e["key"], "key"), let title = reader.text(e["title"], "title"),
        let probes = reader.text(e["probes"], "probes")
      else { return nil }
      if let first = seen[key] {
        reader.error(e["key"], "duplicate competency key '\(key)'")
        reader.note(first, "'\(key)' was first defined here")
        return nil
      }
      seen[key] = reader.location(of: item)
      return Competency(key: key, title: title, probes: probes, location: reader.location(of: item))
    }
  }

  static func dimensions(_ root: Node, reader: NodeReader) -> [DesignDimension] {
    guard
      let f = reader.fields(
        of: root, "the dimensions file", allowed: ["dimensions"], required: ["dimensions"]),
      let items = reader.items(f["dimensions"], "dimensions")
    else { return [] }
    var seen: [String: SourceLocation] = [:]
    return items.compactMap { item in
      guard
        let e = reader.fields(
          of: item, "a dimension", allowed: ["key", "title", "covers", "accept"],
          required: ["key", "title", "covers"]),
        let key = reader.slug(e["key"], "key"), let title = reader.text(e["title"], "title"),
        let covers = reader.text(e["covers"], "covers")
      else { return nil }
      if let first = seen[key] {
        reader.error(e["key"], "duplicate dimension key '\(key)'")
        reader.note(first, "'\(key)' was first defined here")
        return nil
      }
      seen[key] = reader.location(of: item)
      let accept = reader.texts(e["accept"], "accept") ?? []
      return DesignDimension(
        key: key, title: title, covers: covers, accept: accept, location: reader.location(of: item))
    }
  }
}
