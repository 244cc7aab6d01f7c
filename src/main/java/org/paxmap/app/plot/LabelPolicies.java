package org.paxmap.app.plot;

import java.util.Optional;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * What the label editor needs from the picture: its release policy table (the stored one, or the built-in one when
 * the user never edited it) and this node's organisation code, the default originator of a label written here, when
 * the node has a key. An immutable value; thread-safe.
 *
 * @param table the picture's policy table
 * @param organisation this node's organisation code, or empty when the node has no key (or it cannot be read)
 */
record LabelPolicies(PolicyTable table, Optional<String> organisation) {
    /**
     * Reads {@code store}'s policy table and identity. Blocking store I/O: never on the FX thread. An identity that
     * cannot be read only loses the default originator; a policy table that cannot be read is an error.
     */
    static LabelPolicies read(PictureStore store) throws TrustException, StoreException {
        PolicyTable table = PolicyTable.load(store);
        Optional<String> organisation;
        try {
            organisation = LocalIdentity.read(store).map(NodeIdentity::organisation);
        } catch (TrustException e) {
            organisation = Optional.empty();
        }
        return new LabelPolicies(table, organisation);
    }
}
