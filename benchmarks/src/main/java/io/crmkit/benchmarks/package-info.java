/**
 * JMH benchmarks. Classes mirror the production packages; each measures crmkit against a hand-written baseline
 * and the library a host would otherwise pick, in the same run, so results read as ratios.
 */
package io.crmkit.benchmarks;
