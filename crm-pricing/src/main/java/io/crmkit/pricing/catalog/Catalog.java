package io.crmkit.pricing.catalog;

import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable catalogue of products and bundles, built with {@link #builder()}. Building reports every problem
 * at once: duplicate ids or SKUs, bundles of unknown products, and bundles that contain themselves through other
 * bundles.
 */
public final class Catalog {

    private final Map<ProductId, Product> products;
    private final Map<String, Product> bySku;
    private final Map<ProductId, Bundle> bundles;

    private Catalog(Map<ProductId, Product> products, Map<ProductId, Bundle> bundles) {
        this.products = products;
        this.bundles = bundles;
        Map<String, Product> skus = new HashMap<>();
        products.values().forEach(p -> skus.put(p.sku(), p));
        this.bySku = Map.copyOf(skus);
    }

    /** Starts an empty catalogue. */
    public static Builder builder() {
        return new Builder();
    }

    /** The product with {@code id}, if it is in the catalogue. */
    public Optional<Product> product(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    /** The product with {@code sku}, if it is in the catalogue. */
    public Optional<Product> productBySku(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }

    /** The product with {@code id}; throws naming the id if it is unknown. */
    public Product require(ProductId id) {
        Product p = products.get(Checks.nonNull(id, "product"));
        if (p == null) {
            throw new IllegalArgumentException("unknown product " + id + ": it is not in the catalogue");
        }
        return p;
    }

    /** The bundle whose own product is {@code id}, if {@code id} is a bundle. */
    public Optional<Bundle> bundle(ProductId id) {
        return Optional.ofNullable(bundles.get(id));
    }

    /** Every product, in the order they were added. */
    public Collection<Product> products() {
        return products.values();
    }

    /** Builds a {@link Catalog}. */
    public static final class Builder {
        private final List<Product> products = new ArrayList<>();
        private final List<Bundle> bundles = new ArrayList<>();

        private Builder() {
        }

        /** Adds a product. */
        public Builder product(Product product) {
            products.add(Checks.nonNull(product, "product"));
            return this;
        }

        /** Adds a bundle; its own product must be added too. */
        public Builder bundle(Bundle bundle) {
            bundles.add(Checks.nonNull(bundle, "bundle"));
            return this;
        }

        /**
         * The immutable catalogue.
         *
         * @throws InvalidConfigurationException with every problem found
         */
        public Catalog build() {
            List<String> problems = new ArrayList<>();
            Map<ProductId, Product> byId = new LinkedHashMap<>();
            Set<String> skus = new HashSet<>();
            for (int i = 0; i < products.size(); i++) {
                Product p = products.get(i);
                if (byId.putIfAbsent(p.id(), p) != null) {
                    problems.add("products[" + i + "]: id " + p.id() + " is used twice");
                }
                if (!skus.add(p.sku())) {
                    problems.add("products[" + i + "]: sku '" + p.sku() + "' is used twice");
                }
            }
            Map<ProductId, Bundle> bundleMap = new LinkedHashMap<>();
            for (int i = 0; i < bundles.size(); i++) {
                Bundle b = bundles.get(i);
                if (!byId.containsKey(b.product())) {
                    problems.add("bundles[" + i + "]: bundle product " + b.product() + " is not in the catalogue");
                }
                for (int j = 0; j < b.components().size(); j++) {
                    ProductId c = b.components().get(j).product();
                    if (!byId.containsKey(c)) {
                        problems.add("bundles[" + i + "].components[" + j + "]: unknown product " + c);
                    }
                }
                if (bundleMap.putIfAbsent(b.product(), b) != null) {
                    problems.add("bundles[" + i + "]: product " + b.product() + " is already a bundle");
                }
            }
            for (Bundle b : bundleMap.values()) {
                cycleThrough(b.product(), bundleMap, new ArrayList<>()).ifPresent(cycle ->
                        problems.add("bundles: bundle " + sku(byId, b.product()) + " contains itself through " + cycle));
            }
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException("catalogue", problems);
            }
            return new Catalog(java.util.Collections.unmodifiableMap(byId), Map.copyOf(bundleMap));
        }

        private static String sku(Map<ProductId, Product> byId, ProductId id) {
            Product p = byId.get(id);
            return p == null ? id.toString() : p.sku();
        }

        private static Optional<List<ProductId>> cycleThrough(ProductId start, Map<ProductId, Bundle> bundles, List<ProductId> path) {
            Bundle b = bundles.get(path.isEmpty() ? start : path.get(path.size() - 1));
            if (b == null) {
                return Optional.empty();
            }
            for (BundleComponent c : b.components()) {
                if (c.product().equals(start)) {
                    List<ProductId> cycle = new ArrayList<>(path);
                    cycle.add(c.product());
                    return Optional.of(cycle);
                }
                if (!path.contains(c.product()) && bundles.containsKey(c.product())) {
                    path.add(c.product());
                    Optional<List<ProductId>> found = cycleThrough(start, bundles, path);
                    path.remove(path.size() - 1);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
    }
}
