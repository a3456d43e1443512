package io.crmkit.persistence.jpa;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Tags;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small conversions between domain values and column values shared by the mappers. */
final class Columns {

    private Columns() {
    }

    static <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }

    static <T> Optional<T> opt(UUID value, Function<UUID, T> wrap) {
        return value == null ? Optional.empty() : Optional.of(wrap.apply(value));
    }

    static Optional<Money> money(BigDecimal amount, String currency) {
        return amount == null ? Optional.empty() : Optional.of(Money.of(amount, Currency.getInstance(currency)));
    }

    /** A stored quantity without the padding zeros of its column: {@code 3.000000} reads back as {@code 3}. */
    static BigDecimal quantity(BigDecimal stored) {
        BigDecimal q = stored.stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }

    /** Tags are comma-free (see {@link Tags}), so one comma-separated column holds them in their sorted order. */
    static String tags(Tags tags) {
        return String.join(",", tags.values());
    }

    static Tags tags(String column) {
        return column == null || column.isEmpty() ? Tags.empty() : new Tags(Set.of(column.split(",")));
    }

    static <E extends Enum<E>> String enums(Set<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (column != null && !column.isEmpty()) {
            Arrays.stream(column.split(",")).map(v -> Enum.valueOf(type, v)).forEach(set::add);
        }
        return set;
    }
}
