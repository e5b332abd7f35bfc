import Dispatch
import Foundation
import SapaModel
import SapaSite
import Synchronization

/// The loop that makes the files of a site on all cores: each job is viewed, rendered and
/// handed to the sink as soon as it is made, so that neither the views nor the pages of a
/// large site are all held in memory. The whole build and the preview's partial rebuilds
/// both run it.
enum PageLoop {
    enum Job {
        case page(@Sendable () -> RenderedPageSpec?)
        case file(@Sendable () -> OutputFile)
        /// Several files made together (a language's search index).
        case files(@Sendable () -> [OutputFile])
    }

    /// What one job made.
    struct Made {
        var page: Routes.Page?
        var path: String
        var template: String
        var size: Int
        var failure: DiagnosticList?
        var time = ProcessorTime()
        /// The other files of a job that made several.
        var more: [String] = []
    }

    /// Runs `jobs`, handing each file to `sink` (called from several threads). The first
    /// error `sink` throws stops the work and is returned; a page whose template fails is
    /// recorded in its `Made`. The array is in job order; nil where a job made nothing.
    static func run(_ jobs: [Job], templates: TemplateSet, into sink: @escaping @Sendable (OutputFile) throws -> Void) -> Result<[Made?], DiagnosticList> {
        var made = [Made?](repeating: nil, count: jobs.count)
        let writeError = WriteError()
        made.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
                guard !writeError.isSet else { return }
                slots[index] = run(jobs[index], templates: templates, sink: sink, writeError: writeError)
            }
        }
        if let error = writeError.error { return .failure(diagnostics(for: error)) }
        return .success(made)
    }

    private static func run(_ job: Job, templates: TemplateSet, sink: @Sendable (OutputFile) throws -> Void, writeError: WriteError) -> Made? {
        var time = ProcessorTime()
        var clock = ProcessorTime.now()
        func lap(_ part: WritableKeyPath<ProcessorTime, UInt64>) {
            let now = ProcessorTime.now()
            time[keyPath: part] += now - clock
            clock = now
        }
        func hand(_ file: OutputFile) {
            do { try sink(file) } catch { writeError.set(error) }
        }
        let spec: RenderedPageSpec
        switch job {
        case .file(let make):
            let file = make()
            lap(\.downloads)
            hand(file)
            lap(\.writing)
            return Made(page: nil, path: file.path, template: "", size: file.bytes.count, time: time)
        case .files(let make):
            let files = make()
            lap(\.downloads)
            files.forEach(hand)
            lap(\.writing)
            return Made(
                page: nil, path: files.first?.path ?? "", template: "", size: files.reduce(0) { $0 + $1.bytes.count },
                time: time, more: files.dropFirst().map(\.path))
        case .page(let make):
            guard let made = make() else { return nil }
            spec = made
        }
        lap(\.views)
        let rendered = templates.renderBytes(spec.template, spec.object, language: spec.language)
        lap(\.templates)
        switch rendered {
        case .success(let html):
            hand(OutputFile(path: spec.outputPath, bytes: html))
            lap(\.writing)
            return Made(page: spec.page, path: spec.outputPath, template: spec.template, size: html.count, time: time)
        case .failure(let list):
            return Made(page: spec.page, path: spec.outputPath, template: spec.template, size: 0, failure: list, time: time)
        }
    }

    /// The errors of the failed pages: one report per template, the first page in job order,
    /// not one per page that uses it.
    static func failures(_ made: [Made?]) -> [Diagnostic] {
        var seenTemplates: Set<String> = []
        var problems: [Diagnostic] = []
        for case let item? in made {
            if let failure = item.failure, seenTemplates.insert(item.template).inserted { problems += failure.diagnostics }
        }
        return problems
    }

    static func diagnostics(for error: any Error) -> DiagnosticList {
        if let list = error as? DiagnosticList { return list }
        return DiagnosticList([Diagnostic(path: "Output", ToolMessage(BuildMessage.cannotWrite, ["detail": error.localizedDescription]))])
    }

    /// The first error a write threw, from whichever thread.
    final class WriteError: Sendable {
        private let first = Mutex<(any Error)?>(nil)
        var error: (any Error)? { first.withLock { $0 } }
        var isSet: Bool { first.withLock { $0 != nil } }
        func set(_ error: any Error) { first.withLock { if $0 == nil { $0 = error } } }
    }

    /// Files handed over from several threads, kept in memory.
    final class Collected: Sendable {
        private let collected = Mutex<[OutputFile]>([])
        func append(_ file: OutputFile) { collected.withLock { $0.append(file) } }
        var files: [OutputFile] { collected.withLock { $0 } }
    }
}
