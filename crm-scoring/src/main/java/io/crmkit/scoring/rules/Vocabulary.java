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

    /** A name's id and its canonical instance. */
    private record Entry(int id, String name) {
    }

    private static final ConcurrentHashMap<String, Entry> IDS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Integer, String> NAMES = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Vocabulary() {
    }

    /** The id of {@code name}, assigned on first use. */
    static int id(String name) {
        Entry entry = IDS.get(name);
        return (entry != null ? entry : IDS.computeIfAbsent(name, n -> {
            int assigned = NEXT.getAndIncrement();
            NAMES.put(assigned, n);
            return new Entry(assigned, n);
        })).id();
    }

    /**
     * The canonical instance of {@code name} if it already has an id, else null. Only validated names get ids, so a
     * name found here needs no validation again.
     */
    static String known(String name) {
        Entry entry = IDS.get(name);
        return entry == null ? null : entry.name();
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
