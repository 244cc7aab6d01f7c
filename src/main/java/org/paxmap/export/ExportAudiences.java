package org.paxmap.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleasePolicy;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The audiences an export may be for, as a window lists them: the picture's partner nodes, then the groups, then the
 * nation and organisation codes its release policies know ({@code ALL} among them). The same names {@code
 * Audience.parse} resolves. Stateless; any thread that may read the store.
 */
public final class ExportAudiences {
    private ExportAudiences() {}

    /** The audience names, partners first. */
    public static List<String> choices(PictureStore store) throws StoreException, TrustException {
        List<String> out = new ArrayList<>();
        for (Partner p : new TrustList(store).partners()) {
            out.add(p.nodeId());
        }
        TreeSet<String> groups = new TreeSet<>();
        TreeSet<String> codes = new TreeSet<>();
        for (ReleasePolicy policy : PolicyTable.load(store).policies().values()) {
            groups.addAll(policy.groups().keySet());
            codes.addAll(policy.codes());
        }
        codes.add(ReleasePolicy.ALL);
        out.addAll(groups);
        codes.removeAll(groups);
        out.addAll(codes);
        return out;
    }
}
