package io.crmkit.scoring.rules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small dense ids for attribute names and event types, shared by profiles, engagement histories and compiled rule
 * sets, so the scorer finds a value by array index instead of a hash lookup. Names come from small vocabularies
 * (a host's attributes and event types), so the table stays small; ids are never reused.
 */
final class Vocabulary {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Vocabulary() {
    }

    /** The id of {@code name}, assigned on first use. */
    static int id(String name) {
        Integer id = IDS.get(name);
        return id != null ? id : IDS.computeIfAbsent(name, n -> NEXT.getAndIncrement());
    }
}
