/**
 * Benchmarks: plain {@code main()} programs that warm up, then measure, and print figures with ratios against a
 * reference run in the same process or script. Run with {@code ./mvnw -Pbench verify} (see README, "Benchmarks").
 */
package org.paxmap.bench;
