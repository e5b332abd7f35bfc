import SapaModel
import SapaMustache
import SapaSource

extension Charts {
    /// A point of a line: a year and its value, or nil for a year without a figure.
    public struct Point: Sendable {
        public var label: String
        public var value: Double?
        public var display: String
    }

    /// A line over the years on an axis from `minimum` to `maximum`. A year without a figure is
    /// a gap in the line (the points on either side are not joined) and says so under its
    /// label; every figure is printed beside its point.
    public static func line(
        id: String, title: String, description: String, points: [Point],
        minimum: Double, maximum: Double, noData: String
    ) -> String {
        // Margins leave room for the axis labels (left) and the year labels (below).
        let (left, right, top, plotHeight) = (44.0, 16.0, 16.0, 180.0)
        let height = top + plotHeight + 44
        let step = points.count > 1 ? (width - left - right) / Double(points.count - 1) : 0
        func x(_ index: Int) -> Double { points.count > 1 ? left + Double(index) * step : (left + width - right) / 2 }
        func y(_ value: Double) -> Double {
            let clamped = min(max(value, minimum), maximum)
            return top + plotHeight - (clamped - minimum) / (maximum - minimum) * plotHeight
        }
        var body = ""
        // The axis: its bounds and a middle line, labelled.
        // Whole numbers: 1, 3, 5 for the 5-point scale, 1, 5, 10 for the 10-point one.
        for value in [minimum, ((minimum + maximum) / 2).rounded(.down), maximum] {
            body +=
                "<line x1=\"\(NumberText.coordinate(left))\" x2=\"\(NumberText.coordinate(width - right))\" y1=\"\(NumberText.coordinate(y(value)))\" y2=\"\(NumberText.coordinate(y(value)))\" stroke=\"#c9ced6\" stroke-width=\"1\"/>"
            body += "<text x=\"\(NumberText.coordinate(left - 6))\" y=\"\(NumberText.coordinate(y(value) + 4))\" text-anchor=\"end\" class=\"label\">\(NumberText.coordinate(value))</text>"
        }
        // The line, in runs of consecutive years with figures.
        var run: [String] = []
        func closeRun() {
            if run.count > 1 { body += "<polyline fill=\"none\" stroke=\"\(palette[0])\" stroke-width=\"2\" points=\"\(run.joined(separator: " "))\"/>" }
            run = []
        }
        for (index, point) in points.enumerated() {
            if let value = point.value { run.append("\(NumberText.coordinate(x(index))),\(NumberText.coordinate(y(value)))") } else { closeRun() }
        }
        closeRun()
        for (index, point) in points.enumerated() {
            let px = x(index)
            body += "<text x=\"\(NumberText.coordinate(px))\" y=\"\(NumberText.coordinate(top + plotHeight + 18))\" text-anchor=\"middle\" class=\"label\">\(HTMLEscaper.escape(point.label))</text>"
            guard let value = point.value else {
                body += "<text x=\"\(NumberText.coordinate(px))\" y=\"\(NumberText.coordinate(top + plotHeight + 34))\" text-anchor=\"middle\" class=\"label\">\(HTMLEscaper.escape(noData))</text>"
                continue
            }
            body +=
                "<circle class=\"point\" cx=\"\(NumberText.coordinate(px))\" cy=\"\(NumberText.coordinate(y(value)))\" r=\"4\" fill=\"\(palette[0])\" data-label=\"\(HTMLEscaper.escape(point.label))\" data-value=\"\(NumberText.data(value))\"/>"
            body += "<text x=\"\(NumberText.coordinate(px))\" y=\"\(NumberText.coordinate(y(value) - 8))\" text-anchor=\"middle\" class=\"value\">\(HTMLEscaper.escape(point.display))</text>"
        }
        return svg(id: id, title: title, description: description, width: width, height: height, body: body)
    }
}
