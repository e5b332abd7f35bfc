// libFuzzer target: bytes as a Markdown file with front matter, and as the YAML files of a
// site, through Sapa's decoding (UTF-8, the `---` block, Yams, the typed front matter of a
// service chapter and of a page, site.yml, tables.yml). Any input must give a value or a
// diagnostic placed inside the file, never a crash and never a hang (aliases).
import Foundation

@testable import SapaModel
@testable import SapaSource

func checkPlacement(_ diagnostic: Diagnostic, lines: Int) {
    precondition(diagnostic.path == "fuzz.md" && diagnostic.line >= 1 && diagnostic.column >= 1)
    precondition(diagnostic.line <= lines + 1, "\(diagnostic) is outside the file's \(lines) lines")
    precondition(!diagnostic.message.isEmpty)
}

func decodeEveryWay(_ yaml: String, firstLine: Int, lines: Int) {
    func check<T>(_ result: Result<T, Diagnostic>) { if case .failure(let diagnostic) = result { checkPlacement(diagnostic, lines: lines) } }
    check(YAMLDocument.decode(ServiceTextHeader.self, from: yaml, path: "fuzz.md", firstLine: firstLine))
    check(YAMLDocument.decode(PageFrontMatter.self, from: yaml, path: "fuzz.md", firstLine: firstLine))
    check(YAMLDocument.decode(SiteConfig.self, from: yaml, path: "fuzz.md", firstLine: firstLine))
    check(YAMLDocument.decode([TableDescriptor].self, from: yaml, path: "fuzz.md", firstLine: firstLine))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let file: TextFile
    switch TextFile.decode(Data(bytes: start, count: count), displayPath: "fuzz.md") {
    case .success(let decoded): file = decoded
    case .failure: return 0
    }
    // As YAML counts them: it also breaks lines at NEL, LS and PS, which editors mostly do not.
    let lines = file.text.unicodeScalars.filter { ["\n", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) }.count + 1
    switch MarkdownDocument.split(file) {
    case .success(let document):
        precondition(document.bodyLine > document.frontMatterLine)
        decodeEveryWay(document.frontMatter, firstLine: document.frontMatterLine, lines: lines)
    case .failure(let diagnostic):
        checkPlacement(diagnostic, lines: lines)
        decodeEveryWay(file.text, firstLine: 1, lines: lines)
    }
    return 0
}
