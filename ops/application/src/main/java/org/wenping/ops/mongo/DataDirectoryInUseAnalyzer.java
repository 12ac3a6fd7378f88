package org.wenping.ops.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.wenping.ops.embedded.DataDirectoryInUseException;

/** A second instance on the same data directory ends with the sentence that says so, not a stack trace. */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage(), "停止占用该目录的进程,或指定另一个数据目录。", null);
    }
}
