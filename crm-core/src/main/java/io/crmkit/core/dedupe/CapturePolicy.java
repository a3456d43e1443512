package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.SourceChannel;

import java.util.EnumMap;
import java.util.Map;

/**
 * What lead capture does about duplicates, per source channel. When a new lead is SAME as a stored one:
 * {@link Action#BLOCK} refuses it naming the match, {@link Action#FLAG} stores it and says which leads it may
 * duplicate, {@link Action#AUTO_MERGE} stores it and merges it into the master chosen by the master policy. A MAYBE
 * match is always stored and flagged, never blocked or merged. Immutable.
 *
 * <pre>{@code
 * CapturePolicy policy = CapturePolicy.custom()
 *     .on(SourceChannel.WEB_FORM, CapturePolicy.Action.AUTO_MERGE)
 *     .on(SourceChannel.IMPORT, CapturePolicy.Action.BLOCK)
 *     .otherwise(CapturePolicy.Action.FLAG)
 *     .build();
 * }</pre>
 */
public final class CapturePolicy {

    /** What to do with a lead that is SAME as a stored one. */
    public enum Action {
        /** Refuse the capture, naming the stored lead. */
        BLOCK,
        /** Store it and publish {@link DuplicateSuspected}. */
        FLAG,
        /** Store it and merge it with the stored duplicates, publishing {@link LeadsMerged}. */
        AUTO_MERGE
    }

    private final Map<SourceChannel, Action> actions;
    private final Action otherwise;
    private final Matcher matcher;
    private final MasterPolicy masterPolicy;
    private final Survivorship survivorship;

    private CapturePolicy(Builder b) {
        this.actions = new EnumMap<>(b.actions);
        this.otherwise = b.otherwise;
        this.matcher = b.matcher;
        this.masterPolicy = b.masterPolicy;
        this.survivorship = b.survivorship;
    }

    /** FLAG on every channel, the default matcher, master policy and survivorship. */
    public static CapturePolicy ofDefaults() {
        return custom().build();
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder();
    }

    /** The action for leads from {@code channel}. */
    public Action actionFor(SourceChannel channel) {
        return actions.getOrDefault(Require.nonNull(channel, "channel"), otherwise);
    }

    /** The matcher that compares a new lead with the stored candidates. */
    public Matcher matcher() {
        return matcher;
    }

    /** Chooses the master of an automatic merge. */
    public MasterPolicy masterPolicy() {
        return masterPolicy;
    }

    /** Decides the fields of an automatic merge. */
    public Survivorship survivorship() {
        return survivorship;
    }

    /** Builds a {@link CapturePolicy}. */
    public static final class Builder {
        private final Map<SourceChannel, Action> actions = new EnumMap<>(SourceChannel.class);
        private Action otherwise = Action.FLAG;
        private Matcher matcher = Matcher.of(MatchConfig.ofDefaults());
        private MasterPolicy masterPolicy = MasterPolicy.ofDefaults();
        private Survivorship survivorship = Survivorship.ofDefaults();

        private Builder() {
        }

        /** {@code action} for leads from {@code channel}. */
        public Builder on(SourceChannel channel, Action action) {
            actions.put(Require.nonNull(channel, "channel"), Require.nonNull(action, "action"));
            return this;
        }

        /** {@code action} for channels not named with {@link #on}. */
        public Builder otherwise(Action action) {
            this.otherwise = Require.nonNull(action, "action");
            return this;
        }

        /** The matcher. */
        public Builder matcher(Matcher value) {
            this.matcher = Require.nonNull(value, "matcher");
            return this;
        }

        /** The master policy of automatic merges. */
        public Builder masterPolicy(MasterPolicy value) {
            this.masterPolicy = Require.nonNull(value, "masterPolicy");
            return this;
        }

        /** The survivorship rules of automatic merges. */
        public Builder survivorship(Survivorship value) {
            this.survivorship = Require.nonNull(value, "survivorship");
            return this;
        }

        /** The policy. */
        public CapturePolicy build() {
            return new CapturePolicy(this);
        }
    }
}
