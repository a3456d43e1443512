package io.crmkit.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * JDBC batch inserts of an entity's rows, built from the entity's own mapping annotations, so they write exactly the
 * columns the provider would: basic columns, embedded columns and ordered element collections of embeddables.
 * Rows are filled by the same mappers as the per-aggregate path.
 */
final class RowInserts<R> {

    /** Rows per {@code executeBatch}: large enough to amortise the round trip, small enough for the driver's buffers. */
    static final int BATCH = 1_000;

    private final String sql;
    private final List<Binder> columns;
    private final List<Collection> collections;

    private RowInserts(String sql, List<Binder> columns, List<Collection> collections) {
        this.sql = sql;
        this.columns = columns;
        this.collections = collections;
    }

    /** The inserts of {@code entity}'s table and its element collections, read from its annotations. */
    static <R> RowInserts<R> of(Class<R> entity) {
        List<Binder> columns = new ArrayList<>();
        List<Collection> collections = new ArrayList<>();
        for (Field f : entity.getDeclaredFields()) {
            if (skipped(f)) {
                continue;
            }
            f.setAccessible(true);
            if (f.isAnnotationPresent(ElementCollection.class)) {
                collections.add(Collection.of(f));
            } else if (f.isAnnotationPresent(Embedded.class)) {
                for (Field e : f.getType().getDeclaredFields()) {
                    if (!skipped(e)) {
                        e.setAccessible(true);
                        columns.add(Binder.embedded(f, e));
                    }
                }
            } else {
                columns.add(Binder.of(f));
            }
        }
        String table = Objects.requireNonNull(entity.getAnnotation(Table.class), entity + " has no @Table").name();
        return new RowInserts<>(insertSql(table, columns.stream().map(Binder::column).toList()), List.copyOf(columns),
                List.copyOf(collections));
    }

    private static boolean skipped(Field f) {
        return Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                || f.isAnnotationPresent(Transient.class);
    }

    private static String insertSql(String table, List<String> columns) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Inserts {@code rows} (and their collections' rows) on {@code connection}, in batches of {@link #BATCH}. */
    void insert(Connection connection, List<? extends R> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (R row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).bind(ps, i + 1, row);
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        for (Collection c : collections) {
            c.insert(connection, rows);
        }
    }

    /** The SQL of the main table's insert (for tests and messages). */
    String sql() {
        return sql;
    }

    /** An ordered element collection of embeddables in its own table: owner id, position, the element's columns. */
    private record Collection(Field field, String sql, Binder ownerId, List<Binder> element) {

        static Collection of(Field f) {
            CollectionTable table = f.getAnnotation(CollectionTable.class);
            OrderColumn order = f.getAnnotation(OrderColumn.class);
            if (table == null || table.joinColumns().length != 1 || order == null
                    || !(f.getGenericType() instanceof ParameterizedType type)
                    || !(type.getActualTypeArguments()[0] instanceof Class<?> elementType)
                    || !elementType.isAnnotationPresent(Embeddable.class)) {
                throw new IllegalStateException("bulk inserts support ordered element collections of embeddables with"
                        + " one join column only, not " + f);
            }
            JoinColumn join = table.joinColumns()[0];
            Field id = idField(f.getDeclaringClass());
            List<Binder> element = new ArrayList<>();
            for (Field e : elementType.getDeclaredFields()) {
                if (!skipped(e)) {
                    e.setAccessible(true);
                    element.add(Binder.of(e));
                }
            }
            List<String> names = new ArrayList<>(List.of(join.name(), order.name()));
            element.forEach(b -> names.add(b.column()));
            return new Collection(f, insertSql(table.name(), names), Binder.named(join.name(), id), List.copyOf(element));
        }

        void insert(Connection connection, List<?> rows) throws SQLException {
            PreparedStatement ps = null;
            try {
                int pending = 0;
                for (Object row : rows) {
                    List<?> items = (List<?>) get(field, row);
                    for (int position = 0; position < items.size(); position++) {
                        if (ps == null) {
                            ps = connection.prepareStatement(sql);
                        }
                        ownerId.bind(ps, 1, row);
                        ps.setInt(2, position);
                        for (int i = 0; i < element.size(); i++) {
                            element.get(i).bind(ps, i + 3, items.get(position));
                        }
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            } finally {
                if (ps != null) {
                    ps.close();
                }
            }
        }
    }

    private static Field idField(Class<?> entity) {
        for (Field f : entity.getDeclaredFields()) {
            if (f.isAnnotationPresent(Id.class)) {
                f.setAccessible(true);
                return f;
            }
        }
        throw new IllegalStateException(entity + " has no @Id field");
    }

    private static Object get(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    /** Binds one column of a row (or of its embedded part) to a statement parameter. */
    private record Binder(String column, Field owner, Field field, Setter setter) {

        static Binder of(Field f) {
            return new Binder(columnName(f), null, f, setter(f));
        }

        static Binder named(String column, Field f) {
            return new Binder(column, null, f, setter(f));
        }

        static Binder embedded(Field owner, Field f) {
            return new Binder(columnName(f), owner, f, setter(f));
        }

        void bind(PreparedStatement ps, int index, Object row) throws SQLException {
            Object target = owner == null ? row : get(owner, row);
            setter.set(ps, index, target == null ? null : get(field, target));
        }

        private static String columnName(Field f) {
            Column c = f.getAnnotation(Column.class);
            if (c == null || c.name().isEmpty()) {
                throw new IllegalStateException("bulk inserts need an explicit @Column name on " + f);
            }
            return c.name();
        }

        private static Setter setter(Field f) {
            Class<?> type = f.getType();
            if (type == UUID.class) {
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.OTHER);
                    } else {
                        ps.setObject(i, v);
                    }
                };
            }
            if (type == String.class) {
                return (ps, i, v) -> ps.setString(i, (String) v);
            }
            if (type == Instant.class) {
                // a java.sql.Timestamp is the instant whatever the zone, and drivers send it and a null with the same
                // parameter type: rows of one batch then share one statement shape (PostgreSQL's batch rewriting
                // splits a batch wherever the parameter types change)
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.TIMESTAMP);
                    } else {
                        ps.setTimestamp(i, Timestamp.from((Instant) v));
                    }
                };
            }
            if (type == BigDecimal.class) {
                return (ps, i, v) -> ps.setBigDecimal(i, (BigDecimal) v);
            }
            if (type == LocalDate.class) {
                return (ps, i, v) -> {
                    if (v == null) {
                        ps.setNull(i, Types.DATE);
                    } else {
                        ps.setObject(i, v);
                    }
                };
            }
            if (type == long.class) {
                return (ps, i, v) -> ps.setLong(i, (Long) v);
            }
            if (type == int.class) {
                return (ps, i, v) -> ps.setInt(i, (Integer) v);
            }
            if (type == boolean.class) {
                return (ps, i, v) -> ps.setBoolean(i, (Boolean) v);
            }
            throw new IllegalStateException("bulk inserts do not bind " + type.getName() + " yet: " + f);
        }
    }

    @FunctionalInterface
    private interface Setter {
        void set(PreparedStatement ps, int index, Object value) throws SQLException;
    }
}
