import Foundation

/// The one rule for addresses that go into a page: a web link is `http(s)://` with a host;
/// a site's base may also be a path on its own host. Anything else (`javascript:`,
/// `//other.host`, `https://` alone) would end up in every link that uses it.
public enum WebAddress {
    /// An absolute http(s) URL with a host: a standard's link, a source's link.
    public static func isWebLink(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), let url = URL(string: text) else { return false }
        return url.host.map { !$0.isEmpty } ?? false
    }

    /// What links can start with (`base_url`): a web link, or a path on the site's own host.
    public static func isUsableBase(_ text: String) -> Bool {
        if isWebLink(text) { return true }
        guard let url = URL(string: text) else { return false }
        return text.hasPrefix("/") && !text.hasPrefix("//") && url.scheme == nil
    }
}
