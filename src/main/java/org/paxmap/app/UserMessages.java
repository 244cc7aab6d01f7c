package org.paxmap.app;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import org.paxmap.bundle.exchange.ExchangeException;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.sync.SyncRefusedException;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.store.StoreException;
import org.paxmap.text.OutsideText;
import org.paxmap.tiles.TileSourceException;

/**
 * Turns a failure into one or two sentences for a user, never a stack trace, through {@link OutsideText#visible}
 * (messages quote file names and what files hold). Thread-safe (stateless).
 */
final class UserMessages {
    private UserMessages() {}

    /** What went wrong while doing {@code action} (e.g. "Opening /data/x.gpkg"). */
    static String describe(String action, Throwable failure) {
        return OutsideText.visible(action + " failed: " + reason(failure));
    }

    /**
     * The reason, in words: the message of an expected failure (refused input, a store, trust, bundle or tile-set
     * refusal, I/O) as it is, a missing or forbidden file said in a sentence, anything else as "unexpected" with its
     * type.
     */
    static String reason(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof RuntimeException) && t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null || t.getMessage().isBlank() ? "" : t.getMessage();
        if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
            return "the file " + message + " does not exist.";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied for " + message + ".";
        }
        if (t instanceof FileAlreadyExistsException) {
            return "the file " + message + " already exists.";
        }
        if (t instanceof StoreException
                || t instanceof GeoJsonException
                || t instanceof org.paxmap.interop.ImportException
                || t instanceof IOException
                || t instanceof TrustException
                || t instanceof BundleException
                || t instanceof ExchangeException
                || t instanceof SyncRefusedException
                || t instanceof TileSourceException
                || t instanceof org.paxmap.export.ExportException) {
            return message.isEmpty() ? t.getClass().getSimpleName() : message;
        }
        if (t instanceof IllegalArgumentException) {
            return message;
        }
        return "unexpected " + t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
