package org.wenping.ops.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The printable zh-CN page of a dossier: its facts, every step with who took it and its hash, the findings of
 * the accountability timeline and, when given, the 四性 report. Every text is escaped; the page has no script.
 */
final class DossierPage {
    private static final String STYLE = "body{font-family:'Noto Serif CJK SC','SimSun',serif;margin:2em;font-size:11pt}"
            + "table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #444;padding:3px 5px;"
            + "vertical-align:top;text-align:left}code{font-size:8pt;word-break:break-all}.FAIL{color:#a00}"
            + "@media print{body{margin:0}tr{page-break-inside:avoid}}";

    private DossierPage() {
    }

    static String render(String recordId, PrintedDossier dossier, Instant exportedAt, FourPropertiesReport fourProperties) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(dossier.heading())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(escape(dossier.heading())).append("</h1>\n<p>记录 ")
                .append(escape(recordId)).append(",导出于 ").append(escape(exportedAt.toString()))
                .append("。本页随导出包中的 events.jsonl、清单、检查点与证明一并核对(verify-export)。</p>\n");
        html.append("<h2>基本情况</h2>\n<table>");
        dossier.facts().forEach(fact -> row(html, "th", fact.label()).append("<td>").append(escape(fact.value())).append("</td></tr>"));
        html.append("</table>\n<h2>办理过程与责任倒查</h2>\n<table><tr><th>序号</th><th>位置</th><th>记录时间</th>"
                + "<th>业务日期</th><th>记录者</th><th>事项</th><th>满足的规则</th><th>哈希</th></tr>");
        for (PrintedDossier.Step step : dossier.steps()) {
            html.append("<tr>");
            cells(html, String.valueOf(step.sequence()), String.valueOf(step.position()), step.recordedAt(),
                    step.businessDate(), step.actor(), step.action(), step.rules());
            html.append("<td><code>").append(escape(step.hash())).append("</code></td></tr>\n");
        }
        html.append("</table>\n<h2>记录显示的问题</h2>\n");
        list(html, dossier.findings().isEmpty() ? List.of("无") : dossier.findings());
        if (fourProperties != null) fourProperties(html, fourProperties);
        return html.append("</body></html>\n").toString();
    }

    private static void fourProperties(StringBuilder html, FourPropertiesReport report) {
        html.append("<h2>四性检测(DA/T 70-2018):").append(report.passed() ? "通过" : "未全部通过")
                .append("</h2>\n<table><tr><th>性质</th><th>检测项</th><th>结果</th><th>说明</th></tr>");
        for (FourPropertiesReport.Item item : report.items()) {
            html.append("<tr class=\"").append(item.result().name()).append("\">");
            cells(html, item.property().label(), item.item(), item.result().label(), item.reason());
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static StringBuilder row(StringBuilder html, String cell, String text) {
        return html.append("<tr><").append(cell).append('>').append(escape(text)).append("</").append(cell).append('>');
    }

    private static void cells(StringBuilder html, String... texts) {
        for (String text : texts) html.append("<td>").append(escape(text)).append("</td>");
    }

    private static void list(StringBuilder html, List<String> items) {
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>\n");
    }

    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
