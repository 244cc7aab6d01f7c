package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import org.paxmap.bundle.exchange.ExchangeException;
import org.paxmap.bundle.exchange.ImportPreview;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;

/**
 * The outcome of checking a bundle before import: a preview, or a refusal with its heading in words (unknown signer,
 * altered file, not addressed to us, over-release, malformed) and the engine's message, which names the file, entry
 * or feature, shown through {@link org.paxmap.text.OutsideText#visible}. Immutable.
 *
 * @param preview the preview, {@code null} if refused
 * @param heading what kind of refusal, {@code null} if not refused
 * @param reason the refusal's message, {@code null} if not refused
 */
record ImportCheck(ImportPreview preview, String heading, String reason) {
    static ImportCheck accepted(ImportPreview preview) {
        return new ImportCheck(preview, null, null);
    }

    static ImportCheck refused(BundleException e) {
        return new ImportCheck(null, heading(e.kind()), visible(e.getMessage()));
    }

    static ImportCheck refused(ExchangeException e) {
        String heading;
        switch (e.kind()) {
            case NOT_ADDRESSED_TO_US:
                heading = "The bundle is not addressed to this node";
                break;
            case OVER_RELEASE:
                heading = "Over-release: the bundle carries data this node may not receive";
                break;
            case SYNC_REFUSED:
                heading = "The bundle's content was refused";
                break;
            case EQUIVOCATION:
                heading = "Equivocation: the partner made two different bundles with one number";
                break;
            case REPLAY:
                heading = "Replay: a bundle already imported, under a new id";
                break;
            default:
                heading = "The bundle was refused";
        }
        return new ImportCheck(null, heading, visible(e.getMessage()));
    }

    /** Whether the bundle was refused. */
    boolean isRefused() {
        return preview == null;
    }

    /** The heading for a format-level refusal. */
    static String heading(BundleRefusal kind) {
        switch (kind) {
            case SIGNER_UNKNOWN:
                return "Unknown signer: the bundle is not signed by an active partner";
            case SIGNER_SUSPENDED:
                return "The bundle is from a suspended partner";
            case SIGNER_NOT_SENDER:
                return "The bundle is signed by another node than the one it names as sender";
            case SIGNATURE_INVALID:
            case DIGEST_MISMATCH:
            case SIZE_MISMATCH:
            case UNLISTED_ENTRY:
            case MISSING_ENTRY:
            case LOCAL_HEADER_MISMATCH:
            case ENTRY_CORRUPT:
            case FEATURE_COUNT_MISMATCH:
            case TOMBSTONE_COUNT_MISMATCH:
                return "The bundle was altered after it was signed";
            case UNSIGNED:
            case SIGNATURE_MALFORMED:
            case SIGNATURE_COUNT:
            case SIGNATURE_PAYLOAD_PRESENT:
            case SIGNATURE_UNPROTECTED_HEADER:
            case SIGNATURE_ALGORITHM:
            case SIGNATURE_HEADER:
                return "The bundle's signature is missing or not acceptable";
            case UNREADABLE:
                return "The file cannot be read";
            default:
                return "The file is not a well-formed Paxmap bundle";
        }
    }
}
