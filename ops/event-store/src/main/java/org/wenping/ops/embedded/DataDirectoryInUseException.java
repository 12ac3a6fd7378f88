package org.wenping.ops.embedded;

import java.nio.file.Path;

/** The embedded store's file is held by another process: the file admits one at a time. */
public final class DataDirectoryInUseException extends IllegalStateException {
    public DataDirectoryInUseException(Path dataDir, Throwable cause) {
        super("数据目录 " + dataDir.toAbsolutePath().normalize() + " 正被另一个 Wenping 进程使用(嵌入式存储只允许一个进程打开);"
                + "请先停止那个进程,或用 --wenping.data-dir 指定另一个目录。", cause);
    }
}
