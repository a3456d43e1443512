package io.crmkit.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The default {@code saveAll} of the ports ({@code Leads}, {@code Activities}): distinct ids checked first, then each aggregate saved in order. */
public final class SaveEach {

    private SaveEach() {
    }

    /** Saves each of {@code items} with {@code save}, in order, after checking that their ids are distinct. */
    public static <A> List<A> saveAll(Collection<A> items, Function<A, Object> id, UnaryOperator<A> save, String what) {
        List<A> batch = List.copyOf(items);
        Set<Object> ids = new HashSet<>();
        for (A each : batch) {
            if (!ids.add(id.apply(each))) {
                throw new IllegalArgumentException(what + " must have distinct ids but " + id.apply(each) + " appears twice");
            }
        }
        List<A> saved = new ArrayList<>(batch.size());
        for (A each : batch) {
            saved.add(save.apply(each));
        }
        return List.copyOf(saved);
    }
}
