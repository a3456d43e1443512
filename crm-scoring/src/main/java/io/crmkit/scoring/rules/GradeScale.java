package io.crmkit.scoring.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Grades from score thresholds, best first: a score gets the first grade whose minimum it reaches, and the last
 * grade if it reaches none. {@code GradeScale.of("A", 80, "B", 50, "C", 20, "D")} grades 85 as A and 5 as D.
 *
 * @param grades the grades, best first; minimums strictly decreasing; the last grade's minimum is ignored
 */
public record GradeScale(List<Grade> grades) {

    /** A grade label and the minimum score (inclusive) that earns it. */
    public record Grade(String label, double minimum) {
        /** Validates. */
        public Grade {
            Objects.requireNonNull(label, "grade label");
            label = label.strip();
            if (label.isEmpty() || label.length() > 20) {
                throw new IllegalArgumentException("grade label must be 1 to 20 characters but was '" + label + "'");
            }
            if (Double.isNaN(minimum)) {
                throw new IllegalArgumentException("minimum of grade " + label + " must be a number");
            }
        }
    }

    /** Validates: at least two grades, unique labels, strictly decreasing minimums. */
    public GradeScale {
        grades = List.copyOf(Objects.requireNonNull(grades, "grades"));
        if (grades.size() < 2) {
            throw new IllegalArgumentException("a grade scale needs at least two grades but had " + grades.size());
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            if (!labels.add(grades.get(i).label())) {
                throw new IllegalArgumentException("grade label '" + grades.get(i).label() + "' is used twice");
            }
            if (i > 0 && i < grades.size() - 1 && !(grades.get(i).minimum() < grades.get(i - 1).minimum())) {
                throw new IllegalArgumentException("grade minimums must decrease but " + grades.get(i).label() + " ("
                        + grades.get(i).minimum() + ") is not below " + grades.get(i - 1).label() + " (" + grades.get(i - 1).minimum() + ")");
            }
        }
    }

    /**
     * A scale from alternating labels and minimums, ending with the lowest label:
     * {@code of("hot", 100, "warm", 50, "cold")}.
     */
    public static GradeScale of(Object... labelsAndMinimums) {
        if (labelsAndMinimums.length % 2 == 0) {
            throw new IllegalArgumentException("expected label, minimum, label, minimum, ..., last label");
        }
        List<Grade> grades = new ArrayList<>();
        for (int i = 0; i < labelsAndMinimums.length; i += 2) {
            if (!(labelsAndMinimums[i] instanceof String label)) {
                throw new IllegalArgumentException("grade label at position " + i + " must be a String but was " + labelsAndMinimums[i]);
            }
            double minimum = Double.NEGATIVE_INFINITY;
            if (i + 1 < labelsAndMinimums.length) {
                if (!(labelsAndMinimums[i + 1] instanceof Number number)) {
                    throw new IllegalArgumentException("minimum of grade " + label + " must be a number but was "
                            + labelsAndMinimums[i + 1]);
                }
                minimum = number.doubleValue();
            }
            grades.add(new Grade(label, minimum));
        }
        return new GradeScale(grades);
    }

    /** Fit grades: A from 60, B from 35, C from 15, else D. */
    public static GradeScale fitDefaults() {
        return of("A", 60, "B", 35, "C", 15, "D");
    }

    /** Engagement grades: 1 from 60, 2 from 30, 3 from 10, else 4. */
    public static GradeScale engagementDefaults() {
        return of("1", 60, "2", 30, "3", 10, "4");
    }

    /** Combined grades: hot from 100, warm from 50, else cold. */
    public static GradeScale totalDefaults() {
        return of("hot", 100, "warm", 50, "cold");
    }

    /** The grade of {@code score}. */
    public String gradeOf(double score) {
        int last = grades.size() - 1;
        for (int i = 0; i < last; i++) {
            if (score >= grades.get(i).minimum()) {
                return grades.get(i).label();
            }
        }
        return grades.get(last).label();
    }
}
