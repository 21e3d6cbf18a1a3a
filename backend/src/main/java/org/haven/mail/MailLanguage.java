package org.haven.mail;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The languages Haven writes emails in: the SPA's languages. A person's language is stored as
 * its tag ({@code en}, {@code uk}, {@code fa-AF}); anything else is English.
 */
public enum MailLanguage {
    EN("en"), UK("uk"), FA_AF("fa-AF");

    private final String tag;

    MailLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a stored tag; unknown or missing tags are English. */
    public static MailLanguage ofTag(String tag) {
        if (tag == null) {
            return EN;
        }
        for (MailLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return of(Locale.forLanguageTag(tag));
    }

    /** The closest supported language: Ukrainian, Dari/Persian, else English. */
    public static MailLanguage of(Locale locale) {
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "uk" -> UK;
            case "fa", "prs" -> FA_AF;
            default -> EN;
        };
    }

    /** The language the current request asked for (the SPA sends its own in Accept-Language). */
    public static MailLanguage ofCurrentRequest() {
        return of(LocaleContextHolder.getLocale());
    }
}
