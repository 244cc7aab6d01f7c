package org.paxmap.bundle.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a bundle's signed creation time is plausible against this computer's clock: a warning, never a refusal
 * (either clock may be wrong, and the merge does not depend on it), shown in the import preview. Stateless and
 * thread-safe.
 *
 * <p>Warned: a {@code createdAt} more than {@link #FUTURE} (one day) after now — the sender's clock runs ahead, or
 * ours behind; one before {@link #EARLIEST} (2000-01-01, no Paxmap bundle is that old: a clock reset to its epoch);
 * one more than {@link #STALE} (365 days) before now — a very old stick, or a clock far behind.
 */
final class ClockSkew {
    /** How far ahead of now a creation time may be without a warning (time zones and drift fit well within it). */
    static final Duration FUTURE = Duration.ofDays(1);

    /** How old a bundle may be without a warning. */
    static final Duration STALE = Duration.ofDays(365);

    /** Before this, a creation time is a clock that was never set. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private ClockSkew() {}

    /** The warning for a bundle from {@code sender} created at {@code createdAt}, read at {@code now}, if any. */
    static Optional<String> warning(Instant createdAt, Instant now, String sender) {
        if (createdAt.isAfter(now.plus(FUTURE))) {
            return Optional.of("the bundle says " + sender + " made it at " + createdAt + ", "
                    + days(Duration.between(now, createdAt)) + " ahead of this computer's clock (" + now
                    + "): one of the two clocks is wrong; times in it may be off");
        }
        if (createdAt.isBefore(EARLIEST)) {
            return Optional.of("the bundle says " + sender + " made it at " + createdAt + ", before 2000: the"
                    + " sender's clock was probably not set; times in it may be off");
        }
        if (createdAt.isBefore(now.minus(STALE))) {
            return Optional.of("the bundle says " + sender + " made it at " + createdAt + ", "
                    + days(Duration.between(createdAt, now)) + " ago: a very old bundle, or a clock far behind");
        }
        return Optional.empty();
    }

    private static String days(Duration d) {
        long days = d.toDays();
        return days >= 2 ? days + " days" : d.toHours() + " hours";
    }
}
