package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.testing.HostileBundle;

/**
 * A bundle whose signed creation time is implausible against the importer's clock — a month ahead, in 1970, two
 * years old — is previewed with a clock-skew warning naming the sender and the time, and still imports (a warning,
 * not a refusal); a bundle made a few hours ahead (time zones, drift) raises none.
 */
@Tag("slow")
class ClockSkewTest {
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dir;

    ExchangePair nodes;
    Path genuine;

    @BeforeEach
    void aBundleFromAPartner() throws Exception {
        nodes = ExchangePair.create(dir);
        ExchangeNode fra = nodes.fra();
        fra.store.saveAll(List.of(fra.incident("Device at Naqoura", ReleaseLabel.exercise("FRA"))));
        genuine = fra.send(nodes.ita(), nodes.stick(), Manifest.SyncMode.INCREMENTAL);
    }

    @AfterEach
    void close() {
        nodes.close();
    }

    /** The genuine bundle re-signed by FRA-HQ's real key as made at {@code createdAt}, previewed at {@link #NOW}. */
    private ImportPreview madeAt(Instant createdAt) throws Exception {
        Path file = HostileBundle.of(genuine)
                .resign(
                        m -> HostileBundle.createdAt(m, createdAt),
                        nodes.fra().identity.kid(),
                        nodes.fra().key)
                .write(dir.resolve("made-" + createdAt.getEpochSecond() + ".paxb"));
        return new BundleImport(nodes.ita().store, Clock.fixed(NOW, ZoneOffset.UTC)).preview(file);
    }

    private static String onlyWarning(ImportPreview p) {
        assertThat(p.warnings()).hasSize(1);
        return p.warnings().get(0);
    }

    @Test
    void aMonthAheadOfOurClock() throws Exception {
        ImportPreview p = madeAt(NOW.plus(Duration.ofDays(30)));
        assertThat(onlyWarning(p))
                .contains("FRA-HQ made it at 2027-01-06T09:00:00Z, 30 days ahead of this computer's clock");
        BundleImport importer = new BundleImport(nodes.ita().store, Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(1, importer.apply(p).applied().written(), "a warning, not a refusal");
    }

    @Test
    void in1970() throws Exception {
        assertThat(onlyWarning(madeAt(Instant.EPOCH))).contains("made it at 1970-01-01T00:00:00Z, before 2000");
    }

    @Test
    void twoYearsAgo() throws Exception {
        assertThat(onlyWarning(madeAt(NOW.minus(Duration.ofDays(730))))).contains("730 days ago");
    }

    @Test
    void aFewHoursAheadOrAMonthOldIsNoSkew() throws Exception {
        assertThat(madeAt(NOW.plus(Duration.ofHours(5))).warnings()).isEmpty();
        assertThat(madeAt(NOW.minus(Duration.ofDays(30))).warnings()).isEmpty();
    }
}
