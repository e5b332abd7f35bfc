import Foundation
import Testing

@testable import SapaMustache

/// The Mustache specification's own tests (the JSON files in `../shared/mustache-spec/`, read
/// where they are): every case of the required modules and of inheritance. Lambdas are left
/// out, as the specification allows: Sapa's values are data.
@Suite struct MustacheSpecTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/mustache-spec")

    struct Case: CustomTestStringConvertible, Sendable {
        var module: String
        var name: String
        var template: String
        var partials: [String: String]
        var data: SpecValue
        var expected: String
        var testDescription: String { "\(module): \(name)" }
    }

    static func cases(_ module: String) -> [Case] {
        let url = folder.appendingPathComponent("\(module).json")
        guard let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(SpecFile.self, from: data)
        else { return [] }
        return file.tests.map {
            Case(module: module, name: $0.name, template: $0.template, partials: $0.partials ?? [:], data: $0.data, expected: $0.expected)
        }
    }

    static let required = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"].flatMap(cases)
    static let inheritance = cases("~inheritance")

    @Test func theSpecificationIsThere() {
        // 136 cases in the required modules and 27 in inheritance (the folder's README).
        #expect(Self.required.count == 136)
        #expect(Self.inheritance.count == 27)
    }

    @Test(arguments: required) func requiredModule(_ spec: Case) throws {
        try check(spec)
    }

    @Test(arguments: inheritance) func inheritanceModule(_ spec: Case) throws {
        try check(spec)
    }

    func check(_ spec: Case) throws {
        let sources =
            [(name: "", text: spec.template)]
            + spec.partials.sorted { $0.key < $1.key }.map { (name: $0.key, text: $0.value) }
        let library = try TemplateLibrary(sources)
        let rendering = try #require(library.render("", spec.data.templateValue))
        #expect(String(decoding: rendering.bytes, as: UTF8.self) == spec.expected)
    }
}

struct SpecFile: Decodable {
    struct Test: Decodable {
        var name: String
        var data: SpecValue
        var template: String
        var partials: [String: String]?
        var expected: String
    }
    var tests: [Test]
}

/// A JSON value of the specification's data, as Sapa's templates see values: numbers become
/// text as JSON writes them.
indirect enum SpecValue: Decodable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case list([SpecValue])
    case object([String: SpecValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let integer = try? container.decode(Int.self) {
            self = .number(String(integer))
        } else if let number = try? container.decode(Double.self) {
            self = .number(String(number))
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let list = try? container.decode([SpecValue].self) {
            self = .list(list)
        } else {
            self = .object(try container.decode([String: SpecValue].self))
        }
    }

    var templateValue: TemplateValue {
        switch self {
        case .null: .absent
        case .bool(let flag): .bool(flag)
        case .number(let text), .string(let text): .text(text)
        case .list(let items): .list(items.map(\.templateValue))
        case .object(let fields): .object(TemplateObject(fields.mapValues(\.templateValue)))
        }
    }
}
