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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

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

    private static final int DEFAULT_BLOCK_LIMIT = 50;
    private static final int DEFAULT_WINDOW = 8;
    /** Stripes of groups in a parallel scan: enough for the fork-join pool to balance large groups among threads. */
    private static final int STRIPES = 256;

    private final Matcher matcher;
    private final int blockLimit;
    private final int window;
    private final boolean parallel;

    private DuplicateScan(Matcher matcher, int blockLimit, int window, boolean parallel) {
        this.matcher = matcher;
        this.blockLimit = blockLimit;
        this.window = window;
        this.parallel = parallel;
    }

    /** A scan with {@code matcher}, comparing all pairs in groups of up to 50 leads and 8 neighbours in larger ones. */
    public static DuplicateScan using(Matcher matcher) {
        return new DuplicateScan(Require.nonNull(matcher, "matcher"), DEFAULT_BLOCK_LIMIT, DEFAULT_WINDOW, false);
    }

    /** This scan with other limits: all pairs in groups of up to {@code blockLimit} leads, else {@code window} neighbours. */
    public DuplicateScan withLimits(int blockLimit, int window) {
        Require.argument(blockLimit >= 2, "blockLimit must be at least 2 but was " + blockLimit);
        Require.argument(window >= 1, "window must be at least 1 but was " + window);
        return new DuplicateScan(matcher, blockLimit, window, parallel);
    }

    /** The same scan, comparing the groups on the common fork-join pool's threads when {@code parallel}; same result. */
    public DuplicateScan parallel(boolean parallel) {
        return new DuplicateScan(matcher, blockLimit, window, parallel);
    }

    /**
     * Scans {@code leads} (ids must be distinct). Each pair of leads is compared at most once: in the first group
     * (by key) in which both are compared.
     */
    public ScanResult scan(Collection<Lead> leads) {
        Require.nonNull(leads, "leads");
        List<Lead> sorted = new ArrayList<>(leads);
        sorted.sort(Comparator.comparing(l -> l.id().value()));
        int n = sorted.size();
        Profile[] profiles = new Profile[n];
        Map<String, Integer> keyIds = new HashMap<>(n * 4);
        List<String> keyNames = new ArrayList<>();
        int[][] keysOf = new int[n][];
        for (int i = 1; i < n; i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("lead " + sorted.get(i).id() + " appears twice in the scan");
            }
        }
        // normalising is independent per lead; equal tokens share one array (a concurrent map when in parallel)
        Map<String, int[]> tokens = parallel ? new ConcurrentHashMap<>() : new HashMap<>();
        @SuppressWarnings("unchecked")
        Set<String>[] keySets = new Set[n];
        IntStream normalise = IntStream.range(0, n);
        (parallel ? normalise.parallel() : normalise).forEach(i -> {
            profiles[i] = Profile.of(sorted.get(i), matcher.config(), tokens);
            keySets[i] = profiles[i].keys();
        });
        for (int i = 0; i < n; i++) {
            Set<String> keys = keySets[i];
            int[] ids = new int[keys.size()];
            int k = 0;
            for (String key : keys) {
                Integer id = keyIds.get(key);
                if (id == null) {
                    id = keyNames.size();
                    keyIds.put(key, id);
                    keyNames.add(key);
                }
                ids[k++] = id;
            }
            Arrays.sort(ids);
            keysOf[i] = ids;
        }
        // the key ids are in order of first appearance in id order, so they do not depend on the input order
        int blocks = keyNames.size();
        int[] start = new int[blocks + 1];
        for (int[] ids : keysOf) {
            for (int id : ids) {
                start[id + 1]++;
            }
        }
        for (int b = 0; b < blocks; b++) {
            start[b + 1] += start[b];
        }
        int[] members = new int[start[blocks]];
        int[] fill = Arrays.copyOf(start, blocks);
        for (int i = 0; i < n; i++) {
            for (int id : keysOf[i]) {
                members[fill[id]++] = i;
            }
        }
        int[][] positionOf = new int[n][];
        for (int i = 0; i < n; i++) {
            positionOf[i] = new int[keysOf[i].length];
        }
        int[] byName = null;
        int[] nameRank = null;
        for (int b = 0; b < blocks; b++) {
            int size = start[b + 1] - start[b];
            if (size > blockLimit) {
                if (byName == null) {
                    // leads in order of name, then id; a large group is sorted by this rank
                    IntStream all = IntStream.range(0, n);
                    byName = (parallel ? all.parallel() : all).boxed()
                            .sorted(Comparator.comparing((Integer i) -> profiles[i].nameKey).thenComparing(i -> i))
                            .mapToInt(Integer::intValue).toArray();
                    nameRank = new int[n];
                    for (int r = 0; r < n; r++) {
                        nameRank[byName[r]] = r;
                    }
                }
                for (int x = start[b]; x < start[b + 1]; x++) {
                    members[x] = nameRank[members[x]];
                }
                Arrays.sort(members, start[b], start[b + 1]);
                for (int x = start[b]; x < start[b + 1]; x++) {
                    members[x] = byName[members[x]];
                }
            }
            for (int x = 0; x < size; x++) {
                int m = members[start[b] + x];
                positionOf[m][Arrays.binarySearch(keysOf[m], b)] = x;
            }
        }
        // the groups are dealt out in stripes, so the few large groups (the first keys to appear are the commonest)
        // do not all fall to one thread; matches are sorted when clustered, so their order does not matter
        int stripes = parallel ? STRIPES : 1;
        IntStream range = IntStream.range(0, stripes);
        List<Found> found = (parallel ? range.parallel() : range).mapToObj(stripe -> {
            Found f = new Found();
            for (int b = stripe; b < blocks; b += stripes) {
                f.comparisons += compareGroup(b, start, members, keysOf, positionOf, profiles, f.matches);
            }
            return f;
        }).toList();
        List<Match> matches = new ArrayList<>();
        long comparisons = 0;
        for (Found f : found) {
            matches.addAll(f.matches);
            comparisons += f.comparisons;
        }
        return cluster(profiles, matches, n, comparisons);
    }

    /** The matches (not DIFFERENT) one stripe of groups found, and how many pairs it compared. */
    private static final class Found {
        final List<Match> matches = new ArrayList<>();
        long comparisons;
    }

    /** Compares the pairs of group {@code b} not compared in an earlier group; adds the matches; returns the count. */
    private long compareGroup(int b, int[] start, int[] members, int[][] keysOf, int[][] positionOf, Profile[] profiles,
                              List<Match> matches) {
        int from = start[b];
        int size = start[b + 1] - from;
        int reach = size > blockLimit ? window : size;
        long comparisons = 0;
        for (int x = 0; x < size; x++) {
            for (int y = x + 1; y < Math.min(size, x + reach + 1); y++) {
                int i = Math.min(members[from + x], members[from + y]);
                int j = Math.max(members[from + x], members[from + y]);
                if (comparedEarlier(i, j, b, keysOf, positionOf, start)) {
                    continue;
                }
                comparisons++;
                Match m = matcher.compare(profiles[i], profiles[j], false);
                if (m.verdict() != Verdict.DIFFERENT) {
                    matches.add(matcher.compare(profiles[i], profiles[j], true));
                }
            }
        }
        return comparisons;
    }

    /** True if leads {@code i} and {@code j} share a key before {@code block} in whose group they are compared. */
    private boolean comparedEarlier(int i, int j, int block, int[][] keysOf, int[][] positionOf, int[] start) {
        int[] a = keysOf[i];
        int[] b = keysOf[j];
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length && a[x] < block && b[y] < block) {
            if (a[x] < b[y]) {
                x++;
            } else if (a[x] > b[y]) {
                y++;
            } else {
                int key = a[x];
                int size = start[key + 1] - start[key];
                if (size <= blockLimit || Math.abs(positionOf[i][x] - positionOf[j][y]) <= window) {
                    return true;
                }
                x++;
                y++;
            }
        }
        return false;
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
}
