import Foundation
import SapaModel

/// The bulk of an edition: its spreadsheets of service figures and its service texts. They
/// are parsed first, on all cores, the largest files first, so that the texts fill the cores
/// while the largest spreadsheet is parsed; parsing needs no registry, so the site's first
/// edition is parsed while the registries load (`ModelBuilder`). Then each spreadsheet's rows
/// are checked against the registries by a reader of its own, and merged in kind order.
package enum EditionFiles {
    /// The files as parsed, before any id in them is checked.
    package struct Parsed: Sendable {
        /// One a kind of `ServiceFigures.Kind.allCases`, in that order; nil where the file is not there.
        var sheets: [Result<CSVTable, DiagnosticList>?]
        var texts: [(url: URL, text: Result<ServiceText, DiagnosticList>)]
    }

    struct Read {
        /// One a kind of `ServiceFigures.Kind.allCases`, in that order; nil where the file is not there.
        var sheets: [Result<ServiceFiguresReader, DiagnosticList>?]
        var texts: [(url: URL, text: Result<ServiceText, DiagnosticList>)]
    }

    private enum Job: Sendable {
        case sheet(index: Int, url: URL)
        case texts(range: Range<Int>)
    }

    private enum Outcome {
        case sheet(Int, Result<CSVTable, DiagnosticList>)
        case texts(Range<Int>, [Result<ServiceText, DiagnosticList>])
    }

    /// Texts are read in groups of up to 64: a job per text would cost more in scheduling than
    /// a short text takes to read. A few dozen texts (the report's own chapters, long ones) are
    /// split finer, so that one core does not read them all while the others wait.
    static func textsPerJob(_ count: Int) -> Int {
        max(1, min(64, count / (4 * ProcessInfo.processInfo.activeProcessorCount)))
    }

    static func parse(_ edition: URL, folder: SiteFolder, limits: SiteConfig.Limits) -> Parsed {
        let figuresFolder = edition.appendingPathComponent("service-figures")
        let sheetURLs = ServiceFigures.Kind.allCases.map { figuresFolder.appendingPathComponent($0.fileName) }
        let textURLs = folder.files(in: edition.appendingPathComponent("services"), extensions: ["md"])
        let sizes = sheetURLs.map { (try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int) ?? nil }
        var jobs: [Job] = sheetURLs.indices.filter { sizes[$0] != nil }.sorted { (sizes[$0] ?? 0) > (sizes[$1] ?? 0) }.map {
            .sheet(index: $0, url: sheetURLs[$0])
        }
        let perJob = textsPerJob(textURLs.count)
        for start in stride(from: 0, to: textURLs.count, by: perJob) {
            jobs.append(.texts(range: start..<min(start + perJob, textURLs.count)))
        }
        let outcomes = Parallel.map(jobs) { job -> Outcome in
            switch job {
            case .sheet(let index, let url):
                let parsed = TextFile.read(url, displayPath: folder.displayPath(url), maxBytes: limits.maxFileBytes)
                    .mapError { DiagnosticList([$0]) }
                    .flatMap { CSVTableReader.read($0, maxRows: limits.maxTableRows) }
                return .sheet(index, parsed)
            case .texts(let range):
                return .texts(range, textURLs[range].map { ServiceText.read($0, folder: folder, maxBytes: limits.maxFileBytes) })
            }
        }
        var sheets = [Result<CSVTable, DiagnosticList>?](repeating: nil, count: sheetURLs.count)
        var texts: [Result<ServiceText, DiagnosticList>?] = Array(repeating: nil, count: textURLs.count)
        for outcome in outcomes {
            switch outcome {
            case .sheet(let index, let table): sheets[index] = table
            case .texts(let range, let read): for (offset, text) in read.enumerated() { texts[range.lowerBound + offset] = text }
            }
        }
        return Parsed(sheets: sheets, texts: zip(textURLs, texts).map { ($0, $1!) })
    }

    /// Each parsed spreadsheet's rows checked and gathered by service, the spreadsheets on all cores.
    static func check(_ parsed: Parsed, references: ReferenceIndex, year: Int) -> Read {
        let present = parsed.sheets.indices.filter { parsed.sheets[$0] != nil }
        let checked = Parallel.map(present) { index in
            parsed.sheets[index]!.map { ServiceFiguresReader.reading($0, as: ServiceFigures.Kind.allCases[index], references: references, year: year) }
        }
        var sheets = [Result<ServiceFiguresReader, DiagnosticList>?](repeating: nil, count: parsed.sheets.count)
        for (index, result) in zip(present, checked) { sheets[index] = result }
        return Read(sheets: sheets, texts: parsed.texts)
    }
}
