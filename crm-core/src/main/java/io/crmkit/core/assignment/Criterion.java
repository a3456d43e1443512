package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.SizeBand;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One test of an {@link AssignmentRule}; a rule matches when all its criteria do. */
public sealed interface Criterion {

    /** Whether {@code subject} passes. */
    boolean test(AssignmentSubject subject);

    /** The lead's region is one of {@code regions}. */
    static Criterion region(Set<String> regions) {
        return new Region(regions);
    }

    /** The lead's industry is one of {@code industries}. */
    static Criterion industry(Set<String> industries) {
        return new Industry(industries);
    }

    /** The lead's company size is one of {@code sizes}. */
    static Criterion size(Set<SizeBand> sizes) {
        return new Size(sizes);
    }

    /** The lead came through one of {@code channels}. */
    static Criterion channel(Set<SourceChannel> channels) {
        return new Channel(channels);
    }

    /** The lead is interested in at least one of {@code products}. */
    static Criterion productInterest(Set<String> products) {
        return new ProductInterest(products);
    }

    /** The lead was scored at least {@code minimum}. */
    static Criterion minScore(double minimum) {
        return new MinScore(minimum);
    }

    /** The lead's grade is one of {@code grades}. */
    static Criterion grade(Set<String> grades) {
        return new Grade(grades);
    }

    private static Set<String> texts(Set<String> values, String field) {
        Require.nonNull(values, field);
        Require.argument(!values.isEmpty(), field + " must name at least one value");
        return values.stream().map(AssignmentSubject::normal).collect(Collectors.toUnmodifiableSet());
    }

    private static <E extends Enum<E>> Set<E> enums(Set<E> values, String field) {
        Require.nonNull(values, field);
        Require.argument(!values.isEmpty(), field + " must name at least one value");
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /** By region. */
    record Region(Set<String> regions) implements Criterion {
        /** Validates: at least one region. */
        public Region {
            regions = texts(regions, "regions");
        }

        @Override
        public boolean test(AssignmentSubject subject) {
            return subject.region().filter(regions::contains).isPresent();
        }
    }

    /** By industry. */
    record Industry(Set<String> industries) implements Criterion {
        /** Validates: at least one industry. */
        public Industry {
            industries = texts(industries, "industries");
        }

        @Override
        public boolean test(AssignmentSubject subject) {
            return subject.industry().filter(industries::contains).isPresent();
        }
    }

    /** By company size. */
    record Size(Set<SizeBand> sizes) implements Criterion {
        /** Validates: at least one size band. */
        public Size {
            sizes = enums(sizes, "sizes");
        }

        @Override
        public boolean test(AssignmentSubject subject) {
            return subject.size().filter(sizes::contains).isPresent();
        }
    }

    /** By source channel. */
    record Channel(Set<SourceChannel> channels) implements Criterion {
        /** Validates: at least one channel. */
        public Channel {
            channels = enums(channels, "channels");
        }

        @Override
        public boolean test(AssignmentSubject subject) {
            return channels.contains(subject.channel());
        }
    }

    /** By product interest. */
    record ProductInterest(Set<String> products) implements Criterion {
        /** Validates: at least one product. */
        public ProductInterest {
            products = texts(products, "products");
        }

        @Override
        public boolean test(AssignmentSubject subject) {
            return subject.productInterests().stream().anyMatch(products::contains);
        }
    }

    /** By minimum score; an unscored lead does not pass. */
    record MinScore(double minimum) implements Criterion {
        /** Validates: a finite minimum. */
        public MinScore {
            Require.argument(Double.isFinite(minimum), "minimum score must be a finite number but was " + minimum);
        }

        @Override
        public boolean test(AssignmentSubject subject) {
            return subject.score().isPresent() && subject.score().getAsDouble() >= minimum;
        }
    }

    /** By grade; an ungraded lead does not pass. */
    record Grade(Set<String> grades) implements Criterion {
        /** Validates: at least one grade. */
        public Grade {
            grades = texts(grades, "grades");
        }

        @Override
        public boolean test(AssignmentSubject subject) {
            return subject.grade().filter(grades::contains).isPresent();
        }
    }
}
