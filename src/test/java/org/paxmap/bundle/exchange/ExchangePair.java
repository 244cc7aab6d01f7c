package org.paxmap.bundle.exchange;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two test nodes that trust each other — FRA-HQ ({@code fra}) and ITA-BN ({@code ita}), real pictures and real keys
 * ({@link ExchangeNode#pair}) — and a folder standing for the USB stick. Closes both stores.
 */
record ExchangePair(ExchangeNode fra, ExchangeNode ita, Path stick) implements AutoCloseable {
    /** Makes both nodes and the stick in {@code dir}. */
    static ExchangePair create(Path dir) throws Exception {
        ExchangeNode fra = new ExchangeNode(dir.resolve("fra.gpkg"), "FRA-HQ", "FRA");
        ExchangeNode ita = new ExchangeNode(dir.resolve("ita.gpkg"), "ITA-BN", "ITA");
        ExchangeNode.pair(fra, ita);
        return new ExchangePair(fra, ita, Files.createDirectories(dir.resolve("stick")));
    }

    @Override
    public void close() {
        fra.close();
        ita.close();
    }
}
