package io.crmkit.core.dedupe;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Text normalisation for matching: NFKC, case folding, Latin accents removed, tokens, legal suffixes stripped. */
final class Names {

    /** "and" between two words of a company name, in English, German, French and Latin ("et"). */
    private static final Set<String> CONNECTIVES = Set.of("and", "und", "et");

    private final Set<String> latinSuffixes;
    private final List<String> cjkSuffixes;

    Names(Set<String> legalSuffixes) {
        java.util.HashSet<String> latin = new java.util.HashSet<>();
        List<String> cjk = new ArrayList<>();
        for (String suffix : legalSuffixes) {
            String folded = String.join("", tokens(suffix));
            if (folded.isEmpty()) {
                continue;
            }
            if (folded.codePoints().anyMatch(Names::isCjk)) {
                cjk.add(folded);
            } else {
                latin.add(folded);
            }
        }
        cjk.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.latinSuffixes = Set.copyOf(latin);
        this.cjkSuffixes = List.copyOf(cjk);
    }

    /** NFKC, case-folded, German umlauts as ae/oe/ue, other accents on Latin, Greek and Cyrillic letters removed. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (s.indexOf('\u00E4') >= 0 || s.indexOf('\u00F6') >= 0 || s.indexOf('\u00FC') >= 0
                || s.indexOf('\u00C4') >= 0 || s.indexOf('\u00D6') >= 0 || s.indexOf('\u00DC') >= 0) {
            // German umlauts are written ae, oe, ue where they cannot be typed: Müller and Mueller are one name
            s = s.replace("\u00E4", "ae").replace("\u00F6", "oe").replace("\u00FC", "ue")
                    .replace("\u00C4", "Ae").replace("\u00D6", "Oe").replace("\u00DC", "Ue");
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        int previousBase = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK && previousBase < 0x0530) {
                continue;
            }
            previousBase = cp;
            out.appendCodePoint(cp);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * The folded tokens of {@code text}: runs of letters and digits; dots and apostrophes are dropped inside a token
     * ({@code S.A.} is {@code sa}, {@code O'Brien} is {@code obrien}), anything else separates tokens.
     */
    static List<String> tokens(String text) {
        String s = fold(text);
        List<String> tokens = new ArrayList<>(4);
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                token.appendCodePoint(cp);
            } else if (cp == '.' || cp == '\'' || cp == '\u2019' || cp == '\u00B7' || cp == '\u30FB') {
                continue;
            } else if (token.length() > 0) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(Names::isCjk);
    }

    /**
     * The company's tokens without legal suffixes (trailing Latin tokens such as {@code ltd}, {@code gmbh},
     * {@code co}; CJK endings such as {@code 有限公司}; a leading {@code 株式会社}); the tokens as they were if
     * nothing would remain. A connective between two words ({@code and}, {@code und}, {@code et}) is dropped, as
     * {@code &} is.
     */
    List<String> companyTokens(String company) {
        List<String> tokens = new ArrayList<>(tokens(company));
        List<String> original = List.copyOf(tokens);
        boolean stripped = true;
        while (stripped && !tokens.isEmpty()) {
            stripped = false;
            String last = tokens.get(tokens.size() - 1);
            if (latinSuffixes.contains(last)) {
                tokens.remove(tokens.size() - 1);
                stripped = true;
                continue;
            }
            for (String suffix : cjkSuffixes) {
                if (last.endsWith(suffix)) {
                    String rest = last.substring(0, last.length() - suffix.length());
                    if (rest.isEmpty()) {
                        tokens.remove(tokens.size() - 1);
                    } else {
                        tokens.set(tokens.size() - 1, rest);
                    }
                    stripped = true;
                    break;
                }
            }
        }
        if (!tokens.isEmpty()) {
            String first = tokens.get(0);
            for (String prefix : cjkSuffixes) {
                if (first.startsWith(prefix) && first.length() > prefix.length()) {
                    tokens.set(0, first.substring(prefix.length()));
                    break;
                }
            }
            if (tokens.size() > 1 && tokens.get(0).equals("the")) {
                tokens.remove(0);
            }
            // "&" separates tokens, so the spelled-out connective goes too: Procter and Gamble is Procter & Gamble
            for (int i = tokens.size() - 2; i > 0; i--) {
                if (CONNECTIVES.contains(tokens.get(i))) {
                    tokens.remove(i);
                }
            }
        }
        return tokens.isEmpty() ? original : tokens;
    }

    /** Tokens joined for comparison: without spaces when any token is CJK, with single spaces otherwise. */
    static String join(List<String> tokens) {
        boolean cjk = tokens.stream().anyMatch(Names::hasCjk);
        return String.join(cjk ? "" : " ", tokens);
    }

    /** The tokens sorted, then joined. */
    static String sortedJoin(List<String> tokens) {
        String[] sorted = tokens.toArray(new String[0]);
        Arrays.sort(sorted);
        return join(Arrays.asList(sorted));
    }
}
