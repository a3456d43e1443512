package io.crmkit.core.pool;

/** Why a held customer returns to the pool. */
public enum RecycleReason {
    /** No follow-up within the follow-up period (as extended by follow-ups). */
    NO_FOLLOW_UP,
    /** Follow-ups kept it, but the maximum protection after the claim ran out. */
    MAX_PROTECTION,
    /** No deal won within the required days of the claim. */
    NO_WIN
}
