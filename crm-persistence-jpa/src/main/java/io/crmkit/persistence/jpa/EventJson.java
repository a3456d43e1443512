package io.crmkit.persistence.jpa;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a domain event (a record of records, values, options and collections) as JSON without a JSON library:
 * records become objects, single-value records such as ids become their value, empty options become null.
 */
final class EventJson {

    private EventJson() {
    }

    static String write(Object event) {
        StringBuilder out = new StringBuilder(256);
        value(event, out);
        return out.toString();
    }

    private static void value(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Optional<?> o) {
            value(o.orElse(null), out);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short) {
            out.append(v);
        } else if (v instanceof java.math.BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                out.append(v);
            } else {
                string(v.toString(), out);
            }
        } else if (v instanceof Enum<?> e) {
            string(e.name(), out);
        } else if (v instanceof Currency c) {
            string(c.getCurrencyCode(), out);
        } else if (v instanceof Record r) {
            record(r, out);
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object item : c) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(item, out);
            }
            out.append(']');
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                value(e.getValue(), out);
            }
            out.append('}');
        } else {
            string(v.toString(), out);
        }
    }

    private static void record(Record r, StringBuilder out) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        if (components.length == 1 && !(read(components[0], r) instanceof Record)
                && !(read(components[0], r) instanceof Collection<?>)) {
            value(read(components[0], r), out);
            return;
        }
        out.append('{');
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            string(components[i].getName(), out);
            out.append(':');
            value(read(components[i], r), out);
        }
        out.append('}');
    }

    private static Object read(RecordComponent component, Record r) {
        try {
            return component.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + r.getClass().getName(), e);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
