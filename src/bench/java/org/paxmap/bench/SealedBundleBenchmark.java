package org.paxmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.paxmap.bundle.exchange.BundleExport;
import org.paxmap.bundle.exchange.BundleImport;
import org.paxmap.bundle.exchange.BundleSealing;
import org.paxmap.bundle.exchange.ExportPlan;
import org.paxmap.bundle.exchange.ImportPreview;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.store.PictureStore;

/**
 * What encryption costs: the export (write, sign, self-verify, and for the encrypted bundle the age encryption) and
 * the import (preview: decrypt, read, verify, plan; then apply) of one N-feature picture from FRA-HQ to ITA-BN, plain
 * and encrypted, in the same process, alternating, {@value #ROUNDS} rounds after a warm-up, medians compared. Each
 * apply goes into a fresh picture of ITA-BN (same key), so both write the same N features.
 *
 * <p>Usage: {@code ./mvnw -Pbench verify -Dbench.main=org.paxmap.bench.SealedBundleBenchmark
 * -Dbench.incidents=100000}. Target: encryption adds at most 10 % to the export and to the import.
 */
public final class SealedBundleBenchmark {
    private static final char[] PASSPHRASE = "bench passphrase".toCharArray();
    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final Map<String, String> CHANNELS = Map.of("EXERCISE", "UNCLASSIFIED", "NATO", "NATO RESTRICTED");
    private static final int ROUNDS = 3;

    private SealedBundleBenchmark() {}

    /** Runs the benchmark and prints the figures. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Math.min(Integer.parseInt(args[0]), 100_000) : 100_000;
        Path dir = Files.createTempDirectory("paxmap-sealed-bench");
        BundleBenchmark.privateKeyStore(dir);
        int small = Math.max(1, n / 100);
        System.out.printf(Locale.ROOT, "Paxmap sealed bundle benchmark: %,d features, work dir %s%n", n, dir);
        try (PictureStore fra = PictureStore.create(dir.resolve("fra.gpkg"), "FRA-HQ");
                PictureStore ita = PictureStore.create(dir.resolve("ita.gpkg"), "ITA-BN")) {
            NodeIdentity fraId = LocalIdentity.create(fra, "FRA-HQ staff", "FRA", PASSPHRASE);
            NodeIdentity itaId = LocalIdentity.create(ita, "ITA-BN staff", "ITA", PASSPHRASE);
            new TrustList(fra).add(itaId, "bench", T0, CHANNELS, List.of());
            new TrustList(ita).add(fraId, "bench", T0, CHANNELS, List.of());
            PrivateKey fraKey = LocalIdentity.unlock(fra, PASSPHRASE);
            PrivateKey itaDecrypts = LocalIdentity.unlockEncryption(ita, PASSPHRASE);
            fra.saveAll(BundleBenchmark.synthesise(n - 2 * small, small, small, new SplittableRandom(42)));

            BundleExport export = new BundleExport(fra);
            ExportPlan plan = export.plan("ITA-BN", Manifest.SyncMode.FULL);
            Path stick = Files.createDirectories(dir.resolve("stick"));
            double[][] exports = new double[2][ROUNDS];
            double[][] previews = new double[2][ROUNDS];
            Path[] last = new Path[2];
            for (int round = -1; round < ROUNDS; round++) { // round -1 warms up
                List<BundleSealing> order = new ArrayList<>(List.of(BundleSealing.values()));
                if (round % 2 != 0) {
                    java.util.Collections.reverse(order); // neither goes first every time
                }
                for (BundleSealing sealing : order) {
                    int s = sealing.ordinal();
                    System.gc();
                    long t = System.nanoTime();
                    last[s] = export.write(plan, fraKey, stick, sealing).file();
                    double exportS = secs(t);
                    System.gc();
                    t = System.nanoTime();
                    new BundleImport(ita).preview(last[s], itaDecrypts);
                    double previewS = secs(t);
                    if (round >= 0) {
                        exports[s][round] = exportS;
                        previews[s][round] = previewS;
                    }
                }
            }
            double[] applies = new double[2];
            long[] sizes = new long[2];
            for (BundleSealing sealing : BundleSealing.values()) {
                int s = sealing.ordinal();
                sizes[s] = Files.size(last[s]);
                try (PictureStore fresh = PictureStore.create(dir.resolve("ita-" + sealing + ".gpkg"), "ITA-BN")) {
                    LocalIdentity.adopt(fresh, LocalIdentity.keyFile(ita).orElseThrow());
                    new TrustList(fresh).add(fraId, "bench", T0, CHANNELS, List.of());
                    BundleImport importer = new BundleImport(fresh);
                    ImportPreview preview = importer.preview(last[s], itaDecrypts);
                    long t = System.nanoTime();
                    importer.apply(preview);
                    applies[s] = secs(t);
                }
            }
            // the sealing alone, on the plain bundle just written: what encryption adds whatever else the machine does
            double[] seals = new double[5];
            double[] opens = new double[5];
            byte[] recipient = itaId.encryptionKey().rawBytes();
            byte[] identity = org.paxmap.bundle.seal.X25519Keys.raw(itaDecrypts);
            org.paxmap.bundle.seal.AgeSeal age = new org.paxmap.bundle.seal.AgeSeal();
            for (int i = 0; i < seals.length; i++) {
                Path sealedCopy = dir.resolve("sealed-" + i + ".age");
                Path openedCopy = dir.resolve("opened-" + i + ".paxb");
                long t = System.nanoTime();
                try (var in = java.nio.channels.FileChannel.open(last[BundleSealing.PLAIN.ordinal()]);
                        var out = java.nio.channels.FileChannel.open(
                                sealedCopy,
                                java.nio.file.StandardOpenOption.CREATE_NEW,
                                java.nio.file.StandardOpenOption.WRITE)) {
                    age.seal(in, out, List.of(recipient));
                    out.force(true);
                }
                seals[i] = secs(t);
                t = System.nanoTime();
                try (var out = java.nio.channels.FileChannel.open(
                        openedCopy,
                        java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    age.open(sealedCopy, out, identity, "bench");
                }
                opens[i] = secs(t);
            }
            int plain = BundleSealing.PLAIN.ordinal();
            int sealed = BundleSealing.ENCRYPTED.ordinal();
            double exportPlain = median(exports[plain]);
            double exportSealed = median(exports[sealed]);
            double importPlain = median(previews[plain]) + applies[plain];
            double importSealed = median(previews[sealed]) + applies[sealed];
            System.out.printf(
                    Locale.ROOT,
                    "bundle size: plain %.1f MB, encrypted %.1f MB%n"
                            + "export (write+sign+verify[+encrypt]), median of %d: plain %.2f s, encrypted %.2f s,"
                            + " ratio %.3f (target <= 1.10)%n"
                            + "import preview ([decrypt+]read+verify+plan), median of %d: plain %.2f s, encrypted"
                            + " %.2f s%n"
                            + "import apply (one transaction, fresh picture): plain %.2f s, encrypted %.2f s%n"
                            + "import total: plain %.2f s, encrypted %.2f s, ratio %.3f (target <= 1.10)%n"
                            + "all rounds, export plain %s encrypted %s; preview plain %s encrypted %s%n"
                            + "encryption alone (age seal of the plain bundle, median of 5): %.3f s = %.1f %% of the plain"
                            + " export; decryption alone: %.3f s = %.1f %% of the plain import%n",
                    sizes[plain] / 1e6,
                    sizes[sealed] / 1e6,
                    ROUNDS,
                    exportPlain,
                    exportSealed,
                    exportSealed / exportPlain,
                    ROUNDS,
                    median(previews[plain]),
                    median(previews[sealed]),
                    applies[plain],
                    applies[sealed],
                    importPlain,
                    importSealed,
                    importSealed / importPlain,
                    rounded(exports[plain]),
                    rounded(exports[sealed]),
                    rounded(previews[plain]),
                    rounded(previews[sealed]),
                    median(seals),
                    100 * median(seals) / exportPlain,
                    median(opens),
                    100 * median(opens) / importPlain);
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String rounded(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(String.format(Locale.ROOT, "%.2f", v));
        }
        return out.toString();
    }
}
