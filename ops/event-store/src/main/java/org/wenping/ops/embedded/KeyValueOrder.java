package org.wenping.ops.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order of a unique index's keys in the H2 file: field by field, each field in H2's own order of its value.
 * <p>
 * H2's default order knows nothing of mongo-java-server's {@link KeyValue}, so it serialised both keys with Java
 * serialisation on every comparison of every lookup — a fifth of the embedded server's time while the demo year
 * loads. Keys are written and read exactly as before; only the order differs, so an index written in the old order
 * is copied once into a map in this order ({@link OrderedKeyDatabase}).
 */
final class KeyValueOrder extends ObjectDataType {

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) return compareFields(left, right);
        return super.compare(a, b);
    }

    private int compareFields(KeyValue left, KeyValue right) {
        int fields = Math.min(left.size(), right.size());
        for (int i = 0; i < fields; i++) {
            int order = super.compare(left.get(i), right.get(i));
            if (order != 0) return order;
        }
        return Integer.compare(left.size(), right.size());
    }
}
