import Foundation
import SapaModel
import SapaMustache
import SapaSource
import Synchronization

/// Charts drawn at build time as inline SVG: no chart library in the browser. Every chart
/// carries a title and a description, prints its values as text (colour never carries
/// meaning alone), and each bar or tile holds its figure in `data-value` so that tests can
/// compare it with the table printed next to it.
public enum Charts {
    public struct Bar: Sendable {
        public var series: String
        public var value: Double
        public var label: String
    }

    public struct Group: Sendable {
        public var label: String
        public var bars: [Bar]
    }

    /// Series colours: dark enough against white for non-text contrast (≥ 3:1).
    static let palette = ["#0b5394", "#b45f06", "#38761d", "#741b47"]

    /// Every chart's drawing width: the column of text it stands in, scaled down on phones.
    static let width = 640.0

    /// Horizontal grouped bars from 0 to `maximum`, one group per row.
    public static func bars(
        id: String, title: String, description: String, groups: [Group], series: [String],
        maximum: Double, lines labelLines: LabelLines
    ) -> String {
        let (labelWidth, valueWidth, barHeight, gap) = (220.0, 56.0, 14.0, 10.0)
        let plotWidth = width - labelWidth - valueWidth
        // One legend line per series: channel names are long.
        let legendHeight = series.count > 1 ? Double(series.count) * 18 + 4 : 0
        var y = legendHeight + 4
        let barStart = "<rect class=\"bar\" x=\"\(NumberText.coordinate(labelWidth))\" y=\""
        let barHeightAndFill = "\" height=\"\(NumberText.coordinate(barHeight))\" fill=\""
        var body = ""
        body.reserveCapacity(16_384)
        if series.count > 1 {
            for (index, name) in series.enumerated() {
                let colour = palette[index % palette.count]
                let top = 4 + Double(index) * 18
                body += "<rect x=\"0\" y=\"\(NumberText.coordinate(top))\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>"
                let short = name.count > 95 ? String(name.prefix(93)) + "…" : name
                body += "<text x=\"18\" y=\"\(NumberText.coordinate(top + 10))\" class=\"legend\">\(HTMLEscaper.escape(short))</text>"
            }
        }
        for group in groups {
            let lines = labelLines.lines(group.label, width: 34)
            let groupHeight = max(Double(group.bars.count) * (barHeight + 2), Double(lines.count) * 13)
            // Appended piece by piece, as in `tileMap`: bars are drawn on every service page.
            for (index, line) in lines.enumerated() {
                body += "<text x=\"0\" y=\""
                body += NumberText.coordinate(y + 11 + Double(index) * 13)
                body += "\" class=\"label\">"
                body += HTMLEscaper.escape(line)
                body += "</text>"
            }
            let escapedLabel = HTMLEscaper.escape(group.label)
            for (index, bar) in group.bars.enumerated() {
                let seriesIndex = series.firstIndex(of: bar.series) ?? index
                let length = max(0, min(bar.value, maximum)) / maximum * plotWidth
                let barY = y + Double(index) * (barHeight + 2)
                body += barStart
                body += NumberText.coordinate(barY)
                body += "\" width=\""
                body += NumberText.coordinate(length)
                body += barHeightAndFill
                body += palette[seriesIndex % palette.count]
                body += "\" data-series=\""
                body += HTMLEscaper.escape(bar.series)
                body += "\" data-label=\""
                body += escapedLabel
                body += "\" data-value=\""
                body += NumberText.data(bar.value)
                body += "\"/><text x=\""
                body += NumberText.coordinate(labelWidth + length + 4)
                body += "\" y=\""
                body += NumberText.coordinate(barY + 11)
                body += "\" class=\"value\">"
                body += HTMLEscaper.escape(bar.label)
                body += "</text>"
            }
            y += groupHeight + gap
        }
        let height = y
        return svg(id: id, title: title, description: description, width: width, height: height, body: body)
    }

    // MARK: Tile map

    public struct Tile: Sendable {
        public var regionID: String
        public var label: String
        public var value: Double?
        public var display: String
    }

    /// Where each region's tile sits: one equal tile per region, roughly where it lies
    /// (column west→east, row north→south). Holds the 17 regions of 2020 and the 20 of today.
    static let tilePositions: [String: (column: Int, row: Int)] = [
        "kostanay": (2, 0), "north-kazakhstan": (3, 0), "pavlodar": (4, 0),
        "west-kazakhstan": (0, 1), "aktobe": (1, 1), "akmola": (3, 1), "astana": (4, 1), "east-kazakhstan": (5, 1),
        "atyrau": (0, 2), "ulytau": (2, 2), "karaganda": (3, 2), "abai": (5, 2),
        "mangystau": (0, 3), "kyzylorda": (1, 3), "turkestan": (2, 3), "zhambyl": (3, 3), "almaty-region": (4, 3), "zhetisu": (5, 3),
        "shymkent": (2, 4), "almaty": (4, 4),
    ]

    /// Each tile's markup up to its colours: the rectangle's, its three label lines' and its
    /// value's, from `tilePositions`.
    struct TileGeometry {
        var rect: String
        var labels: [String]
        var value: String
    }

    /// A tile's height and width, and the gap between tiles.
    static let (tileSize, tileWidth, tileGap) = (100.0, 128.0, 4.0)

    static let tileGeometry: [String: TileGeometry] = tilePositions.mapValues { position in
        let x = Double(position.column) * (tileWidth + tileGap)
        let y = Double(position.row) * (tileSize + tileGap)
        func text(_ textY: Double) -> String { "<text x=\"\(NumberText.coordinate(x + 6))\" y=\"\(NumberText.coordinate(textY))\" fill=\"" }
        return TileGeometry(
            rect:
                "<rect x=\"\(NumberText.coordinate(x))\" y=\"\(NumberText.coordinate(y))\" width=\"\(NumberText.coordinate(tileWidth))\" height=\"\(NumberText.coordinate(tileSize))\" rx=\"6\" fill=\"",
            labels: (0..<3).map { text(y + 18 + Double($0) * 14) }, value: text(y + tileSize - 10))
    }

    /// Sequential blues, light to dark; the text on each tile switches colour to keep contrast.
    static let scale = ["#deebf7", "#9ecae1", "#6baed6", "#2171b5", "#08306b"]
    static let lightText = ["#08306b", "#08306b", "#08306b", "#ffffff", "#ffffff"]

    public static func tileMap(
        id: String, title: String, description: String, tiles: [Tile], noData: String,
        format: DisplayFormat, lines labelLines: LabelLines
    ) -> String {
        let (size, tileWidth, gap) = (tileSize, Self.tileWidth, tileGap)
        let values = tiles.compactMap(\.value)
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let step = (high - low) / Double(scale.count)
        func bucket(_ value: Double) -> Int {
            guard step > 0 else { return scale.count - 1 }
            return min(scale.count - 1, Int((value - low) / step))
        }
        var body = ""
        body.reserveCapacity(16_384)
        // Appended piece by piece, each tile's coordinates written once for all maps: a map
        // is drawn on every service page, and formatting and joining its numbers for every
        // tile took most of its time.
        for tile in tiles {
            guard let place = tileGeometry[tile.regionID] else { continue }
            let index = tile.value.map(bucket)
            let fill = index.map { scale[$0] } ?? "#ffffff"
            let ink = index.map { lightText[$0] } ?? "#1b1f24"
            body += "<g class=\"tile\" data-region=\""
            body += HTMLEscaper.escape(tile.regionID)
            body += "\""
            if let value = tile.value {
                body += " data-value=\""
                body += NumberText.data(value)
                body += "\""
            }
            body += ">"
            body += place.rect
            body += fill
            body += "\" stroke=\"#4a5360\" stroke-width=\"1\"/>"
            for (line, text) in labelLines.lines(tile.label, width: 17).prefix(3).enumerated() {
                body += place.labels[line]
                body += ink
                body += "\" class=\"tile-label\">"
                body += HTMLEscaper.escape(text)
                body += "</text>"
            }
            body += place.value
            body += ink
            body += "\" class=\"tile-value\">"
            body += HTMLEscaper.escape(tile.value == nil ? noData : tile.display)
            body += "</text></g>"
        }
        // Legend: the score range of each colour.
        let legendY = 5 * (size + gap) + 8
        for (index, colour) in scale.enumerated() {
            let from = low + Double(index) * step
            let to = index == scale.count - 1 ? high : low + Double(index + 1) * step
            let x = Double(index) * 150
            body += "<rect x=\"\(NumberText.coordinate(x))\" y=\"\(NumberText.coordinate(legendY))\" width=\"16\" height=\"16\" fill=\"\(colour)\" stroke=\"#4a5360\"/>"
            body += "<text x=\"\(NumberText.coordinate(x + 22))\" y=\"\(NumberText.coordinate(legendY + 13))\" class=\"legend\">\(format.score(from))–\(format.score(to))</text>"
        }
        return svg(id: id, title: title, description: description, width: 6 * (tileWidth + gap), height: legendY + 24, body: body)
    }

    // MARK: Drawing

    /// The chart in a `<figure>` whose visible caption is its title.
    static func svg(id: String, title: String, description: String, width: Double, height: Double, body: String) -> String {
        let safeID = HTMLEscaper.escape(id)
        return "<figure class=\"chart-figure\"><figcaption>\(HTMLEscaper.escape(title))</figcaption>"
            + "<svg class=\"chart\" id=\"\(safeID)\" viewBox=\"0 0 \(NumberText.coordinate(width)) \(NumberText.coordinate(height))\" width=\"\(NumberText.coordinate(width))\" height=\"\(NumberText.coordinate(height))\" role=\"img\" aria-labelledby=\"\(safeID)-title \(safeID)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(safeID)-title\">\(HTMLEscaper.escape(title))</title><desc id=\"\(safeID)-desc\">\(HTMLEscaper.escape(description))</desc>"
            + body + "</svg></figure>"
    }

    /// Splits a label into lines of about `width` characters, on spaces.
    static func wrapLines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        // A word longer than a line breaks after its hyphens («Северо-Казахстанская»); a piece
        // still longer than a line is cut into line-long pieces. Each piece goes with the
        // separator that joins it to the piece before.
        var pieces: [(separator: String, text: String)] = []
        for word in text.split(separator: " ") {
            let parts = word.count > width ? word.split(separator: "-", omittingEmptySubsequences: false) : [word]
            for (index, part) in parts.enumerated() {
                let text = String(part) + (index < parts.count - 1 ? "-" : "")
                let cuts =
                    text.count > width
                    ? stride(from: 0, to: text.count, by: width - 1).map { start -> String in
                        let from = text.index(text.startIndex, offsetBy: start)
                        let to = text.index(from, offsetBy: min(width - 1, text.distance(from: from, to: text.endIndex)))
                        return String(text[from..<to])
                    } : [text]
                for (cut, piece) in cuts.enumerated() {
                    pieces.append((index == 0 && cut == 0 ? " " : "", piece))
                }
            }
        }
        for piece in pieces {
            if !current.isEmpty, current.count + piece.separator.count + piece.text.count > width {
                lines.append(current)
                current = piece.text
            } else {
                current += (current.isEmpty ? "" : piece.separator) + piece.text
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}

/// Chart labels split into lines (`Charts.wrapLines`), each label once: the same criteria and
/// regions come back on every page. One per `ViewContext`, shared by its pages' views on all
/// cores, so it is locked.
public final class LabelLines: Sendable {
    private struct Key: Hashable {
        var text: String
        var width: Int
    }

    private let known = Mutex<[Key: [String]]>([:])

    public init() {}

    func lines(_ text: String, width: Int) -> [String] {
        let key = Key(text: text, width: width)
        if let found = known.withLock({ $0[key] }) { return found }
        let lines = Charts.wrapLines(text, width: width)
        known.withLock { known in
            // Labels come from a bounded set (criteria, regions, years); this only guards memory.
            if known.count > 10_000 { known.removeAll() }
            known[key] = lines
        }
        return lines
    }
}
