/// Turns a template's pieces into nodes in three passes: which tag closes which; which lines
/// are standalone (a line holding only a section, comment, partial, parent or block tag and
/// whitespace disappears from the output, as the specification asks); then the node tree,
/// with blocks' own indentation taken off their lines and the places where lines start.
struct TemplateParser {
    typealias Piece = TemplateLexer.Piece

    private enum Placement {
        case standalone(Range<Int>?)
        case hanging(Range<Int>?)
    }

    let template: String
    let bytes: [UInt8]
    let pieces: [Piece]
    private var partner: [Int]
    private var enclosing: [Int]
    private var removed: [Bool]
    private var lineStartBefore: [Bool]
    private var firstOfLine: [Bool]
    private var placements: [Int: Placement] = [:]
    private var contentAtLineStart: Set<Int> = []

    static func parse(_ text: String, template: String) throws(TemplateError) -> [TemplateNode] {
        let bytes = Array(text.utf8)
        var parser = TemplateParser(template: template, bytes: bytes, pieces: try TemplateLexer.pieces(of: bytes, template: template))
        try parser.matchSections()
        parser.markLines()
        return try parser.build(0..<parser.pieces.count, dedent: [])
    }

    private init(template: String, bytes: [UInt8], pieces: [Piece]) {
        self.template = template
        self.bytes = bytes
        self.pieces = pieces
        partner = Array(repeating: -1, count: pieces.count)
        enclosing = Array(repeating: -1, count: pieces.count)
        removed = Array(repeating: false, count: pieces.count)
        lineStartBefore = Array(repeating: false, count: pieces.count)
        firstOfLine = Array(repeating: false, count: pieces.count)
    }

    private func tag(_ index: Int) -> TemplateLexer.Tag? {
        if case .tag(let tag) = pieces[index] { return tag }
        return nil
    }

    private func error(_ tag: TemplateLexer.Tag, _ problem: TemplateProblem) -> TemplateError {
        TemplateError(template: template, line: tag.site.line, column: tag.site.column, problem)
    }

    // MARK: Which tag closes which

    private mutating func matchSections() throws(TemplateError) {
        var open: [Int] = []
        for index in pieces.indices {
            enclosing[index] = open.last ?? -1
            guard let tag = tag(index) else { continue }
            switch tag.kind {
            case .section, .inverted, .parent, .block:
                open.append(index)
            case .close:
                guard let opening = open.popLast(), let opener = self.tag(opening) else {
                    throw error(tag, .strayClose(name: tag.name))
                }
                guard opener.name == tag.name else {
                    // Closing a section further out means this one was left open.
                    if open.contains(where: { self.tag($0)?.name == tag.name }) {
                        throw error(opener, .leftOpen(name: opener.name, closing: tag.name, line: tag.site.line, column: tag.site.column))
                    }
                    throw error(tag, .wrongClose(closing: tag.name, opened: opener.name, line: opener.site.line, column: opener.site.column))
                }
                partner[opening] = index
                partner[index] = opening
                enclosing[index] = open.last ?? -1
            default:
                break
            }
        }
        if let opening = open.last, let opener = tag(opening) {
            throw error(opener, .neverClosed(name: opener.name))
        }
    }

    // MARK: Standalone lines

    private func isBlank(_ index: Int) -> Bool {
        guard case .text(let range) = pieces[index] else { return false }
        return bytes[range].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private func isParentClose(_ index: Int) -> Bool {
        guard let tag = tag(index), tag.kind == .close, let opener = self.tag(partner[index]) else { return false }
        return opener.kind == .parent
    }

    private func blankRange(before index: Int, lineStart: Int) -> Range<Int>? {
        guard index > lineStart, case .text(let range) = pieces[index - 1], isBlank(index - 1) else { return nil }
        return range
    }

    private mutating func remove(_ indices: Range<Int>, newline: Int?) {
        for index in indices where isBlank(index) { removed[index] = true }
        if let newline { removed[newline] = true }
    }

    private mutating func markLines() {
        var start = 0
        for index in pieces.indices {
            guard case .newline = pieces[index] else { continue }
            markLine(start..<index, newline: index)
            start = index + 1
        }
        markLine(start..<pieces.count, newline: nil)
    }

    private mutating func markLine(_ line: Range<Int>, newline: Int?) {
        guard !line.isEmpty || newline != nil else { return }
        if let first = line.first { firstOfLine[first] = true } else if let newline { firstOfLine[newline] = true }
        let tags = line.filter { tag($0) != nil }
        let onlyTagsAndBlanks = line.allSatisfy { tag($0) != nil || isBlank($0) }
        var lineGone = false
        if onlyTagsAndBlanks, tags.count == 1, let only = tag(tags[0]), only.kind.canStandAlone {
            remove(line, newline: newline)
            placements[tags[0]] = .standalone(blankRange(before: tags[0], lineStart: line.lowerBound))
            if only.kind == .block { contentAtLineStart.insert(tags[0]) }
            lineGone = true
        } else {
            for index in tags {
                let rightClean = (index + 1..<line.upperBound).allSatisfy(isBlank)
                let leftClean = (line.lowerBound..<index).allSatisfy(isBlank)
                let kind = tag(index)!.kind
                if isParentClose(index), rightClean {
                    // A parent's body is not output, so only what stands before the parent
                    // counts: `  {{<parent}}{{/parent}}` is as standalone as a partial.
                    let opening = partner[index]
                    guard (line.lowerBound..<index).allSatisfy({ isBlank($0) || $0 >= opening }) else { continue }
                    remove(index + 1..<line.upperBound, newline: newline)
                    if line.contains(opening), (line.lowerBound..<opening).allSatisfy(isBlank) {
                        remove(line.lowerBound..<opening, newline: nil)
                        placements[opening] = .standalone(blankRange(before: opening, lineStart: line.lowerBound))
                        lineGone = true
                    }
                } else if kind == .block, enclosing[index] >= 0, tag(enclosing[index])?.kind == .parent {
                    // A block given to a parent starts on the next line when nothing follows
                    // its tag.
                    if rightClean {
                        remove(index + 1..<line.upperBound, newline: newline)
                        contentAtLineStart.insert(index)
                    }
                } else if kind == .block, leftClean {
                    placements[index] = .hanging(blankRange(before: index, lineStart: line.lowerBound))
                }
            }
        }
        guard !lineGone else { return }
        let kept = line.first { !removed[$0] } ?? newline.flatMap { removed[$0] ? nil : $0 }
        if let kept { lineStartBefore[kept] = true }
    }

    // MARK: The tree

    private func stripped(_ slice: ArraySlice<UInt8>, _ dedent: [UInt8]) -> ArraySlice<UInt8> {
        var count = 0
        while count < dedent.count, count < slice.count, slice[slice.startIndex + count] == dedent[count] { count += 1 }
        return slice.dropFirst(count)
    }

    private func indentation(_ index: Int, dedent: [UInt8], intrinsic: [UInt8] = []) -> Indentation {
        switch placements[index] {
        case .standalone(let blank)?: .standalone(Array(stripped(blank.map { bytes[$0] } ?? [], dedent)) + intrinsic)
        case .hanging(let blank)?: .hanging(Array(stripped(blank.map { bytes[$0] } ?? [], dedent)))
        case nil: .none
        }
    }

    /// A block's content, with the indentation of its first line taken off every line when the
    /// content starts on a line of its own (`{{$name}}` alone on its line): that indentation
    /// belongs to where the block is defined, not to what it says.
    private func blockContent(_ index: Int, dedent: [UInt8]) throws(TemplateError) -> (nodes: [TemplateNode], own: [UInt8]) {
        let content = index + 1..<partner[index]
        var own: [UInt8] = []
        if contentAtLineStart.contains(index), let first = content.first(where: { firstOfLine[$0] && !removed[$0] }),
            case .text(let range) = pieces[first]
        {
            own = Array(stripped(bytes[range], dedent).prefix { $0 == 0x20 || $0 == 0x09 })
        }
        return (try build(content, dedent: dedent + own), own)
    }

    private func build(_ range: Range<Int>, dedent: [UInt8]) throws(TemplateError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var run = TextRun(bytes: [], lineStarts: [])
        func flush() {
            guard !run.bytes.isEmpty || !run.lineStarts.isEmpty else { return }
            nodes.append(.text(run))
            run = TextRun(bytes: [], lineStarts: [])
        }
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            if removed[index] { continue }
            if lineStartBefore[index] { run.lineStarts.append(run.bytes.count) }
            switch pieces[index] {
            case .text(let text):
                run.bytes += firstOfLine[index] ? stripped(bytes[text], dedent) : bytes[text]
            case .newline(let text):
                run.bytes += bytes[text]
            case .tag(let tag):
                switch tag.kind {
                case .comment, .delimiters, .close:
                    break
                case .variable, .unescaped:
                    flush()
                    nodes.append(.value(try TemplateName(tag.name, site: tag.site), escaped: tag.kind == .variable))
                case .section, .inverted:
                    flush()
                    let name = try TemplateName(tag.name, site: tag.site)
                    let children = try build(index + 1..<partner[index], dedent: dedent)
                    nodes.append(tag.kind == .section ? .section(name, children) : .inverted(name, children))
                    index = partner[index]
                case .partial:
                    flush()
                    nodes.append(.partial(TemplateCall(name: tag.name, site: tag.site, indentation: indentation(index, dedent: dedent))))
                case .parent:
                    flush()
                    let call = TemplateCall(name: tag.name, site: tag.site, indentation: indentation(index, dedent: dedent))
                    nodes.append(.parent(call, blocks: try arguments(of: index, dedent: dedent)))
                    index = partner[index]
                case .block:
                    flush()
                    let (content, own) = try blockContent(index, dedent: dedent)
                    nodes.append(.block(tag.name, defaultContent: content, indentation(index, dedent: dedent, intrinsic: own)))
                    index = partner[index]
                }
            }
        }
        flush()
        return nodes
    }

    /// The blocks given to a parent; anything else in its body is not output.
    private func arguments(of parent: Int, dedent: [UInt8]) throws(TemplateError) -> [String: [TemplateNode]] {
        var blocks: [String: [TemplateNode]] = [:]
        var index = parent + 1
        while index < partner[parent] {
            defer { index += 1 }
            guard let tag = tag(index) else { continue }
            switch tag.kind {
            case .block:
                blocks[tag.name] = try blockContent(index, dedent: dedent).nodes
                index = partner[index]
            case .comment, .delimiters:
                break
            default:
                throw error(tag, .outsideBlock(parent: self.tag(parent)?.name ?? ""))
            }
        }
        return blocks
    }
}
