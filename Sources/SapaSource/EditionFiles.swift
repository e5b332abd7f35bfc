import Foundation
import SapaModel

/// The bulk of an edition, read, parsed and checked on all cores at once: its spreadsheets of
/// service figures (each checked by a reader of its own, merged afterwards in kind order) and
/// its service texts. They are one batch, the largest
/// files first, so that the texts fill the cores while the largest spreadsheet is parsed
/// (two batches one after the other left a core idle for most of the first).
enum EditionFiles {
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
        case sheet(Int, Result<ServiceFiguresReader, DiagnosticList>?)
        case texts(Range<Int>, [Result<ServiceText, DiagnosticList>])
    }

    /// Texts are read in groups of up to 64: a job per text would cost more in scheduling than
    /// a short text takes to read. A few dozen texts (the report's own chapters, long ones) are
    /// split finer, so that one core does not read them all while the others wait.
    static func textsPerJob(_ count: Int) -> Int {
        max(1, min(64, count / (4 * ProcessInfo.processInfo.activeProcessorCount)))
    }

    static func read(_ edition: URL, folder: SiteFolder, limits: SiteConfig.Limits, references: ReferenceIndex, year: Int) -> Read {
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
                let checked = TextFile.read(url, displayPath: folder.displayPath(url), maxBytes: limits.maxFileBytes)
                    .mapError { DiagnosticList([$0]) }
                    .flatMap { CSVTableReader.read($0, maxRows: limits.maxTableRows) }
                    .map { ServiceFiguresReader.reading($0, as: ServiceFigures.Kind.allCases[index], references: references, year: year) }
                return .sheet(index, checked)
            case .texts(let range):
                return .texts(range, textURLs[range].map { ServiceText.read($0, folder: folder, maxBytes: limits.maxFileBytes) })
            }
        }
        var sheets = [Result<ServiceFiguresReader, DiagnosticList>?](repeating: nil, count: sheetURLs.count)
        var texts: [Result<ServiceText, DiagnosticList>?] = Array(repeating: nil, count: textURLs.count)
        for outcome in outcomes {
            switch outcome {
            case .sheet(let index, let table): sheets[index] = table
            case .texts(let range, let read): for (offset, text) in read.enumerated() { texts[range.lowerBound + offset] = text }
            }
        }
        return Read(sheets: sheets, texts: zip(textURLs, texts).map { ($0, $1!) })
    }
}
