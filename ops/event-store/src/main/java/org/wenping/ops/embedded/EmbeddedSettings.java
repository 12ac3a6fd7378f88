package org.wenping.ops.embedded;

/**
 * How the embedded server stores its data.
 *
 * @param backend {@code h2} (file-backed, the default) or {@code memory} (keeps nothing; for tests)
 * @param port    0 picks a free port on 127.0.0.1
 * @param fsync   also force the file to disk on every group commit, surviving power loss, not only a process crash
 * @param cacheMegabytes how much of the file H2 keeps in memory, read and deserialised (H2's own default is 16)
 */
public record EmbeddedSettings(String backend, int port, boolean fsync, int cacheMegabytes) {
    /** What {@code wenping.embedded.cache-mb} is unless configured. */
    public static final int DEFAULT_CACHE_MEGABYTES = 64;

    /** The file-backed store on a free port, as the application runs by default. */
    public static EmbeddedSettings h2() {
        return new EmbeddedSettings("h2", 0, false, DEFAULT_CACHE_MEGABYTES);
    }
}
