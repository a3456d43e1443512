package io.crmkit.core.lead;

/** Where a lead came from. */
public enum SourceChannel {
    /** A form on the host's website. */
    WEB_FORM,
    /** A trade show, webinar or other event. */
    EVENT,
    /** Recommended by a customer or partner. */
    REFERRAL,
    /** A marketing campaign (email, ads). */
    CAMPAIGN,
    /** A file import. */
    IMPORT,
    /** Another system through an API. */
    API,
    /** An inbound phone call. */
    PHONE,
    /** A partner's deal registration. */
    PARTNER,
    /** Social media. */
    SOCIAL,
    /** Prospected by a rep (cold outreach). */
    OUTBOUND,
    /** Anything else. */
    OTHER
}
