import CYaml
import Yams

/// Composes one YAML document into Yams nodes straight from libyaml's events.
///
/// It builds the same nodes as `Yams.compose(yaml:)` (strings, styles, tags, marks, anchors),
/// and refuses the same documents, but does less work for each one: a mapping's keys are checked
/// for duplicates by their text (Yams groups them in a dictionary keyed by `Node`, whose hash
/// resolves every key's tag through its regular expressions: 44% of a parse), and a scalar's
/// string is decoded from the event's bytes without Foundation.
final class YAMLComposer {
  /// Why a document could not be composed.
  enum Failure: Error {
    /// libyaml's scanner or parser refused the text.
    case syntax(problem: String, mark: Mark, context: String?, contextMark: Mark?)
    /// libyaml's reader refused a byte (at this offset into the UTF-8 text).
    case reader(problem: String, offset: Int)
    /// A key said twice in one mapping.
    case duplicateKey(String, first: Mark, second: Mark)
    /// An alias with no anchor before it.
    case undefinedAlias(Mark)
    /// A second document after the first.
    case severalDocuments(Mark)
    case outOfMemory
  }

  private var parser = yaml_parser_t()
  private var anchors: [String: Node] = [:]

  /// The document's root, or nil when the text holds no document.
  static func compose(_ text: String) throws(Failure) -> Node? {
    var utf8 = text
    utf8.makeContiguousUTF8()
    let composer = YAMLComposer()
    let result: Result<Node?, Failure> =
      utf8.utf8.withContiguousStorageIfAvailable { bytes in
        Result { () throws(Failure) in try composer.run(bytes) }
      } ?? .failure(.outOfMemory)
    return try result.get()
  }

  private init() {
    yaml_parser_initialize(&parser)
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
  }

  deinit { yaml_parser_delete(&parser) }

  private func run(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> Node? {
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    var event = try next()  // stream start
    yaml_event_delete(&event)
    event = try next()
    if event.type == YAML_STREAM_END_EVENT {
      yaml_event_delete(&event)
      return nil
    }
    yaml_event_delete(&event)  // document start
    let root = try node(from: try next())
    var end = try next()  // document end
    yaml_event_delete(&end)
    end = try next()
    defer { yaml_event_delete(&end) }
    if end.type != YAML_STREAM_END_EVENT { throw .severalDocuments(Self.mark(end.start_mark)) }
    return root
  }

  private func next() throws(Failure) -> yaml_event_t {
    var event = yaml_event_t()
    guard yaml_parser_parse(&parser, &event) == 1 else { throw failure() }
    return event
  }

  /// The next event, or nil (and the event freed) when it is the end of a collection.
  private func next(unless end: yaml_event_type_t) throws(Failure) -> yaml_event_t? {
    var event = try next()
    guard event.type == end else { return event }
    yaml_event_delete(&event)
    return nil
  }

  /// The node an event starts; takes ownership of the event.
  private func node(from first: yaml_event_t) throws(Failure) -> Node {
    var event = first
    defer { yaml_event_delete(&event) }
    let mark = Self.mark(event.start_mark)
    switch event.type {
    case YAML_SCALAR_EVENT:
      let s = event.data.scalar
      let value = String(
        decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
      let tagName: String? = s.quoted_implicit == 1 ? Tag.Name.str.rawValue : Self.string(s.tag)
      let anchor = Self.string(s.anchor)
      let node = Node.scalar(
        .init(
          value, Self.tag(tagName),
          Node.Scalar.Style(rawValue: numericCast(s.style.rawValue)) ?? .any, mark,
          anchor.map(Anchor.init(stringLiteral:))))
      if let anchor { anchors[anchor] = node }
      return node
    case YAML_SEQUENCE_START_EVENT:
      let start = event.data.sequence_start
      var items: [Node] = []
      while let item = try next(unless: YAML_SEQUENCE_END_EVENT) {
        items.append(try node(from: item))
      }
      let anchor = Self.string(start.anchor)
      let node = Node.sequence(
        .init(
          items, Self.tag(start.implicit != 0 ? nil : Self.string(start.tag)),
          Node.Sequence.Style(rawValue: numericCast(start.style.rawValue)) ?? .any, mark,
          anchor.map(Anchor.init(stringLiteral:))))
      if let anchor { anchors[anchor] = node }
      return node
    case YAML_MAPPING_START_EVENT:
      let start = event.data.mapping_start
      var pairs: [(Node, Node)] = []
      var seen: [String: Mark] = [:]
      while let keyEvent = try next(unless: YAML_MAPPING_END_EVENT) {
        let key = try node(from: keyEvent)
        if case .scalar(let scalar) = key, let at = scalar.mark {
          if let first = seen.updateValue(at, forKey: scalar.string) {
            throw .duplicateKey(scalar.string, first: first, second: at)
          }
        }
        pairs.append((key, try node(from: try next())))
      }
      let anchor = Self.string(start.anchor)
      let node = Node.mapping(
        .init(
          pairs, Self.tag(start.implicit != 0 ? nil : Self.string(start.tag)),
          Node.Mapping.Style(rawValue: numericCast(start.style.rawValue)) ?? .any, mark,
          anchor.map(Anchor.init(stringLiteral:))))
      if let anchor { anchors[anchor] = node }
      return node
    case YAML_ALIAS_EVENT:
      guard let name = Self.string(event.data.alias.anchor), let node = anchors[name] else {
        throw .undefinedAlias(mark)
      }
      return node
    default:
      throw .syntax(problem: "unexpected event", mark: mark, context: nil, contextMark: nil)
    }
  }

  private func failure() -> Failure {
    func text(_ p: UnsafePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }
    switch parser.error {
    case YAML_MEMORY_ERROR:
      return .outOfMemory
    case YAML_READER_ERROR:
      return .reader(problem: text(parser.problem), offset: parser.problem_offset)
    default:
      return .syntax(
        problem: text(parser.problem), mark: Self.mark(parser.problem_mark),
        context: parser.context.map { String(cString: $0) },
        contextMark: parser.context == nil ? nil : Self.mark(parser.context_mark))
    }
  }

  /// Yams' `Mark` has no public initializer; it is two `Int`s (line, column). The loader's
  /// positioned-error tests (BankLoaderTests) read lines and columns back, so a change of its
  /// layout fails them rather than passing silently; `unsafeBitCast` also checks the size.
  private static func mark(_ m: yaml_mark_t) -> Mark {
    unsafeBitCast((line: m.line + 1, column: m.column + 1), to: Mark.self)
  }

  private static func string(_ p: UnsafeMutablePointer<UInt8>?) -> String? {
    guard let p else { return nil }
    return String(cString: p)
  }

  /// Yams' `Constructor.default` and `Resolver.default` are computed: each use builds a new
  /// table of every tag (12% of a bank's load when a tag is made per scalar), so make them once.
  /// (Neither is changed after it is made; they are classes Yams does not mark Sendable.)
  nonisolated(unsafe) private static let constructor = Constructor.default
  nonisolated(unsafe) private static let resolver = Resolver.default

  private static func tag(_ name: String?) -> Tag {
    Tag(name.map(Tag.Name.init(rawValue:)) ?? .implicit, resolver, constructor)
  }
}
