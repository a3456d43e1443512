/**
 * The public pool (公海池): customers nobody holds, claimed by reps under caps, and recycled back when their holder
 * neglects them. {@link io.crmkit.core.pool.PoolRules} is the configuration, {@link io.crmkit.core.pool.Protection}
 * the pure arithmetic of when a held customer returns, and {@link io.crmkit.core.pool.PooledAccount} the aggregate
 * whose every move emits an event.
 */
package io.crmkit.core.pool;
