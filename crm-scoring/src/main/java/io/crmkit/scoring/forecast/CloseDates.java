package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * When a simulated deal closes: its expected close day shifted by a random number of days. Immutable and thread-safe;
 * the randomness comes from the caller's generator, so a seeded simulation is reproducible.
 */
public final class CloseDates {

    private final int[] offsets;
    private final int earliest;
    private final int latest;
    private final LocalDate floor;

    private CloseDates(int[] offsets, LocalDate floor) {
        this.offsets = offsets;
        this.earliest = Arrays.stream(offsets).min().orElseThrow();
        this.latest = Arrays.stream(offsets).max().orElseThrow();
        this.floor = floor;
    }

    private CloseDates(int[] offsets) {
        this(offsets, LocalDate.MIN);
    }

    /** The same distribution, with a day drawn on or before {@code day} moved to the day after it (deals close after the as-of day). */
    public CloseDates after(LocalDate day) {
        Checks.nonNull(day, "day");
        return new CloseDates(offsets, day.plusDays(1));
    }

    /** Every deal closes exactly on its expected day. */
    public static CloseDates exact() {
        return new CloseDates(new int[]{0});
    }

    /** Uniformly from {@code daysEarly} days before to {@code daysLate} days after the expected day, both included. */
    public static CloseDates uniform(int daysEarly, int daysLate) {
        Checks.atLeast(daysEarly, 0, "daysEarly");
        Checks.atLeast(daysLate, 0, "daysLate");
        int[] offsets = new int[daysEarly + daysLate + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i - daysEarly;
        }
        return new CloseDates(offsets);
    }

    /** One of {@code offsetDays}, each equally likely: an empirical distribution of slips (positive: late). */
    public static CloseDates empirical(int[] offsetDays) {
        Checks.nonNull(offsetDays, "offsetDays");
        Checks.argument(offsetDays.length > 0, "offsetDays must not be empty");
        return new CloseDates(offsetDays.clone());
    }

    /** A random offset in days from the expected close, before the floor is applied. */
    int offset(SplittableRandom random) {
        return offsets.length == 1 ? offsets[0] : offsets[random.nextInt(offsets.length)];
    }

    /** The earliest day a deal may close on, as an epoch day ({@link Long#MIN_VALUE} when there is none). */
    long floorEpochDay() {
        return floor.equals(LocalDate.MIN) ? Long.MIN_VALUE : floor.toEpochDay();
    }

    LocalDate earliest(LocalDate expected) {
        return atLeastFloor(expected.plusDays(earliest));
    }

    LocalDate latest(LocalDate expected) {
        return atLeastFloor(expected.plusDays(latest));
    }

    private LocalDate atLeastFloor(LocalDate day) {
        return day.isBefore(floor) ? floor : day;
    }
}
