import Foundation
import SapaModel
import Yams

/// YAML (a front matter block or a `.yml` file) decoded into a typed value, with errors
/// placed at the line and column of the offending key or value.
public enum YAMLDocument {
    /// Decodes `yaml`, which starts at `firstLine` of the file at `path`. `check` judges the
    /// decoded value against what the document itself cannot know (an edition's year against
    /// its folder's name); its error is placed like a decoding error.
    public static func decode<T: Decodable>(
        _ type: T.Type, from yaml: String, path: String, firstLine: Int = 1,
        check: (T) -> ContentError? = { _ in nil }
    ) -> Result<T, Diagnostic> {
        let node: Node
        do {
            guard let composed = try YAMLNodeDecoder.compose(yaml) else {
                return .failure(Diagnostic(path: path, line: firstLine, ToolMessage(YAMLMessage.emptyBlock)))
            }
            node = composed
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, firstLine: firstLine))
        } catch {
            return .failure(Diagnostic(path: path, line: firstLine, ToolMessage(YAMLMessage.invalid, ["detail": "\(error)"])))
        }
        // Written out, YAML cannot hold more values than it has characters; with aliases a
        // few lines can stand for billions of them ("billion laughs"), which decoding would
        // expand until memory or patience runs out.
        guard let value = YAMLValue(node, budget: 2 * yaml.utf8.count + 16) else {
            return .failure(Diagnostic(path: path, line: firstLine, ToolMessage(YAMLMessage.aliasBomb)))
        }
        do {
            let decoded = try YAMLNodeDecoder(value).decode(T.self)
            if let error = check(decoded) { throw error }
            return .success(decoded)
        } catch let error as DecodingError {
            return .failure(diagnostic(for: error, in: node, path: path, firstLine: firstLine))
        } catch let error as ContentError {
            let mark = locate(error.codingPath, in: node)
            return .failure(Diagnostic(path: path, line: firstLine - 1 + (mark?.line ?? 1), column: mark?.column ?? 1, error.message))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, firstLine: firstLine))
        } catch {
            return .failure(Diagnostic(path: path, line: firstLine, ToolMessage(YAMLMessage.unexpected, ["detail": "\(error)"])))
        }
    }

    /// The line of `key` in a YAML mapping, from Yams' mark of the key (1 when the text does
    /// not parse or has no such key): for a problem found once the document is decoded.
    package static func line(ofKey key: String, in text: String) -> Int {
        guard let node = try? Yams.compose(yaml: text), let mapping = node.mapping else { return 1 }
        return mapping.first { $0.key.string == key }?.key.mark?.line ?? 1
    }

    /// Where the value at `path` (keys of nested mappings) starts, from Yams' marks, in a
    /// file whose YAML starts at `firstLine`; nil when the text has no such value.
    package static func position(of path: [String], in text: String, firstLine: Int = 1) -> (line: Int, column: Int)? {
        guard var node = try? Yams.compose(yaml: text) else { return nil }
        for key in path {
            guard let value = node.mapping?.first(where: { $0.key.string == key })?.value else { return nil }
            node = value
        }
        guard let mark = node.mark else { return nil }
        return (firstLine + mark.line - 1, mark.column)
    }

    /// The line of the `index`-th item of a YAML list, from Yams' marks (1 when there is none).
    package static func line(ofItem index: Int, in text: String) -> Int {
        guard let node = try? Yams.compose(yaml: text), let items = node.sequence, items.indices.contains(index) else { return 1 }
        return items[index].mark?.line ?? 1
    }

    package static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return Diagnostic(
                path: path, line: firstLine - 1 + mark.line, column: mark.column,
                ToolMessage(YAMLMessage.invalidSyntax, ["detail": detail]))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                path: path, line: firstLine - 1 + context.mark.line, column: context.mark.column,
                ToolMessage(YAMLMessage.duplicateKey, ["keys": duplicates.map { "`\($0)`" }.joined(separator: ", ")]))
        default:
            return Diagnostic(path: path, line: firstLine, ToolMessage(YAMLMessage.invalid, ["detail": "\(error)"]))
        }
    }

    static func diagnostic(for error: DecodingError, in root: Node, path: String, firstLine: Int) -> Diagnostic {
        func place(_ codingPath: [any CodingKey], _ message: ToolMessage) -> Diagnostic {
            let mark = locate(codingPath, in: root)
            return Diagnostic(path: path, line: firstLine - 1 + (mark?.line ?? 1), column: mark?.column ?? 1, message)
        }
        func name(_ codingPath: [any CodingKey]) -> String {
            // In a list file (tables.yml) the line already shows which item: `title_kk`, not `[2].title_kk`.
            var codingPath = codingPath
            if codingPath.count > 1, codingPath.first?.intValue != nil { codingPath.removeFirst() }
            return codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = name(context.codingPath + [key])
            return place(context.codingPath, ToolMessage(YAMLMessage.missingField, ["field": field]))
        case .typeMismatch(let type, let context):
            // Yams's own wording ("Expected to decode Scalar but found Sequence") is for programmers.
            let field = name(context.codingPath)
            guard let found = node(at: context.codingPath, in: root) else {
                return place(context.codingPath, ToolMessage(YAMLMessage.wrongType, ["field": field, "expected": describe(type)]))
            }
            return place(context.codingPath, ToolMessage(YAMLMessage.wrongTypeFound, ["field": field, "expected": describe(type), "found": describe(found)]))
        case .valueNotFound(let type, let context):
            return place(context.codingPath, ToolMessage(YAMLMessage.emptyValue, ["field": name(context.codingPath), "expected": describe(type)]))
        case .dataCorrupted(let context):
            return place(context.codingPath, ToolMessage(YAMLMessage.invalidValue, ["field": name(context.codingPath), "detail": context.debugDescription]))
        @unknown default:
            return Diagnostic(path: path, line: firstLine, ToolMessage(YAMLMessage.unexpected, ["detail": "\(error)"]))
        }
    }

    static func describe(_ type: Any.Type) -> ToolMessage {
        switch type {
        case is String.Type: return ToolMessage(YAMLMessage.aText)
        case is Int.Type: return ToolMessage(YAMLMessage.aWholeNumber)
        case is Double.Type: return ToolMessage(YAMLMessage.aNumber)
        case is Bool.Type: return ToolMessage(YAMLMessage.trueOrFalse)
        case is Node.Scalar.Type: return ToolMessage(YAMLMessage.aSingleValue)
        case is Node.Mapping.Type: return ToolMessage(YAMLMessage.aGroupOfFields)
        case is Node.Sequence.Type: return ToolMessage(YAMLMessage.aList)
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return ToolMessage(YAMLMessage.aList) }
            if name.hasPrefix("Dictionary") { return ToolMessage(YAMLMessage.aMapping) }
            return ToolMessage(YAMLMessage.aTypeNamed, ["name": name])
        }
    }

    /// What a publisher wrote, in words: «4,58», a list, a group of fields.
    static func describe(_ node: Node) -> ToolMessage {
        switch node {
        case .scalar(let scalar): ToolMessage(YAMLMessage.quoted, ["value": scalar.string.count > 60 ? String(scalar.string.prefix(60)) + "…" : scalar.string])
        case .mapping: ToolMessage(YAMLMessage.aGroupOfFields)
        case .sequence: ToolMessage(YAMLMessage.aList)
        case .alias: ToolMessage(YAMLMessage.anAlias)
        }
    }

    /// The node at `codingPath`, if the path leads to one.
    static func node(at codingPath: [any CodingKey], in root: Node) -> Node? {
        var node = root
        for key in codingPath {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
            } else if let mapping = node.mapping, let pair = mapping.first(where: { $0.key.string == key.stringValue }) {
                node = pair.value
            } else {
                return nil
            }
        }
        return node
    }

    /// The mark of the node at `codingPath`, or of its nearest existing ancestor.
    static func locate(_ codingPath: [any CodingKey], in root: Node) -> Mark? {
        var node = root
        var best = root.mark
        for key in codingPath {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
            } else if let mapping = node.mapping,
                let pair = mapping.first(where: { $0.key.string == key.stringValue })
            {
                node = pair.value
                best = pair.key.mark ?? best
                continue
            } else {
                break
            }
            best = node.mark ?? best
        }
        return best
    }
}

/// A Markdown file with its front matter between `---` lines.
public struct MarkdownDocument: Sendable {
    public var path: String
    public var frontMatter: String
    /// The line of the file where the front matter's first line is.
    public var frontMatterLine: Int
    public var body: String
    public var bodyLine: Int

    public static func split(_ file: TextFile) -> Result<MarkdownDocument, Diagnostic> {
        let text = file.text
        guard text.hasPrefix("---\n") || text == "---" else {
            return .failure(Diagnostic(path: file.path, ToolMessage(YAMLMessage.frontMatterAbsent)))
        }
        // Lines after the first, up to the first that is `---` (give or take white space),
        // found on the UTF-8 bytes: the same cuts as splitting into lines and joining them.
        let utf8 = text.utf8
        var lineStart = utf8.index(utf8.startIndex, offsetBy: min(4, utf8.count))
        var lineNumber = 0  // index among the lines after the first
        var closing: (start: String.Index, end: String.Index)?
        if utf8.count > 3 {
            while true {
                let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
                if isClosingLine(text[lineStart..<lineEnd]) {
                    closing = (lineStart, lineEnd)
                    break
                }
                if lineEnd == utf8.endIndex { break }
                lineStart = utf8.index(after: lineEnd)
                lineNumber += 1
            }
        }
        guard let closing else {
            return .failure(Diagnostic(path: file.path, ToolMessage(YAMLMessage.frontMatterNotClosed)))
        }
        let frontStart = utf8.index(utf8.startIndex, offsetBy: 4)
        // The lines before the closing one, without the line end of the last of them.
        let front = closing.start > frontStart ? String(text[frontStart..<utf8.index(before: closing.start)]) : ""
        let body = closing.end < utf8.endIndex ? String(text[utf8.index(after: closing.end)...]) : ""
        return .success(MarkdownDocument(path: file.path, frontMatter: front, frontMatterLine: 2, body: body, bodyLine: lineNumber + 3))
    }

    /// `line.trimmingCharacters(in: .whitespaces) == "---"`, without Foundation for the lines
    /// that cannot be it.
    static func isClosingLine(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard bytes.count >= 3 else { return false }
        var ascii = true
        var dashes = 0
        for byte in bytes {
            switch byte {
            case 0x2D: dashes += 1
            case 0x20, 0x09: break
            default:
                // Any other ASCII character: not the line (most lines end here, at once).
                guard byte >= 0x80 else { return false }
                ascii = false
            }
        }
        guard dashes == 3 else { return false }
        if ascii {
            // Spaces and tabs around three dashes, none between them.
            return bytes.drop { $0 == 0x20 || $0 == 0x09 }.starts(with: "---".utf8)
                && bytes.reversed().drop { $0 == 0x20 || $0 == 0x09 }.starts(with: "---".utf8)
        }
        return line.trimmingCharacters(in: .whitespaces) == "---"
    }
}
