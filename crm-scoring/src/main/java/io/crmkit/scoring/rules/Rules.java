package io.crmkit.scoring.rules;

/** Checks shared by the rule records. */
final class Rules {

    static final int MAX_POINTS = 10_000;

    private Rules() {
    }

    static void requirePoints(int points, String rule) {
        if (points < -MAX_POINTS || points > MAX_POINTS) {
            throw new IllegalArgumentException("points of rule " + rule + " must be within +/-" + MAX_POINTS + " but were " + points);
        }
    }

    static String reason(String reason, String rule) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason of rule " + rule + " must not be blank");
        }
        String r = reason.strip();
        if (r.length() > 200) {
            throw new IllegalArgumentException("reason of rule " + rule + " must be at most 200 characters but was " + r.length());
        }
        return r;
    }
}
