package org.paxmap.cli;

import org.paxmap.brief.BriefException;
import org.paxmap.bundle.exchange.ExchangeException;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.sync.SyncRefusedException;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.store.StoreException;
import org.paxmap.text.OutsideText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on standard error and exit code 1. Expected failures (refused input, store
 * errors, I/O) print their message, which may quote a file's text, through {@link OutsideText#visible} (the message's
 * own line breaks become spaces first, so it stays one line); anything else prints its type and message, never a stack trace, unless
 * the environment variable {@code PAXMAP_DEBUG} is set.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        String message;
        if (e instanceof StoreException
                || e instanceof GeoJsonException
                || e instanceof org.paxmap.interop.ImportException
                || e instanceof CommandFailure
                || e instanceof BundleException
                || e instanceof ExchangeException
                || e instanceof TrustException
                || e instanceof SyncRefusedException
                || e instanceof BriefException
                || e instanceof org.paxmap.render.output.ExportException
                || e instanceof org.paxmap.export.ExportException) {
            message = e.getMessage();
        } else if (e instanceof java.io.IOException) {
            message = "I/O error: " + e.getMessage();
        } else {
            message = "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage();
        }
        cli.getErr()
                .println(
                        "paxmap: " + OutsideText.visible(String.valueOf(message).replace('\n', ' ')));
        if (System.getenv("PAXMAP_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return PaxmapCommand.FAILED;
    }
}
