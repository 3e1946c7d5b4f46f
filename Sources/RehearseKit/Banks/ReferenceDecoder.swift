import RehearseStore
import Yams

/// Decodes `competencies.yaml`, `dimensions.yaml`, `concepts.yaml` and `loops.yaml`.
enum ReferenceDecoder {
  /// Concept groups; a term may belong to one group only.
  static func concepts(_ root: Node, reader: NodeReader) -> [Concept] {
    guard
      let f = reader.fields(
        of: root, "the concepts file", allowed: ["concepts"], required: ["concepts"]),
      let items = reader.items(f["concepts"], "concepts")
    else { return [] }
    var keys: [String: SourceLocation] = [:]
    var terms: [String: (key: String, at: SourceLocation)] = [:]
    return items.compactMap { item in
      guard
        let e = reader.fields(
          of: item, "a concept", allowed: ["key", "terms"], required: ["key", "terms"]),
        let key = reader.slug(e["key"], "key"), let list = reader.items(e["terms"], "terms")
      else { return nil }
      if let first = keys[key] {
        reader.error(e["key"], "duplicate concept key '\(key)'")
        reader.note(first, "'\(key)' was first defined here")
        return nil
      }
      keys[key] = reader.location(of: item)
      var kept: [String] = []
      for node in list {
        guard let term = reader.text(node, "term") else { continue }
        let normal = term.lowercased()
        if AnswerText(term, thesaurus: .empty).content.isEmpty {
          reader.error(node, "term '\(term)' has no word a typed answer could match")
        } else if let other = terms[normal] {
          reader.error(node, "term '\(term)' is already in concept '\(other.key)'")
          reader.note(other.at, "'\(term)' was first listed here")
        } else {
          terms[normal] = (key, reader.location(of: node))
          kept.append(term)
        }
      }
      if kept.count < 2 { reader.error(e["terms"], "a concept needs at least two terms") }
      return Concept(key: key, terms: kept, location: reader.location(of: item))
    }
  }

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
          of: item, "a dimension", allowed: ["key", "title", "covers", "accept", "core"],
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
      let isCore = e["core"] == nil ? false : reader.boolean(e["core"], "core") ?? false
      return DesignDimension(
        key: key, title: title, covers: covers, accept: accept, isCore: isCore,
        location: reader.location(of: item))
    }
  }

  static func loops(_ root: Node, reader: NodeReader) -> [MockLoop] {
    guard
      let f = reader.fields(of: root, "the loops file", allowed: ["loops"], required: ["loops"]),
      let items = reader.items(f["loops"], "loops")
    else { return [] }
    var seen: [String: SourceLocation] = [:]
    return items.compactMap { item in
      guard
        let e = reader.fields(
          of: item, "a loop", allowed: ["name", "title", "description", "rounds"],
          required: ["name", "title", "rounds"]),
        let name = reader.slug(e["name"], "name"), let title = reader.text(e["title"], "title")
      else { return nil }
      if let first = seen[name] {
        reader.error(e["name"], "duplicate loop name '\(name)'")
        reader.note(first, "'\(name)' was first defined here")
        return nil
      }
      seen[name] = reader.location(of: item)
      let rounds = (reader.items(e["rounds"], "rounds") ?? []).compactMap {
        round(from: $0, reader: reader)
      }
      if rounds.isEmpty { reader.error(e["rounds"], "a loop needs at least one round") }
      return MockLoop(
        name: name, title: title, description: reader.text(e["description"], "description") ?? "",
        rounds: rounds,
        location: reader.location(of: item))
    }
  }

  private static func round(from node: Node, reader: NodeReader) -> MockLoop.Round? {
    guard
      let r = reader.fields(
        of: node, "a round",
        allowed: [
          "name", "dimension", "categories", "kinds", "topics", "tags", "questions", "minutes",
        ],
        required: ["name", "dimension", "categories", "questions", "minutes"]),
      let name = reader.text(r["name"], "name"),
      let dimension = reader.oneOf(r["dimension"], "dimension", as: MockDimension.self),
      let questions = reader.integer(r["questions"], "questions", in: 1...20),
      let minutes = reader.integer(r["minutes"], "minutes", in: 1...120)
    else { return nil }
    let categories = (reader.items(r["categories"], "categories") ?? []).compactMap {
      reader.oneOf($0, "category", as: Category.self)
    }
    if categories.isEmpty { reader.error(r["categories"], "a round needs at least one category") }
    let kinds = (reader.items(r["kinds"], "kinds") ?? []).compactMap {
      reader.oneOf($0, "kind", as: QuestionKind.self)
    }
    let topics = reader.slugs(r["topics"], "topics") ?? []
    let tags = reader.slugs(r["tags"], "tags") ?? []
    return MockLoop.Round(
      name: name, dimension: dimension, categories: categories, kinds: kinds, topics: topics,
      tags: tags, questions: questions, minutes: minutes)
  }
}
