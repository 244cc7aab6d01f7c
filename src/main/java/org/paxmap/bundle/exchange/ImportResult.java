package org.paxmap.bundle.exchange;

import org.paxmap.store.ApplyResult;

/**
 * An applied import: the preview it carried out, what the store wrote, and the partner's acknowledgement taken in
 * (the change-log position it has confirmed, 0 if the bundle acknowledged nothing of ours). Immutable.
 *
 * @param preview the preview that was applied
 * @param applied what the store wrote (or that the bundle was already imported)
 * @param acknowledgedPosition the partner's cursor on our change log after this import
 */
public record ImportResult(ImportPreview preview, ApplyResult applied, long acknowledgedPosition) {}
