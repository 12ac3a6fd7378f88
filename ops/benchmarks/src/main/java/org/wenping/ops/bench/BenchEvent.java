package org.wenping.ops.bench;

import java.time.Instant;

/** The small payload every benchmark event carries, serialized by the same Jackson setup as real events. */
record BenchEvent(String matterId, long sequence, String title, String unit, Instant at) {

    static BenchEvent of(String matterId, long sequence) {
        return new BenchEvent(matterId, sequence, "基准测试事项:受理、审查、决定各环节的示例标题",
                "bench-unit-0042", Instant.ofEpochSecond(1_700_000_000L + sequence));
    }
}
