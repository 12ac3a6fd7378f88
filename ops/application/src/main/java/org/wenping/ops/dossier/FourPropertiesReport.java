package org.wenping.ops.dossier;

import java.time.Instant;
import java.util.List;

/**
 * 四性检测 of one record's dossier after DA/T 70-2018: 真实性, 完整性, 可用性 and 安全性, item by item, each
 * passed, failed or not checked with its zh-CN reason. {@code passed} only when every item passed.
 */
record FourPropertiesReport(String recordId, Instant checkedAt, boolean passed, List<Item> items) {
    FourPropertiesReport {
        items = List.copyOf(items);
    }

    static FourPropertiesReport of(String recordId, Instant checkedAt, List<Item> items) {
        return new FourPropertiesReport(recordId, checkedAt, items.stream().allMatch(item -> item.result() == Result.PASS), items);
    }

    /** One item: which of the four properties, what was checked, the result and why; codes beside their zh-CN names. */
    record Item(Property property, String propertyLabel, String item, Result result, String resultLabel, String reason) {
        Item(Property property, String item, Result result, String reason) {
            this(property, property.label(), item, result, result.label(), reason);
        }

        static Item of(Property property, String item, List<String> problems, String passed) {
            return problems.isEmpty() ? new Item(property, item, Result.PASS, passed)
                    : new Item(property, item, Result.FAIL, String.join(";", problems));
        }
    }

    enum Property {
        AUTHENTICITY("真实性"), INTEGRITY("完整性"), USABILITY("可用性"), SECURITY("安全性");

        private final String label;

        Property(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    enum Result {
        PASS("通过"), FAIL("不通过"), NOT_CHECKED("未检测");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
