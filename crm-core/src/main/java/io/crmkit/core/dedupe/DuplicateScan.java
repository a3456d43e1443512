package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds duplicates among many leads without comparing every pair: leads are grouped by {@linkplain
 * Matcher#blockingKeys blocking keys} and compared only within a group; a group larger than the block limit (a very
 * common name) is sorted by name and each lead compared with its next neighbours only. SAME matches are joined into
 * clusters by union-find. The result depends only on the set of leads, not on their order.
 *
 * <pre>{@code
 * ScanResult result = DuplicateScan.using(Matcher.of(MatchConfig.ofDefaults())).scan(leads);
 * result.clusters();   // each with its members and the matches that link them
 * }</pre>
 */
public final class DuplicateScan {

    private static final int DEFAULT_BLOCK_LIMIT = 200;
    private static final int DEFAULT_WINDOW = 25;

    private final Matcher matcher;
    private final int blockLimit;
    private final int window;

    private DuplicateScan(Matcher matcher, int blockLimit, int window) {
        this.matcher = matcher;
        this.blockLimit = blockLimit;
        this.window = window;
    }

    /** A scan with {@code matcher}, comparing all pairs in groups of up to 200 leads and 25 neighbours in larger ones. */
    public static DuplicateScan using(Matcher matcher) {
        return new DuplicateScan(Require.nonNull(matcher, "matcher"), DEFAULT_BLOCK_LIMIT, DEFAULT_WINDOW);
    }

    /** This scan with other limits: all pairs in groups of up to {@code blockLimit} leads, else {@code window} neighbours. */
    public DuplicateScan withLimits(int blockLimit, int window) {
        Require.argument(blockLimit >= 2, "blockLimit must be at least 2 but was " + blockLimit);
        Require.argument(window >= 1, "window must be at least 1 but was " + window);
        return new DuplicateScan(matcher, blockLimit, window);
    }

    /** Scans {@code leads} (ids must be distinct). */
    public ScanResult scan(Collection<Lead> leads) {
        Require.nonNull(leads, "leads");
        List<Lead> sorted = new ArrayList<>(leads);
        sorted.sort(Comparator.comparing(l -> l.id().value()));
        int n = sorted.size();
        Profile[] profiles = new Profile[n];
        Map<String, int[]> blocks = new HashMap<>(n * 4);
        Map<String, Integer> sizes = new HashMap<>(n * 4);
        for (int i = 0; i < n; i++) {
            Lead lead = sorted.get(i);
            if (i > 0 && lead.id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("lead " + lead.id() + " appears twice in the scan");
            }
            profiles[i] = Profile.of(lead, matcher.config());
            for (String key : profiles[i].keys()) {
                int size = sizes.merge(key, 1, Integer::sum);
                int[] members = blocks.get(key);
                if (members == null) {
                    members = new int[2];
                    blocks.put(key, members);
                } else if (size > members.length) {
                    members = Arrays.copyOf(members, members.length * 2);
                    blocks.put(key, members);
                }
                members[size - 1] = i;
            }
        }
        LongSet seen = new LongSet(n * 4);
        List<Match> matches = new ArrayList<>();
        long comparisons = 0;
        for (Map.Entry<String, int[]> block : blocks.entrySet()) {
            int size = sizes.get(block.getKey());
            if (size < 2) {
                continue;
            }
            int[] members = Arrays.copyOf(block.getValue(), size);
            int reach = size;
            if (size > blockLimit) {
                Integer[] boxed = Arrays.stream(members).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, Comparator.comparing((Integer i) -> profiles[i].nameKey).thenComparing(i -> i));
                members = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
                reach = window + 1;
            }
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y < Math.min(size, x + reach); y++) {
                    int i = Math.min(members[x], members[y]);
                    int j = Math.max(members[x], members[y]);
                    if (!seen.add(((long) i << 32) | j)) {
                        continue;
                    }
                    comparisons++;
                    Match m = matcher.compare(profiles[i], profiles[j], false);
                    if (m.verdict() != Verdict.DIFFERENT) {
                        matches.add(matcher.compare(profiles[i], profiles[j], true));
                    }
                }
            }
        }
        return cluster(profiles, matches, n, comparisons);
    }

    private static ScanResult cluster(Profile[] profiles, List<Match> matches, int n, long comparisons) {
        Map<LeadId, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(profiles[i].id, i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Match m : matches) {
            if (m.verdict() == Verdict.SAME) {
                union(parent, index.get(m.left()), index.get(m.right()));
            }
        }
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (find(parent, i) != i) {
                groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>(List.of(r))).add(i);
            }
        }
        Map<Integer, List<Match>> links = new HashMap<>();
        List<Match> possible = new ArrayList<>();
        for (Match m : matches) {
            int root = find(parent, index.get(m.left()));
            boolean together = root == find(parent, index.get(m.right()));
            if (m.verdict() == Verdict.SAME) {
                links.computeIfAbsent(root, r -> new ArrayList<>()).add(m);
            } else if (!together) {
                possible.add(m);
            }
        }
        Comparator<Match> byIds = Comparator.comparing((Match m) -> m.left().value()).thenComparing(m -> m.right().value());
        List<Cluster> clusters = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
            List<Integer> members = group.getValue();
            members.sort(null);
            List<Match> l = new ArrayList<>(links.getOrDefault(group.getKey(), List.of()));
            l.sort(byIds);
            clusters.add(new Cluster(members.stream().map(i -> profiles[i].id).toList(), l));
        }
        clusters.sort(Comparator.comparing(c -> c.members().get(0).value()));
        possible.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(byIds));
        return new ScanResult(clusters, possible, n, comparisons);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** An open-addressing set of non-negative longs. */
    private static final class LongSet {
        private long[] table;
        private int size;

        LongSet(int expected) {
            table = new long[Integer.highestOneBit(Math.max(16, expected * 2)) * 2];
            Arrays.fill(table, -1);
        }

        boolean add(long value) {
            if (size * 2 >= table.length) {
                grow();
            }
            int mask = table.length - 1;
            int slot = (int) (mix(value) & mask);
            while (table[slot] != -1) {
                if (table[slot] == value) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = value;
            size++;
            return true;
        }

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            Arrays.fill(table, -1);
            size = 0;
            for (long v : old) {
                if (v != -1) {
                    add(v);
                }
            }
        }

        private static long mix(long x) {
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            return x;
        }
    }
}
