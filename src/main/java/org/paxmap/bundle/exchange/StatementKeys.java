package org.paxmap.bundle.exchange;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.format.KeyStatements;
import org.paxmap.bundle.format.SignerKeys;
import org.paxmap.bundle.format.TrustedSigner;
import org.paxmap.bundle.trust.KeyHistory;
import org.paxmap.bundle.trust.KeyStatement;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PublicKeyJwk;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.store.StoreException;

/**
 * The trust list as the bundle reader sees it, with the partners' key histories and the key statements of the bundle
 * being read: a partner's current key signs; a key a rotation or revocation ended still verifies what it signed
 * before its instant ({@link TrustedSigner#notAfter}); a rotation in the bundle, signed by the partner's current key,
 * makes the new key sign this bundle. A statement whose version was already applied is passed over (a replay does
 * nothing); one from a node that is not a partner is ignored. One instance per read: it remembers the statements it
 * accepted ({@link #accepted}), which the import records once the bundle is applied. Not thread-safe.
 */
final class StatementKeys implements SignerKeys {
    private final Map<String, Partner> byNode = new HashMap<>();
    private final Map<String, KeyHistory> histories = new HashMap<>();
    /** Current signing key per node: the partner's, or the one a rotation in this bundle names. */
    private final Map<String, PublicKeyJwk> current = new HashMap<>();

    private final Map<String, String> currentKid = new HashMap<>();
    private final Map<String, TrustedSigner> ended = new HashMap<>();
    private final List<KeyStatement> accepted = new ArrayList<>();

    StatementKeys(TrustList trust, org.paxmap.store.PictureStore store) throws TrustException, StoreException {
        for (Partner p : trust.partners()) {
            byNode.put(p.nodeId(), p);
            current.put(p.nodeId(), p.identity().key());
            currentKid.put(p.nodeId(), p.kid());
            KeyHistory h = KeyHistory.load(store, p.nodeId());
            histories.put(p.nodeId(), h);
            for (KeyHistory.Ended e : h.ended()) {
                end(p, e.kid(), new PublicKeyJwk(e.x()), e.notAfter(), e.how());
            }
        }
    }

    /** Whether node {@code nodeId} is a partner in the trust list (whatever its key). */
    boolean isPartner(String nodeId) {
        return byNode.containsKey(nodeId);
    }

    /** The statements accepted while reading, in order. */
    List<KeyStatement> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public Optional<TrustedSigner> byKid(String kid) {
        TrustedSigner done = ended.get(kid);
        if (done != null) {
            return Optional.of(done);
        }
        for (Map.Entry<String, String> e : currentKid.entrySet()) {
            if (e.getValue().equals(kid)) {
                Partner p = byNode.get(e.getKey());
                return Optional.of(new TrustedSigner(p.nodeId(), kid, publicKey(current.get(p.nodeId())), p.active()));
            }
        }
        return Optional.empty();
    }

    @Override
    public SignerKeys withStatements(List<String> statements, String bundle) throws BundleException {
        int n = 0;
        for (String compact : statements) {
            n++;
            String where = "statement " + n;
            try {
                KeyStatement claimed = KeyStatement.read(compact, where);
                Partner p = byNode.get(claimed.nodeId());
                long applied =
                        p == null ? Long.MAX_VALUE : histories.get(p.nodeId()).version();
                long seen = accepted.stream()
                        .filter(s -> s.nodeId().equals(claimed.nodeId()))
                        .mapToLong(KeyStatement::version)
                        .max()
                        .orElse(0);
                if (claimed.version() <= Math.max(applied, seen)) {
                    continue; // not a partner, or already applied: a replay does nothing
                }
                KeyStatement s = KeyStatement.verify(compact, this::signingKey, where);
                take(p, s);
                accepted.add(s);
            } catch (TrustException e) {
                throw new BundleException(
                        BundleRefusal.KEY_STATEMENT_INVALID, bundle, KeyStatements.ENTRY, e.getMessage());
            }
        }
        return this;
    }

    /** Only a node's current key (or the new key a rotation just named) signs its statements; never an ended key. */
    private PublicKey signingKey(String nodeId, String kid) {
        String k = currentKid.get(nodeId);
        return k != null && k.equals(kid) ? publicKey(current.get(nodeId)) : null;
    }

    private void take(Partner p, KeyStatement s) {
        if (s.type() == KeyStatement.Type.ROTATION) {
            end(p, s.key(), current.get(p.nodeId()), s.effectiveAt(), "rotated");
            current.put(p.nodeId(), s.newKey().key());
            currentKid.put(p.nodeId(), s.newKey().kid());
            return;
        }
        PublicKeyJwk key = s.key().equals(currentKid.get(p.nodeId())) ? current.get(p.nodeId()) : knownKey(s.key());
        if (key != null) {
            end(p, s.key(), key, s.effectiveAt(), "revoked");
        }
    }

    private PublicKeyJwk knownKey(String kid) {
        TrustedSigner t = ended.get(kid);
        return t == null ? null : PublicKeyJwk.of(t.publicKey());
    }

    private void end(Partner p, String kid, PublicKeyJwk key, java.time.Instant notAfter, String how) {
        TrustedSigner before = ended.get(kid);
        java.time.Instant at = before != null && before.notAfter().isBefore(notAfter) ? before.notAfter() : notAfter;
        String why = before != null && "revoked".equals(before.ended()) ? "revoked" : how;
        ended.put(kid, new TrustedSigner(p.nodeId(), kid, publicKey(key), p.active(), at, why));
    }

    private static PublicKey publicKey(PublicKeyJwk jwk) {
        return jwk.toPublicKey();
    }
}
