package org.wenping.query.matter;

/**
 * Where {@code GET /api/matters} and the statistics find their status views. The application chooses by
 * the store it runs on; {@code wenping.read-models.listing} overrides the choice.
 */
public enum ListingSource {
    /**
     * 内存目录: in memory, read once from {@code matter_status} and kept current by this node's projection.
     * For the embedded server, which serves no secondary index and so would scan the collection on every
     * list. It sees only the writes of its own node, so it suits one query node.
     */
    CATALOG,
    /**
     * 索引查询: straight from {@code matter_status} through the indexes of {@link MatterStatusIndexes}. For a
     * real MongoDB, and for several query nodes sharing the read models.
     */
    INDEXED
}
