// libFuzzer target: bytes as a CSV file, through Sapa's loading (UTF-8 check, BOM, line ends,
// delimiter, quotes, cell positions, row limit). Any input must give a table or diagnostics,
// never a crash, and diagnostics must point inside the file.
import Foundation

@testable import SapaModel
@testable import SapaSource

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVLoading(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let file: TextFile
    switch TextFile.decode(data, displayPath: "fuzz.csv") {
    case .success(let decoded): file = decoded
    case .failure(let diagnostic):
        precondition(diagnostic.path == "fuzz.csv" && diagnostic.line >= 1 && diagnostic.column >= 1)
        return 0
    }
    let lineCount = file.text.split(separator: "\n", omittingEmptySubsequences: false).count
    switch CSVTableReader.read(file, maxRows: 50) {
    case .success(let table):
        precondition(!table.header.isEmpty)
        precondition(table.rows.count <= 50)
        for row in table.rows {
            precondition(row.line >= 1 && row.line <= lineCount)
            for cell in row.cells { precondition(cell.line >= row.line && cell.line <= lineCount && cell.column >= 1) }
        }
    case .failure(let list):
        precondition(!list.diagnostics.isEmpty)
        for diagnostic in list.diagnostics {
            precondition(diagnostic.line >= 1 && diagnostic.line <= lineCount + 1, "\(diagnostic) outside the file's \(lineCount) lines")
        }
    }
    return 0
}
