package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;


/**
 * Jaro-Winkler similarity of two strings, compared by Unicode code point (so CJK and other non-Latin text is
 * compared character by character): 1 for identical strings, 0 when nothing matches, symmetric, always in [0, 1].
 * Two empty strings are identical (1); an empty and a non-empty one share nothing (0).
 *
 * <pre>{@code
 * JaroWinkler.similarity("martha", "marhta");   // 0.961
 * JaroWinkler.similarity("张伟", "张玮");          // 0.7
 * }</pre>
 */
public final class JaroWinkler {

    private static final double SCALING = 0.1;
    private static final int MAX_PREFIX = 4;

    private JaroWinkler() {
    }

    /** The Jaro-Winkler similarity of {@code a} and {@code b}, in [0, 1]. */
    public static double similarity(String a, String b) {
        Require.nonNull(a, "a");
        Require.nonNull(b, "b");
        return similarity(a.codePoints().toArray(), b.codePoints().toArray());
    }

    static double similarity(int[] a, int[] b) {
        if (a == b) {
            return 1.0;
        }
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        // the algorithm is symmetric only up to the order of the scan; scan the shorter string's matches in a fixed order
        int[] s = a.length <= b.length ? a : b;
        int[] t = a.length <= b.length ? b : a;
        if (a.length == b.length) {
            int order = compare(a, b);
            if (order == 0) {
                return 1.0;
            }
            if (order > 0) {
                s = b;
                t = a;
            }
        }
        int window = Math.max(0, Math.max(s.length, t.length) / 2 - 1);
        if (t.length <= 64) {
            return small(s, t, window);
        }
        boolean[] sMatched = new boolean[s.length];
        boolean[] tMatched = new boolean[t.length];
        int matches = 0;
        for (int i = 0; i < s.length; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(t.length - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!tMatched[j] && s[i] == t[j]) {
                    sMatched[i] = true;
                    tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (sMatched[i]) {
                while (!tMatched[k]) {
                    k++;
                }
                if (s[i] != t[k]) {
                    transpositions++;
                }
                k++;
            }
        }
        return winkler(s, t, matches, transpositions);
    }

    /** The same computation with the matched flags in two longs: no allocation for strings of up to 64 code points. */
    private static double small(int[] s, int[] t, int window) {
        long sMatched = 0;
        long tMatched = 0;
        int matches = 0;
        for (int i = 0; i < s.length; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(t.length - 1, i + window);
            int c = s[i];
            for (int j = from; j <= to; j++) {
                if ((tMatched & (1L << j)) == 0 && c == t[j]) {
                    sMatched |= 1L << i;
                    tMatched |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if ((sMatched & (1L << i)) != 0) {
                while ((tMatched & (1L << k)) == 0) {
                    k++;
                }
                if (s[i] != t[k]) {
                    transpositions++;
                }
                k++;
            }
        }
        return winkler(s, t, matches, transpositions);
    }

    /**
     * An upper bound of the similarity of any two strings of these lengths: at most the shorter length can match,
     * with no transpositions and the longest common prefix.
     */
    static double upperBound(int lengthA, int lengthB) {
        if (lengthA == 0 || lengthB == 0) {
            return lengthA == lengthB ? 1.0 : 0.0;
        }
        double m = Math.min(lengthA, lengthB);
        double jaro = (m / lengthA + m / lengthB + 1.0) / 3.0;
        int prefix = Math.min(MAX_PREFIX, (int) m);
        return Math.min(1.0, jaro + prefix * SCALING * (1.0 - jaro));
    }

    private static double winkler(int[] s, int[] t, int matches, int transpositions) {
        double m = matches;
        double jaro = (m / s.length + m / t.length + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int limit = Math.min(MAX_PREFIX, Math.min(s.length, t.length));
        while (prefix < limit && s[prefix] == t[prefix]) {
            prefix++;
        }
        double result = jaro + prefix * SCALING * (1.0 - jaro);
        return Math.min(1.0, Math.max(0.0, result));
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
