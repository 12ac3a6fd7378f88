package org.wenping.ops.dossier;

import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.actor.Role;
import org.wenping.ops.dossier.FourPropertiesReport.Item;
import org.wenping.ops.dossier.FourPropertiesReport.Property;
import org.wenping.ops.evidence.ExportFiles;
import org.wenping.ops.evidence.ExportFinding;
import org.wenping.ops.evidence.ExportReport;
import org.wenping.ops.verify.Breach;
import org.wenping.query.history.HistoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The 四性 items of one record, from what the application knows (its stream read through the current upcasters,
 * the background verification's breaches) and what the export proves offline ({@code exportCheck}: the export's
 * own entries run through the offline checker).
 *
 * @param algorithms the signature algorithms of the record's commits
 * @param page       the rendered page, or null when it could not be rendered
 */
record FourPropertiesCheck(String recordId, List<HistoryEntry> history, int exportedEvents, ExportReport exportCheck,
                           List<String> algorithms, List<Breach> breaches, DossierSource source, String page,
                           ReadAudit audit) {
    private static final List<String> ACTOR_ITEMS = List.of("userId", "displayName", "role", "unit", "jurisdiction");

    FourPropertiesReport report(Instant checkedAt) {
        List<Item> items = new ArrayList<>();
        items.add(Item.of(Property.AUTHENTICITY, "数字摘要", digestProblems(),
                history.size() + " 个事件的 SHA-256 摘要由内容重算均相符,后台校验未发现本记录被改动"));
        items.add(Item.of(Property.AUTHENTICITY, "数字签名", findings(f -> f.file().equals(ExportFiles.MANIFEST)
                        || f.file().equals(ExportFiles.KEYS) || f.file().equals(ExportFiles.SEAL)),
                "每个提交均有可信密钥的有效签名(" + String.join("、", algorithms) + "),导出包封签有效"));
        items.add(Item.of(Property.AUTHENTICITY, "检查点包含证明", findings(f -> f.file().equals(ExportFiles.CHECKPOINT)
                        || f.file().startsWith(ExportFiles.PROOFS)),
                "每个事件均由 RFC 6962 审计路径归入已签名检查点(树大小 " + exportCheck.checkpointSize() + ",见证联署 "
                        + exportCheck.witnesses() + " 个)"));
        items.add(Item.of(Property.AUTHENTICITY, "元数据与内容相符", metadataAgainstContent(),
                "每个事件属于本记录,记录者的角色按权限表有权做该事件所记的操作"));
        items.add(Item.of(Property.INTEGRITY, "数量与位置", countProblems(),
                history.size() + " 个事件,存储、导出与可读的数量一致,全局位置递增"));
        items.add(Item.of(Property.INTEGRITY, "序号无漏号", sequenceProblems(), "序号 0–" + (history.size() - 1) + " 连续,无漏号"));
        items.add(Item.of(Property.INTEGRITY, "程序环节齐全", source.missingSteps(history).stream()
                .map(step -> "缺少程序要求的环节:" + step).toList(), "记录所处状态要求的各环节均在"));
        items.add(Item.of(Property.INTEGRITY, "元数据项齐全", metadataItems(),
                "每个事件均记有记录者(用户、姓名、角色、单位、辖区)与关联标识"));
        items.add(Item.of(Property.USABILITY, "可读", unreadable(), "每个事件均可由当前的升级链读取"));
        items.add(Item.of(Property.USABILITY, "导出可呈现", renderProblems(), "卷宗页面(HTML)已生成,列出每个事件及其哈希"));
        items.add(audit.problems(recordId)
                .map(problems -> Item.of(Property.SECURITY, "读取留痕", problems, "访问日志完好(链、签名、检查点),其中对本记录的读取均经授权"))
                .orElseGet(() -> new Item(Property.SECURITY, "读取留痕", FourPropertiesReport.Result.NOT_CHECKED,
                        audit.notCheckedReason())));
        return FourPropertiesReport.of(recordId, checkedAt, items);
    }

    private List<String> digestProblems() {
        List<String> problems = new ArrayList<>(findings(f -> f.file().equals(ExportFiles.EVENTS)));
        breaches.forEach(breach -> problems.add("后台校验:第 " + breach.position() + " 位 " + breach.kind() + "(" + breach.detail() + ")"));
        return problems;
    }

    private List<String> findings(Predicate<ExportFinding> about) {
        return exportCheck.findings().stream().filter(about).map(ExportFinding::toString).toList();
    }

    private List<String> metadataAgainstContent() {
        List<String> problems = new ArrayList<>();
        for (HistoryEntry entry : history) {
            if (entry.event() == null) continue;
            if (!recordId.equals(entry.event().recordId())) {
                problems.add("第 " + entry.globalPosition() + " 位事件属于 " + entry.event().recordId());
            }
            source.actionOf(entry.event()).ifPresent(action -> {
                Role role = role(entry);
                if (role == null || Permissions.scope(role, action).isEmpty()) {
                    problems.add("第 " + entry.globalPosition() + " 位:角色 " + entry.actor().get("role") + " 按权限表无权" + action.label());
                }
            });
        }
        return problems;
    }

    private List<String> countProblems() {
        List<String> problems = new ArrayList<>();
        if (exportedEvents != history.size() || exportCheck.events() != history.size()) {
            problems.add("存储中 " + exportedEvents + " 个、导出 " + exportCheck.events() + " 个、可读 " + history.size() + " 个事件");
        }
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).globalPosition() <= history.get(i - 1).globalPosition()) {
                problems.add("第 " + history.get(i).globalPosition() + " 位排在第 " + history.get(i - 1).globalPosition() + " 位之后");
            }
        }
        return problems;
    }

    private List<String> sequenceProblems() {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).sequence() != i) {
                return List.of("第 " + history.get(i).globalPosition() + " 位的序号是 " + history.get(i).sequence() + ",应为 " + i + "(漏号)");
            }
        }
        return List.of();
    }

    private List<String> metadataItems() {
        List<String> problems = new ArrayList<>();
        for (HistoryEntry entry : history) {
            List<String> missing = ACTOR_ITEMS.stream().filter(item -> entry.actor() == null || entry.actor().get(item) == null).toList();
            if (entry.correlationId() == null) missing = concat(missing, "correlationId");
            if (!missing.isEmpty()) problems.add("第 " + entry.globalPosition() + " 位缺少 " + String.join("、", missing));
        }
        return problems;
    }

    private List<String> unreadable() {
        return history.stream().filter(entry -> entry.event() == null)
                .map(entry -> "第 " + entry.globalPosition() + " 位 " + entry.type() + " 不能由当前的升级链读取").toList();
    }

    private List<String> renderProblems() {
        if (page == null) return List.of("卷宗页面无法生成");
        return history.stream().filter(entry -> !page.contains(entry.hash()))
                .map(entry -> "页面缺少第 " + entry.globalPosition() + " 位事件").toList();
    }

    private static Role role(HistoryEntry entry) {
        Object role = entry.actor() == null ? null : entry.actor().get("role");
        for (Role known : Role.values()) {
            if (known.name().equals(Objects.toString(role, null))) return known;
        }
        return null;
    }

    private static List<String> concat(List<String> items, String item) {
        List<String> all = new ArrayList<>(items);
        all.add(item);
        return all;
    }
}
