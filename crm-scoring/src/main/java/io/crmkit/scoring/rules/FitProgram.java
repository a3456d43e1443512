package io.crmkit.scoring.rules;

/**
 * The fit rules of one rule set as code: {@link FitCompiler} generates a subclass per rule set whose
 * {@link #fit} tests every rule in straight-line code. Values the generated code does not handle inline (flags, sets
 * of text, and attributes with too many rules for one method) are handed back to the interpreter through
 * {@link Fallback}, which evaluates one attribute's rules the way the interpreter always does.
 */
abstract class FitProgram {

    /** Evaluates the rules of attribute group {@code group} on a value: the interpreter's answer. */
    interface Fallback {
        /** The summed centipoints of the rules in {@code group} that {@code value} (never null) satisfies. */
        long group(int group, Object value);
    }

    protected final Fallback fallback;

    protected FitProgram(Fallback fallback) {
        this.fallback = fallback;
    }

    /**
     * The fit score in centipoints, uncapped, of a profile whose attributes have the sorted vocabulary ids
     * {@code ids[from..to)}, the values {@code values[from..to)} and their {@link Profile#cell cells}
     * {@code cells[from..to)} (same order): one {@link Profile}'s arrays, or one lead's slice of a {@link LeadBatch}.
     */
    abstract long fit(int[] ids, long[] cells, Object[] values, int from, int to);
}
