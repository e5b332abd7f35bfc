/// The language the tool speaks to the person running it: its messages, `--help` and
/// summaries (not the site's languages, which `site.yml` lists).
public enum ToolLanguage {
    /// `--lang` for this run wins; then the site's `tool_language`, which a team sets to have
    /// one language whatever machine runs the build; then the person's `SAPA_LANG`; then the
    /// machine's locale; then English. A value that is not kk, ru or en is passed over here
    /// (the command line and the site check report it).
    public static func choose(flag: String?, siteSetting: String?, environment: [String: String]) -> Language {
        for code in [flag, siteSetting, environment["SAPA_LANG"]] {
            if let code, let language = Language(rawValue: code.lowercased()) { return language }
        }
        // POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty one is unset.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return locale(value) ?? .en
        }
        return .en
    }

    /// `ru_RU.UTF-8` → ru, `kk_KZ` → kk; `C`, `POSIX` and other languages → nil.
    static func locale(_ value: String) -> Language? {
        let code = value.prefix { $0.isLetter }.lowercased()
        return code == "kk" || code == "ru" || code == "en" ? Language(rawValue: code) : nil
    }
}
