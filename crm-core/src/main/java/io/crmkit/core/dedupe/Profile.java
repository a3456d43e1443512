package io.crmkit.core.dedupe;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A lead's fields normalised once for matching: code-point arrays for Jaro-Winkler, and its blocking keys. */
final class Profile {

    final LeadId id;
    final String email;
    final String domain;
    final String phone;
    final boolean cjk;
    final int[] personFirstLast;
    final int[] personLastFirst;
    final int[] personSorted;
    final String personShown;
    final int[] company;
    final String companyShown;
    final boolean companyCjk;
    final String nameKey;
    final int[][] personTokens;
    final int[][] companyTokens;
    private final List<String> firstTokens;
    private final List<String> lastTokens;
    private final String companyPrefix;

    private Profile(Lead lead, MatchConfig config, Function<String, int[]> codePoints) {
        this.id = lead.id();
        this.email = lead.email().map(e -> normalisedEmail(e.localPart(), e.domain())).orElse(null);
        this.domain = lead.email().map(e -> e.domain()).filter(d -> !config.isFreeMail(d)).orElse(null);
        this.phone = lead.phone().map(p -> p.e164()).orElse(null);
        this.firstTokens = Names.tokens(lead.person().first());
        this.lastTokens = Names.tokens(lead.person().last());
        List<String> all = new ArrayList<>(firstTokens);
        all.addAll(lastTokens);
        this.cjk = all.stream().anyMatch(Names::hasCjk);
        String sep = cjk ? "" : " ";
        String fl = String.join(sep, all);
        List<String> swapped = new ArrayList<>(lastTokens);
        swapped.addAll(firstTokens);
        String lf = String.join(sep, swapped);
        this.personFirstLast = fl.codePoints().toArray();
        this.personLastFirst = lf.codePoints().toArray();
        this.personSorted = Names.sortedJoin(all).codePoints().toArray();
        this.personShown = fl;
        this.nameKey = Names.sortedJoin(all);
        this.personTokens = all.stream().map(codePoints).toArray(int[][]::new);
        List<String> companyTokens = lead.company().map(c -> config.names().companyTokens(c)).orElse(null);
        if (companyTokens == null || companyTokens.isEmpty()) {
            this.company = null;
            this.companyShown = null;
            this.companyPrefix = null;
            this.companyTokens = null;
            this.companyCjk = false;
        } else {
            this.companyTokens = companyTokens.stream().map(codePoints).toArray(int[][]::new);
            String joined = Names.join(companyTokens);
            this.company = joined.codePoints().toArray();
            this.companyShown = joined;
            this.companyCjk = Names.hasCjk(joined);
            int[] first = companyTokens.get(0).codePoints().toArray();
            int n = Names.hasCjk(companyTokens.get(0)) ? Math.min(2, first.length) : Math.min(4, first.length);
            this.companyPrefix = new String(first, 0, n);
        }
    }

    static Profile of(Lead lead, MatchConfig config) {
        return new Profile(lead, config, t -> t.codePoints().toArray());
    }

    /**
     * The profile of {@code lead}, its name tokens taken from {@code tokens} (token to code points): a scan shares one
     * array per distinct token, so equal tokens compare as the same array.
     */
    static Profile of(Lead lead, MatchConfig config, Map<String, int[]> tokens) {
        return new Profile(lead, config, t -> tokens.computeIfAbsent(t, k -> k.codePoints().toArray()));
    }

    /** Gmail ignores dots in the local part; every provider here ignores a {@code +tag}. */
    static String normalisedEmail(String local, String domain) {
        int plus = local.indexOf('+');
        String l = plus > 0 ? local.substring(0, plus) : local;
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            l = l.replace(".", "");
            domain = "gmail.com";
        }
        return l + "@" + domain;
    }

    /** The blocking keys; see {@link Matcher#blockingKeys}. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        if (email != null) {
            keys.add("e:" + email);
        }
        if (phone != null) {
            keys.add("p:" + phone);
        }
        List<String> tokens = new ArrayList<>(firstTokens);
        tokens.addAll(lastTokens);
        if (cjk) {
            int[] chars = String.join("", tokens).codePoints().sorted().toArray();
            keys.add("n:" + new String(chars, 0, chars.length));
            if (chars.length >= 3) {
                for (int skip = 0; skip < chars.length; skip++) {
                    StringBuilder k = new StringBuilder("d:");
                    for (int i = 0; i < chars.length; i++) {
                        if (i != skip) k.appendCodePoint(chars[i]);
                    }
                    keys.add(k.toString());
                }
            }
            if (companyPrefix != null) {
                for (int ch : chars) {
                    keys.add("c:" + companyPrefix + "|" + new String(Character.toChars(ch)));
                }
            }
        } else if (!tokens.isEmpty()) {
            String[] prefixes = tokens.stream().map(t -> prefix(t, 3)).sorted().toArray(String[]::new);
            keys.add("n:" + prefixes[0] + "|" + prefixes[prefixes.length - 1]);
            String[] skeletons = tokens.stream().map(Profile::skeleton).sorted().toArray(String[]::new);
            keys.add("s:" + skeletons[0] + "|" + skeletons[skeletons.length - 1]);
            if (companyPrefix != null) {
                String[] initials = tokens.stream().map(t -> prefix(t, 1)).sorted().toArray(String[]::new);
                keys.add("c:" + companyPrefix + "|" + String.join("", Arrays.asList(initials)));
                for (String t : tokens) {
                    keys.add("t:" + companyPrefix + "|" + skeleton(t));
                }
            }
        }
        return keys;
    }

    private static String prefix(String token, int codePoints) {
        int end = token.offsetByCodePoints(0, Math.min(codePoints, token.codePointCount(0, token.length())));
        return token.substring(0, end);
    }

    /** A crude phonetic key: the first letter, then consonants without repeats ("jonathan" and "jonathon": "jnthn"). */
    static String skeleton(String token) {
        StringBuilder out = new StringBuilder(token.length());
        int previous = -1;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            boolean vowel = "aeiouy".indexOf(cp) >= 0;
            if ((out.length() == 0 || !vowel) && cp != previous) {
                out.appendCodePoint(cp);
            }
            previous = cp;
        }
        return out.toString();
    }
}
