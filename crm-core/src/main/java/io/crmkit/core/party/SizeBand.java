package io.crmkit.core.party;

/** Company size by headcount, in the bands most CRMs and the EU use. */
public enum SizeBand {
    /** 1 to 9 employees. */
    MICRO(1, 9),
    /** 10 to 49 employees. */
    SMALL(10, 49),
    /** 50 to 249 employees. */
    MEDIUM(50, 249),
    /** 250 to 999 employees. */
    LARGE(250, 999),
    /** 1,000 employees or more. */
    ENTERPRISE(1000, Integer.MAX_VALUE);

    private final int minEmployees;
    private final int maxEmployees;

    SizeBand(int minEmployees, int maxEmployees) {
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
    }

    /** The band a headcount falls in. */
    public static SizeBand ofEmployees(int employees) {
        if (employees < 1) {
            throw new IllegalArgumentException("employees must be at least 1 but was " + employees);
        }
        for (SizeBand band : values()) {
            if (employees <= band.maxEmployees) {
                return band;
            }
        }
        throw new AssertionError(employees);
    }

    /** The smallest headcount in this band. */
    public int minEmployees() {
        return minEmployees;
    }

    /** The largest headcount in this band ({@link Integer#MAX_VALUE} for the last). */
    public int maxEmployees() {
        return maxEmployees;
    }
}
