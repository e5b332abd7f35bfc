import Foundation
import SapaMustache
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// Every kind of place a publisher's text reaches the site. The hostile site below puts one
/// value into all of them at once.
enum DataField: String, CaseIterable, Sendable {
    case siteTitle, siteDescription, sitePublisher, baseURL
    case regionName, regionFormerName, bodyName, bodyAbbreviation, serviceName, serviceCode
    case tableTitle, tableSource, tableNote, columnLabel, tableTextCell
    case chapterName, responsibleBody, standardText, standardURL, form, recipients, cost
    case criteriaSource, channelID, channelLabel, criterionLabel
    case callCentreName, callCentreSource, callCentreParameter, providersSource, providerName
    case recommendationAddressee, recommendationItem, dataNote, findings
    case pageTitle, pageDescription, pageBody, homeIntro
    case contestNote, contestName, contestPosition, contestOrganisation, contestAddress, contestPhotoAlt, contestText
    case contestRulesTitle, contestRulesBody

    /// Markdown: cmark reshapes the text (emphasis, smart quotes, dropped raw HTML), so only
    /// the field's marker is looked for.
    var isMarkdown: Bool { [.findings, .pageBody, .homeIntro, .recommendationItem, .contestRulesBody].contains(self) }

    /// Fields the pages do not show (they are read, checked, and must not break anything):
    /// the chapter's own name (pages use services.csv's), a channel's id (a key, not a text),
    /// and the base URL, which only shapes links.
    var isShownOnPages: Bool { ![.chapterName, .channelID, .baseURL].contains(self) }

    /// A tag that makes the field's value findable in the output.
    var marker: String { "⟦\(rawValue)⟧" }
}

/// A complete site whose every text field holds `value(field)`; ids and figures are plain.
struct HostileSite {
    /// The text every field gets; each field adds its marker.
    let text: String

    /// In Markdown the marker has a paragraph of its own: a line that starts with a tag is an
    /// HTML block, which cmark drops whole.
    /// A recommendation is one `- ` line of a text: its marker goes first, where no HTML
    /// the payload opens can swallow it.
    func value(_ field: DataField) -> String {
        if field == .recommendationItem { return "\(field.marker) \(text)" }
        return field.isMarkdown ? "\(text)\n\n\(field.marker)" : "\(text) \(field.marker)"
    }

    /// The value as written into the field: payload and marker; a former name cannot hold the
    /// `|` that separates former names, and a standard's link must be an http(s) address.
    func written(_ field: DataField) -> String {
        let text = value(field)
        switch field {
        case .regionFormerName: return text.replacingOccurrences(of: "|", with: "¦")
        case .standardURL: return "https://example.kz/standard?q=" + text
        case .baseURL: return "https://example.kz/sapa-" + text + "/"
        default: return text
        }
    }

    /// A quoted CSV value. Quotes are doubled scalar by scalar: as `Character`s, `"` followed by
    /// U+0301 is not `"`, and the value would end early.
    static func csv(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { output += "\"\"" } else { output.unicodeScalars.append(scalar) }
        }
        return output + "\""
    }

    /// A YAML double-quoted scalar: every value goes in exactly as it is.
    static func yaml(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" {
                    output += String(format: "\\u%04X", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    func write(into site: TemporarySite) throws {
        let manager = FileManager.default
        try? manager.removeItem(at: site.root.appendingPathComponent("Content"))
        func c(_ field: DataField) -> String { Self.csv(written(field)) }
        func y(_ field: DataField) -> String { Self.yaml(written(field)) }
        let baseURL = written(.baseURL)
        try site.write(
            "Content/site.yml",
            """
            title_kk: \(y(.siteTitle))
            title_ru: \(y(.siteTitle))
            title_en: \(y(.siteTitle))
            description_kk: \(y(.siteDescription))
            description_ru: \(y(.siteDescription))
            publisher_kk: \(y(.sitePublisher))
            publisher_ru: \(y(.sitePublisher))
            languages: [kk, ru, en]
            \(WebAddress.isUsableBase(baseURL) ? "base_url: \(Self.yaml(baseURL))" : "")

            """)
        try site.write(
            "Content/data/regions.csv",
            """
            id,name_kk,name_ru,name_en,kind,since,until,previous_names_kk,previous_names_ru
            akmola,\(c(.regionName)),\(c(.regionName)),\(c(.regionName)),oblast,,,,
            astana,Астана қ.,г. Астана,Astana,city,,,\(Self.csv("2019-2022:" + written(.regionFormerName))),\(Self.csv("2019-2022:" + written(.regionFormerName)))

            """)
        try site.write(
            "Content/data/bodies.csv",
            """
            id,abbr_kk,abbr_ru,name_kk,name_ru,name_en,kind
            mfa,\(c(.bodyAbbreviation)),\(c(.bodyAbbreviation)),\(c(.bodyName)),\(c(.bodyName)),\(c(.bodyName)),central
            local-executive-bodies,ЖАО,МИО,Жергілікті атқарушы органдар,Местные исполнительные органы,Local executive bodies,local

            """)
        try site.write(
            "Content/data/services.csv",
            """
            id,code,body,name_kk,name_ru,name_en
            consular-registration,\(c(.serviceCode)),mfa,\(c(.serviceName)),\(c(.serviceName)),\(c(.serviceName))
            free-medicines,,local-executive-bodies,Дәрілік заттарды беру,,Free medicines

            """)
        try site.write(
            "Content/2020/edition.yml",
            """
            year: 2020
            draft: false
            title_kk: 2020 жылғы есеп

            """)
        try site.write(
            "Content/2020/services.csv",
            """
            service,chapter,studied
            consular-registration,16,quantitative
            free-medicines,40,quantitative

            """)
        try site.write(
            "Content/2020/tables.yml",
            """
            - id: services-ranking
              file: services-ranking.csv
              kind: services-ranking
              title_kk: \(y(.tableTitle))
              title_ru: \(y(.tableTitle))
              source_kk: \(y(.tableSource))
              source_ru: \(y(.tableSource))
              note_kk: \(y(.tableNote))
              columns:
                - {id: rank, type: rank}
                - {id: body, type: body}
                - {id: service, type: service}
                - {id: score, type: score, label_kk: \(y(.columnLabel)), label_ru: \(y(.columnLabel))}
                - {id: satisfaction, type: percent}
            - id: remarks
              file: remarks.csv
              kind: other
              title_kk: Ескертпелер
              source_kk: 2020 жылғы есеп
              columns:
                - {id: service, type: service}
                - {id: remark, type: text}
            - id: regions-ranking
              file: regions-ranking.csv
              kind: regions-ranking
              title_kk: Өңірлер рейтингі
              source_kk: 2020 жылғы есеп, 12-кесте
              columns:
                - {id: rank, type: rank}
                - {id: region, type: region}
                - {id: score, type: score}
            - id: dynamics
              file: dynamics.csv
              kind: dynamics
              title_kk: Динамика
              source_kk: 2020 жылғы есеп, 6-кесте
              columns:
                - {id: year, type: year}
                - {id: scale, type: scale}
                - {id: score, type: score}
                - {id: satisfaction, type: percent}
                - {id: respondents, type: integer}
                - {id: services, type: integer}

            """)
        try site.write(
            "Content/2020/services-ranking.csv",
            """
            rank;body;service;score;satisfaction
            1;mfa;consular-registration;4,86;88,0
            2;local-executive-bodies;free-medicines;4,7;85,0

            """)
        try site.write(
            "Content/2020/remarks.csv",
            """
            service,remark_kk,remark_ru
            consular-registration,\(c(.tableTextCell)),\(c(.tableTextCell))

            """)
        try site.write("Content/2020/regions-ranking.csv", "rank,region,score\n1,akmola,4.8\n2,astana,4.7\n")
        try site.write("Content/2020/dynamics.csv", "year,scale,score,satisfaction,respondents,services\n2020,5,4.58,75.1,9181,70\n")
        try site.write(
            "Content/2020/data-notes.csv",
            """
            table,row,note_kk,note_ru
            service-figures/indicators,consular-registration,\(c(.dataNote)),

            """)
        try site.write(
            "Content/2020/service-figures/indicators.csv",
            """
            service,respondents,score,satisfaction,rank
            consular-registration,80,4.86,88.0,1
            free-medicines,50,4.70,85.0,2

            """)
        try site.write(
            "Content/2020/service-figures/criteria.csv",
            """
            service,channel,channel_label_kk,channel_label_ru,criterion,label_kk,label_ru,score,satisfaction,total,source_kk,source_ru
            consular-registration,\(c(.channelID)),\(c(.channelLabel)),,staff,\(c(.criterionLabel)),,4.9,90.1,,\(c(.criteriaSource)),
            consular-registration,\(c(.channelID)),\(c(.channelLabel)),,,,,4.86,88.0,yes,\(c(.criteriaSource)),

            """)
        try site.write(
            "Content/2020/service-figures/call-centres.csv",
            """
            service,centre,parameter_kk,parameter_ru,score,satisfaction,total,source_kk,source_ru
            consular-registration,\(c(.callCentreName)),\(c(.callCentreParameter)),,3.55,31.4,,\(c(.callCentreSource)),
            consular-registration,\(c(.callCentreName)),,,4.00,46.2,yes,\(c(.callCentreSource)),

            """)
        try site.write(
            "Content/2020/service-figures/providers.csv",
            """
            service,provider_kk,provider_ru,region,score,satisfaction,respondents,source_kk,source_ru
            consular-registration,\(c(.providerName)),,akmola,4.71,80.1,,\(c(.providersSource)),

            """)
        try site.write(
            "Content/2020/service-figures/regions.csv",
            """
            service,region,label_kk,label_ru,rank,score,satisfaction,respondents,score_label_kk,score_label_ru,source_kk,source_ru
            consular-registration,akmola,,,,4.71,80.1,12,,,18-кесте,

            """)
        try site.write(
            "Content/2020/services/consular-registration.md",
            """
            ---
            name_kk: \(y(.chapterName))
            responsible_body_kk: \(y(.responsibleBody))
            standard: {text_kk: \(y(.standardText)), url: \(y(.standardURL))}
            form_kk: \(y(.form))
            recipients_kk: \(y(.recipients))
            cost_kk: \(y(.cost))
            ---
            \(written(.findings))

            ## Ұсынымдар

            ### \(written(.recommendationAddressee))

            - \(written(.recommendationItem))

            """)
        try site.write(
            "Content/2020/services/free-medicines.md",
            """
            ---
            name_kk: Дәрілік заттарды беру
            ---
            Тегін дәрі.

            """)
        try site.write(
            "Content/pages/methodology.kk.md",
            """
            ---
            title: \(y(.pageTitle))
            description: \(y(.pageDescription))
            ---
            \(written(.pageBody))

            """)
        try site.write(
            "Content/contest/2025/contest.yml",
            """
            sample: true
            note_kk: \(y(.contestNote))
            note_ru: \(y(.contestNote))

            """)
        try site.write(
            "Content/contest/2025/winners.csv",
            """
            stage,region,nomination,place,name_kk,name_ru,position_kk,organisation_kk,address_kk,photo,photo_alt_kk,text_kk,consent,status
            regional,akmola,client-oriented,1,\(c(.contestName)),\(c(.contestName)),\(c(.contestPosition)),\(c(.contestOrganisation)),,contest/akmola-1.jpg,\(c(.contestPhotoAlt)),\(c(.contestText)),yes,
            regional,akmola,service-oriented,1,Қатысушы 2,Участник 2,,,\(c(.contestAddress)),,,,,
            republican,akmola,client-oriented,1,,,,,,,,,,
            regional,akmola,client-oriented,2,,,,,,,,,,not-held
            regional,akmola,client-oriented,3,,,,,,,,,,not-held
            regional,akmola,service-oriented,2,,,,,,,,,,not-held
            regional,akmola,service-oriented,3,,,,,,,,,,not-held
            regional,astana,client-oriented,1,,,,,,,,,,not-held
            regional,astana,client-oriented,2,,,,,,,,,,not-held
            regional,astana,client-oriented,3,,,,,,,,,,not-held
            regional,astana,service-oriented,1,,,,,,,,,,not-held
            regional,astana,service-oriented,2,,,,,,,,,,not-held
            regional,astana,service-oriented,3,,,,,,,,,,not-held

            """)
        let photo = site.root.appendingPathComponent("Content/static/contest/akmola-1.jpg")
        try manager.createDirectory(at: photo.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0xFF, 0xD8, 0xFF, 0xD9]).write(to: photo)
        try site.write(
            "Content/contest/rules.kk.md",
            """
            ---
            title: \(y(.contestRulesTitle))
            ---
            \(written(.contestRulesBody))

            """)
        try site.write(
            "Content/pages/home.kk.md",
            """
            ---
            title: Басты бет
            ---
            \(written(.homeIntro))

            """)
    }
}

/// What the output may contain, learnt from the same site built with harmless texts: the
/// tags and attributes Sapa's own templates and cmark write.
struct MarkupAllowance: Sendable {
    var tags: Set<String>
    var attributes: Set<String>

    static let harmless: MarkupAllowance = {
        let site = HostileSite(text: "Безопасный мәтін")
        guard let output = try? XSSTests.build(site, keepAs: "harmless") else { return MarkupAllowance(tags: [], attributes: []) }
        var tags: Set<String> = []
        var attributes: Set<String> = []
        for (path, data) in output where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            for tag in HTMLScan.scan(String(decoding: data, as: UTF8.self)).tags {
                tags.insert(tag.name)
                attributes.formUnion(tag.attributes.map(\.name))
            }
        }
        // What cmark writes for Markdown a publisher may use (emphasis, links, images, lists).
        tags.formUnion([
            "p", "em", "strong", "code", "a", "img", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "hr", "br", "del",
        ])
        attributes.formUnion(["href", "src", "alt", "title"])
        return MarkupAllowance(tags: tags, attributes: attributes)
    }()
}

/// A small HTML tokenizer, as a browser reads tags: enough to see every tag, every attribute
/// and every `<` that does not start one.
enum HTMLScan {
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        var closing: Bool
        var line: Int
        /// The text of a raw text element (`<script>`, `<style>`, `<title>`, `<textarea>`).
        var text: String?
        func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    struct Result {
        var tags: [Tag] = []
        /// Lines where a `<` stands in text without starting a tag: escaped data never leaves one.
        var strayLessThan: [Int] = []
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { [" ", "\n", "\t", "\r", "\u{0C}"].contains(scalar) }

    static func scan(_ html: String) -> Result {
        let s = Array(html.unicodeScalars)
        var result = Result()
        var i = 0
        var line = 1
        func starts(_ text: String, at index: Int) -> Bool {
            let pattern = Array(text.unicodeScalars)
            guard index + pattern.count <= s.count else { return false }
            for (offset, scalar) in pattern.enumerated() where String(s[index + offset]).lowercased() != String(scalar) { return false }
            return true
        }
        while i < s.count {
            if s[i] == "\n" { line += 1 }
            guard s[i] == "<" else {
                i += 1
                continue
            }
            let next = i + 1 < s.count ? s[i + 1] : " "
            if starts("<!--", at: i) {
                var j = i + 4
                while j < s.count, !starts("-->", at: j) {
                    if s[j] == "\n" { line += 1 }
                    j += 1
                }
                i = j + 3
                continue
            }
            if next == "!" || next == "?" {
                var j = i
                while j < s.count, s[j] != ">" { j += 1 }
                i = j + 1
                continue
            }
            let closing = next == "/"
            var j = closing ? i + 2 : i + 1
            guard j < s.count, isLetter(s[j]) else {
                result.strayLessThan.append(line)
                i += 1
                continue
            }
            var name = ""
            while j < s.count, !isSpace(s[j]), s[j] != ">", s[j] != "/" {
                name.unicodeScalars.append(s[j])
                j += 1
            }
            name = name.lowercased()
            var attributes: [(String, String)] = []
            while j < s.count, s[j] != ">" {
                if isSpace(s[j]) || s[j] == "/" {
                    if s[j] == "\n" { line += 1 }
                    j += 1
                    continue
                }
                var attribute = ""
                while j < s.count, !isSpace(s[j]), s[j] != "=", s[j] != ">", !(s[j] == "/" && attribute.isEmpty) {
                    attribute.unicodeScalars.append(s[j])
                    j += 1
                }
                while j < s.count, isSpace(s[j]) { j += 1 }
                var value = ""
                if j < s.count, s[j] == "=" {
                    j += 1
                    while j < s.count, isSpace(s[j]) { j += 1 }
                    if j < s.count, s[j] == "\"" || s[j] == "'" {
                        let quote = s[j]
                        j += 1
                        while j < s.count, s[j] != quote {
                            value.unicodeScalars.append(s[j])
                            j += 1
                        }
                        j += 1
                    } else {
                        while j < s.count, !isSpace(s[j]), s[j] != ">" {
                            value.unicodeScalars.append(s[j])
                            j += 1
                        }
                    }
                }
                attributes.append((attribute.lowercased(), value))
            }
            result.tags.append(Tag(name: name, attributes: attributes, closing: closing, line: line, text: nil))
            i = j + 1
            // Raw text elements: what follows is not markup until their end tag.
            if !closing, ["script", "style", "textarea", "title"].contains(name) {
                var k = i
                while k < s.count, !starts("</\(name)", at: k) { k += 1 }
                let text = String(String.UnicodeScalarView(s[i..<min(k, s.count)]))
                result.tags[result.tags.count - 1].text = text
                if name == "title" || name == "textarea", text.contains("<") { result.strayLessThan.append(line) }
                line += text.filter { $0 == "\n" }.count
                i = k
            }
        }
        return result
    }

    /// An attribute value as the browser sees it: entities decoded, spaces and controls gone.
    static func decodedURL(_ value: String) -> String {
        var text = value
        for (entity, character) in [("&colon;", ":"), ("&tab;", ""), ("&newline;", ""), ("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'")] {
            text = text.replacingOccurrences(of: entity, with: character, options: .caseInsensitive)
        }
        if let regex = try? NSRegularExpression(pattern: "&#(x?)([0-9a-fA-F]+);?") {
            let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed()
            for match in matches {
                let hex = (text as NSString).substring(with: match.range(at: 1)) == "x"
                let digits = (text as NSString).substring(with: match.range(at: 2))
                if let code = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(code) {
                    text = (text as NSString).replacingCharacters(in: match.range, with: String(scalar))
                }
            }
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value > 0x20 })).lowercased()
    }
}

/// RFC 4180, as the downloads are written: `,`, quotes doubled, CRLF.
enum CSVScan {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        scalars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\r" {
                continue
            } else if scalar == "\n" {
                row.append(field)
                field = ""
                rows.append(row)
                row = []
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}

@Suite struct XSSTests {
    /// Hostile texts: markup, attribute break-outs, the combining marks that defeat a
    /// per-Character escaper, dangerous URLs, Markdown links, template tags, JSON and
    /// spreadsheet formula injections.
    static let payloads: [String] = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "\"\u{301} onmouseover=alert(1) x=\"",
        "'\u{301} onmouseover=alert(1) x='",
        "<\u{301}script>alert(1)</script>",
        "<\u{20D2}img src=x onerror=alert(1)>",
        "\"\u{20D2}><script>alert(1)</script>",
        "<\u{338}svg onload=alert(1)>",
        "<svg/onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "</title><script>alert(1)</script>",
        "</textarea><script>alert(1)</script>",
        "</script><script>alert(1)</script>",
        "--><script>alert(1)</script><!--",
        "<!--<script>alert(1)//-->",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "javascript:alert(document.domain)",
        "JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1) \"t\")",
        "[click](&#106;avascript:alert(1))",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "<base href=\"javascript:/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<form action=javascript:alert(1)><button>x</button></form>",
        "<style>*{display:none}</style>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "{{siteTitle}}{{{findings}}}{{>base}}",
        "=HYPERLINK(\"https://evil.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\u{2028}\u{2029}\\\"};alert(1);//",
        "]]><script>alert(1)</script>",
        "<img src=\"x\" onerror=\"alert('Қазақстан')\">",
        "«Сапа» <b>жоғары</b> & 'жалғыз' \"қос\" — «Качество» <i>высокое</i>",
    ]

    /// Builds `site` in a fresh folder and returns every output file. With `keepAs` and the
    /// environment variable SAPA_XSS_OUTPUT set, the built site is also kept there, under that
    /// name, for the headless-browser check (Tests/browser/xss_test.py).
    static func build(_ hostile: HostileSite, keepAs name: String? = nil) throws -> [String: Data] {
        let site = try TemporarySite()
        defer { site.remove() }
        try hostile.write(into: site)
        switch site.build() {
        case .success:
            if let name, let keep = ProcessInfo.processInfo.environment["SAPA_XSS_OUTPUT"], !keep.isEmpty {
                let target = URL(fileURLWithPath: keep).appendingPathComponent(name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: site.output, to: target)
                try Data(hostile.text.utf8).write(to: target.appendingPathComponent("payload.txt"))
            }
            return TemporarySite.snapshot(site.output)
        case .failure(let error): throw error
        }
    }

    @Test func thereAreAtLeastThirtyPayloads() {
        #expect(Self.payloads.count >= 30)
        #expect(DataField.allCases.count >= 30)
    }

    @Test(arguments: Array(payloads.enumerated().map { $0.offset }))
    func payloadIsInertEverywhere(_ index: Int) async throws {
        let problems = try await TestWorkQueue.run { try Self.problems(ofPayload: index) }
        #expect(problems.isEmpty, "\(problems.count) problem(s):\n\(problems.prefix(30).joined(separator: "\n"))")
    }

    /// Builds the site of payload `index` and checks every output file; returns what is wrong.
    static func problems(ofPayload index: Int) throws -> [String] {
        let payload = payloads[index]
        let hostile = HostileSite(text: payload)
        let output = try build(hostile, keepAs: String(format: "payload-%02d", index))
        let allowance = MarkupAllowance.harmless
        var problems: [String] = allowance.tags.isEmpty ? ["the harmless site did not build"] : []
        var html = ""
        // `assets/` is Templates/assets copied as it is: the templates' own files, not data.
        for (path, data) in output.sorted(by: { $0.key < $1.key }) where !path.hasPrefix("assets/") {
            let text = String(decoding: data, as: UTF8.self)
            let context = "payload #\(index) \(payload.debugDescription) in \(path)"
            switch (path as NSString).pathExtension {
            case "html", "xml":
                html += text
                problems += checkMarkup(text, allowance: allowance, context: context)
            case "json":
                problems += checkJSON(text, context: context)
            case "csv":
                problems += checkCSV(text, context: context)
            case "css", "js", "txt", "", "jpg", "png", "webp":  // robots.txt and the publisher's own static files
                break
            default:
                problems.append("an output file of an unexpected kind: \(path)")
            }
        }
        // Every field reached the pages, escaped as a whole (so the checks above saw it).
        for field in DataField.allCases where field.isShownOnPages {
            // YAML texts lose their leading line separators (U+2028 is a new line to Foundation).
            let value = hostile.written(field).trimmingCharacters(in: .whitespacesAndNewlines)
            let found = field.isMarkdown ? html.contains(field.marker) : html.contains(HTMLEscaper.escape(value))
            if !found { problems.append("payload #\(index): the field \(field.rawValue) does not appear, escaped, on any page") }
        }
        // The text cells of a table come back exactly from the JSON download, and from the CSV
        // one with only the formula guard added.
        func json(_ path: String) -> [String: Any]? {
            output[path].flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        }
        let remark = (json("data/remarks-2020.json")?["rows"] as? [[String: Any]])?.first?["remark_kk"] as? String
        if remark != hostile.written(.tableTextCell).trimmingCharacters(in: .whitespaces) {
            problems.append("payload #\(index): the JSON download gives the text cell as \(remark.debugDescription)")
        }
        let title = json("data/services-ranking-2020.json")?["title_kk"] as? String
        if title != hostile.written(.tableTitle).trimmingCharacters(in: .whitespacesAndNewlines) {
            problems.append("payload #\(index): the JSON download gives the title as \(title.debugDescription)")
        }
        let rows = CSVScan.rows(String(decoding: output["data/remarks-2020.csv"] ?? Data(), as: UTF8.self))
        let expected = OpenData.neutralise(hostile.written(.tableTextCell).trimmingCharacters(in: .whitespaces))
        if let column = rows.first?.firstIndex(of: "remark_kk"), rows.count == 2, column < rows[1].count, rows[1][column] == expected {
            // as written
        } else {
            problems.append("payload #\(index): the CSV download does not give the text cell back as one cell: \(rows)")
        }
        return problems
    }

    /// The pages: only Sapa's own tags and attributes, no event handlers, no script but the
    /// site's own, no dangerous URL, no `<` that data left raw.
    static func checkMarkup(_ text: String, allowance: MarkupAllowance, context: String) -> [String] {
        let scan = HTMLScan.scan(text)
        var problems: [String] = []
        if !scan.strayLessThan.isEmpty { problems.append("a raw < on line(s) \(scan.strayLessThan) — \(context)") }
        for tag in scan.tags where !tag.closing {
            if !allowance.tags.contains(tag.name) { problems.append("the tag <\(tag.name)> on line \(tag.line) — \(context)") }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") { problems.append("the event handler \(attribute.name)= on line \(tag.line) — \(context)") }
                if !allowance.attributes.contains(attribute.name) {
                    problems.append("the attribute \(attribute.name.debugDescription) on <\(tag.name)> line \(tag.line): a value broke out of its attribute — \(context)")
                }
                if ["href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcdoc"].contains(attribute.name) {
                    let url = HTMLScan.decodedURL(attribute.value)
                    if url.hasPrefix("javascript:") || url.hasPrefix("vbscript:") || url.hasPrefix("data:") {
                        problems.append("the URL \(attribute.value.debugDescription) on <\(tag.name)> line \(tag.line) — \(context)")
                    }
                }
            }
            if tag.name == "script" {
                // The site's own scripts, from its assets; or data (JSON-LD), which must stay data.
                if let source = tag.value("src") {
                    if !(source.contains("assets/") && source.hasSuffix(".js") && tag.text?.isEmpty != false) {
                        problems.append("a <script> that is not one of the site's own on line \(tag.line) — \(context)")
                    }
                } else {
                    let text = tag.text ?? ""
                    if tag.value("type") != "application/ld+json" { problems.append("an inline script on line \(tag.line) — \(context)") }
                    if text.contains("<") || (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil {
                        problems.append("the JSON-LD on line \(tag.line) is not plain JSON — \(context)")
                    }
                }
            }
        }
        return problems
    }

    /// The JSON downloads: valid, and safe to inline in a page (`<`, `>`, `&`, U+2028/9 escaped).
    static func checkJSON(_ text: String, context: String) -> [String] {
        var problems: [String] = []
        if (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil { problems.append("invalid JSON — \(context)") }
        let unsafe: Set<Unicode.Scalar> = ["<", ">", "&", "\u{2028}", "\u{2029}"]
        if text.unicodeScalars.contains(where: unsafe.contains) { problems.append("a raw <, >, & or line separator — \(context)") }
        return problems
    }

    /// The CSV downloads: no cell a spreadsheet would run as a formula.
    static func checkCSV(_ text: String, context: String) -> [String] {
        var problems: [String] = []
        for (number, row) in CSVScan.rows(text).enumerated() {
            for cell in row {
                guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
                if Double(cell) == nil { problems.append("row \(number + 1): the cell \(cell.debugDescription) would run as a formula — \(context)") }
            }
        }
        return problems
    }

    /// Kazakh and Russian in every field load and come out exactly as written.
    @Test func kazakhAndRussianTextInEveryFieldIsPublishedAsWritten() async throws {
        let text = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі — Ёё Ъъ Щщ Ыы «Сапа» №5, 75,1%"
        let hostile = HostileSite(text: text)
        let output = try await TestWorkQueue.run { try Self.build(hostile) }
        let pages = output.filter { $0.key.hasSuffix(".html") }.map { String(decoding: $0.value, as: UTF8.self) }.joined()
        for field in DataField.allCases where field.isShownOnPages {
            let expected = field.isMarkdown ? field.marker : hostile.written(field)
            #expect(pages.contains(expected), "\(field.rawValue) is not published as written")
        }
        let csv = String(decoding: try #require(output["data/remarks-2020.csv"]), as: UTF8.self)
        #expect(csv.contains(hostile.written(.tableTextCell)))
    }
}
