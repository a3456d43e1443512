package io.crmkit.examples;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms of ids for text output: {@code #} and the last 8 hex digits. crmkit's ids are time-ordered UUIDs
 * (version 7) whose first digits are a timestamp, the same for every id made in the same minute, so the tail is the
 * part that tells ids apart.
 */
final class ShortIds {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}([0-9a-fA-F]{8})\\b");

    private ShortIds() {
    }

    /** {@code #} and the last 8 hex digits of {@code id}. */
    static String of(UUID id) {
        String text = id.toString();
        return "#" + text.substring(text.length() - 8);
    }

    /** {@code text} with every UUID in it replaced by its short form. */
    static String in(String text) {
        Matcher m = UUID_TEXT.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement("#" + r.group(1).toLowerCase(java.util.Locale.ROOT)));
    }
}
