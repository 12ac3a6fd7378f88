package org.wenping.ops.store;

/**
 * Makes every write the server has acknowledged so far survive a crash. The appender calls it once per
 * group of commits, before any of them is acknowledged or shown to a tracking reader.
 */
@FunctionalInterface
public interface StoreDurability {
    void makeDurable();

    /** For a real replica set, where write concern majority with journaling already made each write durable. */
    StoreDurability ACKNOWLEDGED_WRITES_ARE_DURABLE = () -> { };
}
