// One row of a service page's regions table (a region's link, whose `lang` is absent as on
// nearly every page, and two figures), rendered 100 times per page by each template engine
// in the offline mirror and by Sapa's own (SapaMustache), each fed the way it takes data. All
// must print the same bytes.
import Foundation
import LeafKit
import Mustache
import NIOCore
import NIOEmbedded
import SapaMustache
import Stencil

let rowsPerPage = 100
let pagesPerRound = 100
let rounds = 7

/// Nanoseconds per row of one round.
func nanosecondsPerRow(_ render: () throws -> String) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<pagesPerRound { _ = try render() }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(pagesPerRound * rowsPerPage)
}

let mustacheText = "{{#rows}}<tr><th scope=\"row\">{{#region}}<a href=\"{{href}}\"{{#lang}} lang=\"{{.}}\"{{/lang}}>{{text}}</a>{{/region}}</th><td class=\"num\">{{score}}</td><td class=\"num\">{{satisfaction}}</td></tr>\n{{/rows}}"

// Sapa's engine, with Sapa's values (TemplateValue), into bytes, made a String as the others give.
let sapaRow: TemplateObject = [
    "region": .object(["href": .text("/kk/regions/akmola/"), "lang": .absent, "text": .text("Ақмола облысы")]),
    "score": .text("4,58"), "satisfaction": .text("81,8%"),
]
let sapaPage: TemplateValue = .object(["rows": .list(Array(repeating: .object(sapaRow), count: rowsPerPage))])
let sapaLibrary = try TemplateLibrary([TemplateLibrary.Source(name: "row", text: mustacheText)])

// swift-mustache, with the same values as Sapa fed it before it had its own engine: texts that
// render themselves, objects that answer by name, an absent value that prints nothing.
struct MustacheText: MustacheCustomRenderable, MustacheParent {
    let renderText: String
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
}
struct MustacheAbsent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
struct MustacheObject: MustacheParent {
    let fields: [String: Any]
    func child(named name: String) -> Any? { fields[name] }
}
let mustacheRow = MustacheObject(fields: [
    "region": MustacheObject(fields: ["href": MustacheText(renderText: "/kk/regions/akmola/"), "lang": MustacheAbsent(), "text": MustacheText(renderText: "Ақмола облысы")]),
    "score": MustacheText(renderText: "4,58"), "satisfaction": MustacheText(renderText: "81,8%"),
])
let mustachePage = MustacheObject(fields: ["rows": Array(repeating: mustacheRow, count: rowsPerPage)])
let mustacheTemplate = try MustacheTemplate(string: mustacheText)

// Stencil takes dictionaries of Any.
let stencilRow: [String: Any] = ["region": ["href": "/kk/regions/akmola/", "text": "Ақмола облысы"] as [String: Any], "score": "4,58", "satisfaction": "81,8%"]
let stencilPage: [String: Any] = ["rows": Array(repeating: stencilRow, count: rowsPerPage)]
let stencilTemplate = Template(templateString: "{% for row in rows %}<tr><th scope=\"row\"><a href=\"{{ row.region.href }}\"{% if row.region.lang %} lang=\"{{ row.region.lang }}\"{% endif %}>{{ row.region.text }}</a></th><td class=\"num\">{{ row.score }}</td><td class=\"num\">{{ row.satisfaction }}</td></tr>\n{% endfor %}")

// Leaf takes LeafData, renders through a LeafRenderer (its cache keeps the parsed template)
// on an event loop: an embedded one, run by hand, so no thread is involved.
struct MemorySource: LeafSource {
    let text: String
    func file(template: String, escape: Bool, on eventLoop: any EventLoop) -> EventLoopFuture<ByteBuffer> {
        eventLoop.makeSucceededFuture(ByteBuffer(string: text))
    }
}
let loop = EmbeddedEventLoop()
let sources = LeafSources()
try sources.register(source: "memory", using: MemorySource(text: "#for(row in rows):<tr><th scope=\"row\"><a href=\"#(row.region.href)\"#if(row.region.lang): lang=\"#(row.region.lang)\"#endif>#(row.region.text)</a></th><td class=\"num\">#(row.score)</td><td class=\"num\">#(row.satisfaction)</td></tr>\n#endfor"))
let leaf = LeafRenderer(configuration: LeafConfiguration(rootDirectory: "/"), sources: sources, eventLoop: loop)
let leafRow: LeafData = .dictionary(["region": .dictionary(["href": .string("/kk/regions/akmola/"), "text": .string("Ақмола облысы")]),
                                     "score": .string("4,58"), "satisfaction": .string("81,8%")])
let leafPage: [String: LeafData] = ["rows": .array(Array(repeating: leafRow, count: rowsPerPage))]

let engines: [(name: String, render: () throws -> String)] = [
    ("swift-mustache 2.1.1", { mustacheTemplate.render(mustachePage) }),
    ("SapaMustache", { String(decoding: sapaLibrary.render("row", sapaPage)!.bytes, as: UTF8.self) }),
    ("Stencil 0.15.1", { try stencilTemplate.render(stencilPage) }),
    ("LeafKit 1.14.3", {
        let future = leaf.render(path: "row", context: leafPage)
        loop.run()
        return String(buffer: try future.wait())
    }),
]
guard Set(try engines.map { try $0.render() }).count == 1 else {
    print("the engines printed different pages; the comparison would be meaningless")
    exit(1)
}
// Rounds alternate between the engines, so that the machine's changes of speed fall on all.
var samples = Array(repeating: [Double](), count: engines.count)
for _ in 0..<rounds {
    for (index, engine) in engines.enumerated() { samples[index].append(try nanosecondsPerRow(engine.render)) }
}
let medians = samples.map { $0.sorted()[$0.count / 2] }
print("median of \(rounds) rounds of \(pagesPerRound) pages × \(rowsPerPage) rows, the same bytes from each engine:")
for (engine, median) in zip(engines, medians) {
    let padded = engine.name.padding(toLength: 22, withPad: " ", startingAt: 0)
    print("  \(padded)\(String(format: "%8.0f", median)) ns per row  \(String(format: "%6.3f", median / medians[0])) × swift-mustache")
}
