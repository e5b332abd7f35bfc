import Foundation
import Hummingbird
import SapaBuild
import SapaModel
import SapaMustache
import SapaSite
import SapaSource

/// One file of the site as the preview serves it: its bytes and headers made once per build,
/// so that answering a request is a dictionary look-up and no copy.
public struct ServedFile: Sendable {
    /// The bytes the build made: what `sapa build` would publish. Compared between builds.
    public let built: [UInt8]
    /// The bytes served: for a page, `built` with the reload tag.
    public let body: ByteBuffer
    public let headers: HTTPFields
    /// The build (generation) in which `built` last changed.
    public let changedIn: Int

    init(path: String, built: [UInt8], served: [UInt8], changedIn: Int) {
        self.built = built
        self.body = ByteBuffer(bytes: served)
        self.headers = [
            .contentType: ContentType.forPath(path),
            .contentLength: String(served.count),
            // The preview's files change under the browser: it must ask again every time.
            .cacheControl: "no-cache",
            .xContentTypeOptions: "nosniff",
        ]
        self.changedIn = changedIn
    }
}

/// The whole built site, as served between two builds. Immutable: a rebuild makes a new one
/// and swaps it in whole, so a request sees either the old site or the new one, never a mix.
public struct SiteSnapshot: Sendable {
    /// Counts the good builds. It starts at the time the preview started (in milliseconds) so
    /// that a page left open across a restart of the preview still sees a newer build.
    public let generation: Int
    /// The path the site is published under (`/`, or `/sub/path/` from `base_url`).
    public let basePath: String
    /// By path relative to the site's root: `kk/index.html`, `assets/site.css`.
    public let files: [String: ServedFile]
    /// The last build that changed a file that is not a page (style, script, image, data):
    /// every open page may show it, so every open page reloads.
    public let assetsChangedIn: Int
    /// The page served, with status 404, for a missing file: `404.html` tagged so that it
    /// reloads on any build (the next build may add the file).
    let notFound: ServedFile?
    /// True until the first good build: every request gets `notFound` with status 503.
    public let isPlaceholder: Bool

    /// What a site-relative path names.
    public enum Lookup: Sendable {
        case file(ServedFile)
        /// A folder asked for without its final slash: relative links on its page need it.
        case redirect(location: String)
        case missing
    }

    public func lookup(_ relative: String) -> Lookup {
        if relative.isEmpty || relative.hasSuffix("/") {
            return files[relative + "index.html"].map(Lookup.file) ?? .missing
        }
        if let file = files[relative] { return .file(file) }
        if files[relative + "/index.html"] != nil {
            let location = basePath + relative + "/"
            return .redirect(location: location.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location)
        }
        return .missing
    }

    /// Whether a page built in generation `since` (shown at the file `key`, or in place of a
    /// missing file when `key` is empty) is out of date in this snapshot.
    public func isStale(key: String, since: Int) -> Bool {
        if isPlaceholder { return false }
        if assetsChangedIn > since { return true }
        guard !key.isEmpty, let file = files[key] else { return generation > since }
        return file.changedIn > since
    }

    /// The site's files as a build made them, tagged for live reload. Files whose bytes are the
    /// same as in `previous` keep the generation they last changed in.
    public static func make(files built: [OutputFile], basePath: String, generation: Int, previous: SiteSnapshot?) -> SiteSnapshot {
        var served: [String: ServedFile] = [:]
        served.reserveCapacity(built.count)
        var assetsChangedIn = previous?.assetsChangedIn ?? generation
        for file in built {
            let before = previous?.files[file.path]
            let changedIn = before.map { $0.built == file.bytes ? $0.changedIn : generation } ?? generation
            let isPage = ContentType.isHTML(file.path)
            if changedIn == generation && !isPage { assetsChangedIn = generation }
            let bytes = isPage ? LiveReload.inject(LiveReload.tag(key: file.path, generation: generation), into: file.bytes) : file.bytes
            served[file.path] = ServedFile(path: file.path, built: file.bytes, served: bytes, changedIn: changedIn)
        }
        // A file that is gone may be a style or an image that pages showed.
        if let previous, previous.files.keys.contains(where: { served[$0] == nil && !ContentType.isHTML($0) }) {
            assetsChangedIn = generation
        }
        return SiteSnapshot(
            generation: generation, basePath: basePath, files: served, assetsChangedIn: assetsChangedIn,
            notFound: missingFilePage(served, generation: generation), isPlaceholder: false)
    }

    /// This site with `pages` (pages only) made again by a partial rebuild. A page whose bytes
    /// changed gets `generation`'s tag; every other file is served as it was, tag included: its
    /// tag's generation is still at least the one it last changed in, and no style, script or
    /// image changed, so a page loaded with it is still current. Only the missing-file page
    /// takes the new tag, since any build counts as news for it.
    public func replacing(_ pages: [OutputFile], generation: Int) -> SiteSnapshot {
        var served = files
        for page in pages where served[page.path]?.built != page.bytes {
            let tagged = LiveReload.inject(LiveReload.tag(key: page.path, generation: generation), into: page.bytes)
            served[page.path] = ServedFile(path: page.path, built: page.bytes, served: tagged, changedIn: generation)
        }
        return SiteSnapshot(
            generation: generation, basePath: basePath, files: served, assetsChangedIn: assetsChangedIn,
            notFound: Self.missingFilePage(served, generation: generation), isPlaceholder: false)
    }

    /// `404.html` tagged so that it reloads on any build (the next build may add the file).
    static func missingFilePage(_ served: [String: ServedFile], generation: Int) -> ServedFile? {
        served["404.html"].map { page in
            ServedFile(
                path: "404.html", built: page.built,
                served: LiveReload.inject(LiveReload.tag(key: "", generation: generation), into: page.built), changedIn: page.changedIn)
        }
    }

    /// What is served before the first good build: a page that says so, in `language`, and
    /// reloads when the errors are fixed (its overlay lists them).
    public static func placeholder(generation: Int, language: Language = .en) -> SiteSnapshot {
        func text(_ key: PreviewMessage) -> String { HTMLEscaper.escape(ToolMessage(key).rendered(in: language)) }
        let html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><title>\(text(.placeholderTitle))</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><main><h1>\(text(.placeholderHeading))</h1>
            <p>\(text(.placeholderText))</p></main>
            </body>
            </html>

            """
        let bytes = Array(html.utf8)
        let page = ServedFile(
            path: "index.html", built: bytes,
            served: LiveReload.inject(LiveReload.tag(key: "", generation: generation), into: bytes), changedIn: generation)
        return SiteSnapshot(generation: generation, basePath: "/", files: [:], assetsChangedIn: generation, notFound: page, isPlaceholder: true)
    }

    /// Paths (relative to the site) whose bytes differ from `previous`: changed, added or removed.
    public func changedPaths(since previous: SiteSnapshot?) -> [String] {
        guard let previous, !previous.isPlaceholder else { return files.keys.sorted() }
        var changed = files.filter { $0.value.changedIn == generation }.map(\.key)
        changed += previous.files.keys.filter { files[$0] == nil }
        return changed.sorted()
    }
}
