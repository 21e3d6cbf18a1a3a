package org.haven.mail;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of emails, in {@code mail/messages*.properties} (UTF-8): {@code <template>.subject}
 * and {@code <template>.body}, with {@code {name}} placeholders. English is the base file, so a
 * text missing in a translation falls back to English, never to the server's own locale.
 */
final class MailTemplates {

    private static final String BUNDLE = "mail.messages";
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MailTemplates() {
    }

    record Rendered(String subject, String body) {
    }

    static Rendered render(String template, MailLanguage language, Map<String, String> values) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_SERVER_LOCALE);
        return new Rendered(fill(text(bundle, template + ".subject"), values),
                fill(text(bundle, template + ".body") + "\n\n" + text(bundle, "footer"), values));
    }

    /** One text of the bundle, e.g. the name of a notification kind. */
    static String text(String key, MailLanguage language) {
        return text(ResourceBundle.getBundle(BUNDLE, language.locale(), NO_SERVER_LOCALE), key);
    }

    static boolean exists(String template) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, MailLanguage.EN.locale(), NO_SERVER_LOCALE);
        return bundle.containsKey(template + ".subject") && bundle.containsKey(template + ".body");
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No email text " + key, e);
        }
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }
}
