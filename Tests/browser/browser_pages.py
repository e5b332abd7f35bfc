"""The pages the browser suite opens: one of every kind, in every language.

Adding a page kind is one line below. `{lang}` is replaced by each of LANGUAGES; a path
without it is opened once. A kind marked OPTIONAL is checked once the built site has it
(a page kind on its way in from another branch) and skipped, with a reason, until then;
a REQUIRED page missing from the built site fails.
"""

LANGUAGES = ("kk", "ru", "en")
REQUIRED, OPTIONAL = "required", "optional"

# kind                      path                                              presence
PAGE_KINDS = [
    ("home",                 "/{lang}/",                                       REQUIRED),
    ("services-ranking",     "/{lang}/services/",                              REQUIRED),
    ("bodies-ranking",       "/{lang}/bodies/",                                REQUIRED),
    ("regions-ranking",      "/{lang}/regions/",                               REQUIRED),
    ("providers-ranking",    "/{lang}/providers/",                             REQUIRED),
    ("dynamics",             "/{lang}/dynamics/",                              REQUIRED),
    ("service",              "/{lang}/services/civil-service-testing/",        REQUIRED),
    ("service-qualitative",  "/{lang}/services/payment-organisations-register/", REQUIRED),
    ("body",                 "/{lang}/bodies/mfa/",                            REQUIRED),
    ("region",               "/{lang}/regions/akmola/",                        REQUIRED),
    ("methodology",          "/{lang}/methodology/",                           REQUIRED),
    ("about",                "/{lang}/about/",                                 REQUIRED),
    ("history",              "/{lang}/history/",                               REQUIRED),
    ("report-conclusions",   "/{lang}/report/conclusions/",                    REQUIRED),
    ("report-portal",        "/{lang}/report/portal-review/",                  REQUIRED),
    ("report-respondents",   "/{lang}/report/respondents-profile/",            REQUIRED),
    ("data",                 "/{lang}/data/",                                  REQUIRED),
    ("search",               "/{lang}/search/",                                REQUIRED),
    ("not-found",            "/404.html",                                      REQUIRED),
    ("contest",              "/{lang}/contest/",                               REQUIRED),
    ("contest-year",         "/{lang}/contest/2025/",                          REQUIRED),
    ("contest-region",       "/{lang}/contest/2025/akmola/",                   REQUIRED),
    ("contest-rules",        "/{lang}/contest/rules/",                         REQUIRED),
]

# Pages whose tables are sortable and filterable: the keyboard tests run on each of them.
RANKING_KINDS = ("services-ranking", "bodies-ranking", "regions-ranking", "providers-ranking", "dynamics")


def pages():
    """(id, kind, language or None, path, presence) for every page to open."""
    result = []
    for kind, path, presence in PAGE_KINDS:
        if "{lang}" in path:
            for lang in LANGUAGES:
                result.append((f"{kind}-{lang}", kind, lang, path.format(lang=lang), presence))
        else:
            result.append((kind, kind, None, path, presence))
    return result


def file_for(path):
    """The file below the output folder that serves a URL path."""
    relative = path.lstrip("/")
    return relative + "index.html" if relative == "" or relative.endswith("/") else relative
