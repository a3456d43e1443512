package io.crmkit.scoring.rules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small dense ids for attribute names and event types, shared by profiles, engagement histories and compiled rule
 * sets, so the scorer finds a value by id instead of hashing strings. Ids are never reused: the table holds every
 * distinct name this JVM has seen (at most 64 characters each), which is small for a host's attributes and event
 * types; a profile stores only the ids of its own attributes, so it does not grow with the table.
 */
final class Vocabulary {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Integer, String> NAMES = new ConcurrentHashMap<>();
    /** Every name that has an id, mapped to itself: the canonical instance. */
    private static final ConcurrentHashMap<String, String> KNOWN = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Vocabulary() {
    }

    /** The id of {@code name}, assigned on first use. */
    static int id(String name) {
        Integer id = IDS.get(name);
        return id != null ? id : IDS.computeIfAbsent(name, n -> {
            int assigned = NEXT.getAndIncrement();
            NAMES.put(assigned, n);
            KNOWN.put(n, n);
            return assigned;
        });
    }

    /**
     * The canonical instance of {@code name} if it already has an id, else null. Only validated names get ids, so a
     * name found here needs no validation again.
     */
    static String known(String name) {
        return KNOWN.get(name);
    }

    /** The name with id {@code id}, assigned before. */
    static String name(int id) {
        String name = NAMES.get(id);
        if (name == null) {
            throw new IllegalStateException("no name has vocabulary id " + id);
        }
        return name;
    }
}
