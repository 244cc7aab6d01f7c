package org.paxmap.bundle.trust;

import java.util.List;
import java.util.Optional;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * Records the key statements a partner's bundle carried, once the bundle is imported: a rotation moves the partner
 * to its new key (channels, holds, status and who verified the first key are kept; the old key is remembered as
 * ended, so bundles it signed before still verify), a revocation records the instant after which the key's bundles
 * are refused. Each statement is applied only if its version is above the last applied from that node (a replay does
 * nothing). Stateless; call on the picture's writing thread.
 */
public final class PartnerKeys {
    private PartnerKeys() {}

    /**
     * Applies {@code statements} (already verified against the trust list by the reader), in order.
     *
     * @return one line per statement applied, for the user
     */
    public static List<String> apply(PictureStore store, List<KeyStatement> statements)
            throws TrustException, StoreException {
        TrustList trust = new TrustList(store);
        List<String> said = new java.util.ArrayList<>();
        for (KeyStatement s : statements) {
            Optional<Partner> partner = trust.partner(s.nodeId());
            KeyHistory history = KeyHistory.load(store, s.nodeId());
            if (partner.isEmpty() || s.version() <= history.version()) {
                continue;
            }
            Partner p = partner.get();
            if (s.type() == KeyStatement.Type.ROTATION) {
                if (!p.kid().equals(s.key())) {
                    continue; // a rotation of a key this picture no longer holds for the partner
                }
                Partner moved = new Partner(
                        s.newKey(), p.verifiedBy(), p.verifiedAt(), p.channels(), p.holds(), p.status(), p.addedAt());
                history.ending(s.version(), p.kid(), p.identity().key().x(), s.effectiveAt(), "rotated")
                        .save(store, s.nodeId());
                store.replacePartner(TrustList.stored(moved));
                said.add("partner " + s.nodeId() + " moved to its new key "
                        + s.newKey().kid() + " (rotation " + s.version() + " signed by its old key " + p.kid() + ")");
            } else {
                String x = p.kid().equals(s.key())
                        ? p.identity().key().x()
                        : history.ended().stream()
                                .filter(e -> e.kid().equals(s.key()))
                                .map(KeyHistory.Ended::x)
                                .findFirst()
                                .orElse(null);
                (x == null
                                ? history.at(s.version())
                                : history.ending(s.version(), s.key(), x, s.effectiveAt(), "revoked"))
                        .save(store, s.nodeId());
                said.add("key " + s.key() + " of partner " + s.nodeId() + " is revoked from " + s.effectiveAt()
                        + ": its bundles dated after are refused");
            }
        }
        return List.copyOf(said);
    }
}
