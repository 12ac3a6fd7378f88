package org.wenping.ops.demo;

import org.wenping.kernel.matter.AssessmentDimension;
import org.wenping.kernel.matter.OpinionMethod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The wording of the demo year: what people worry about in each domain, and how units write it down. */
final class DemoTexts {
    private static final Map<String, String> CONCERNS = Map.ofEntries(
            Map.entry("征地拆迁", "征地补偿标准和安置方式"),
            Map.entry("国企改制", "职工安置和社会保险接续"),
            Map.entry("社会保障", "待遇调整幅度和覆盖范围"),
            Map.entry("环境保护", "污染防治和周边群众健康"),
            Map.entry("城市建设", "费用分担和施工扰民"),
            Map.entry("三农", "土地收益分配和农民增收"),
            Map.entry("民族宗教", "少数民族风俗习惯和宗教活动场所"),
            Map.entry("教育", "就近入学和学生上下学安全"),
            Map.entry("医疗卫生", "就医负担和服务可及性"),
            Map.entry("交通", "征地补偿和施工期间群众出行"),
            Map.entry("能源", "项目用地补偿和草原生态保护"),
            Map.entry("文化旅游", "活动期间人员聚集和交通安全"),
            Map.entry("机构改革", "人员分流安置和待遇保障"));

    private DemoTexts() {
    }

    static String concern(String domain) {
        return CONCERNS.getOrDefault(domain, "群众切身利益");
    }

    static List<String> planMethods(Random random) {
        List<String> all = List.of("座谈会", "问卷调查", "入户走访", "听证会", "公示", "专家论证", "查阅资料");
        return List.of(all.get(0), all.get(1 + random.nextInt(3)), all.get(4 + random.nextInt(3)));
    }

    static String planScope(MatterProfile matter) {
        return "评估对象为“" + matter.title() + "”涉及的利益相关群众和单位,范围覆盖" + matter.place().name()
                + "相关乡镇(街道)、村(社区)和部门,重点评估" + concern(matter.domain()) + "方面的风险";
    }

    static String standards(String schemeLabel) {
        return "依据《酒泉市社会稳定风险评估工作指导目录管理制度(试行)》,从合法性、合理性、可行性、可控性四个方面论证,按"
                + schemeLabel + "确定风险等级";
    }

    static String opinionSummary(OpinionMethod method, MatterProfile matter, int participants, int support) {
        int share = participants == 0 ? 0 : support * 100 / participants;
        return "通过" + method.label() + "听取意见," + participants + "人参与,支持率" + share + "%;群众主要关注"
                + concern(matter.domain()) + ",已逐条登记并反馈";
    }

    static String findings(AssessmentDimension dimension, MatterProfile matter) {
        return switch (dimension) {
            case LEGALITY -> "事项符合国家和省市有关法律法规及政策规定,决策程序完备,审批手续齐全";
            case REASONABLENESS -> "事项兼顾各方利益,群众受益面广," + concern(matter.domain()) + "方面的安排总体合理";
            case FEASIBILITY -> "资金、用地和实施条件基本落实,实施时机成熟,多数群众理解支持";
            case CONTROLLABILITY -> "可能出现的矛盾纠纷已有化解措施和应急预案,属地和部门责任明确,风险总体可控";
            case SAFETY -> "施工和运行期间的安全生产、交通安全和公共安全措施已落实,未发现重大安全隐患";
        };
    }

    static String riskFactor(MatterProfile matter) {
        return "部分群众对" + concern(matter.domain()) + "存在疑虑,若解释不到位可能引发矛盾";
    }

    static String measure(MatterProfile matter, int number) {
        return switch (number % 3) {
            case 1 -> "组织乡镇(街道)和村(社区)干部入户宣传解释" + concern(matter.domain()) + "相关政策";
            case 2 -> "设立群众诉求接待点,专人受理登记并限时答复,及时化解矛盾纠纷";
            default -> "落实专项资金,对困难群众逐户核实并给予帮扶";
        };
    }

    static final String ESCALATION = "涉及群众面较广,经单位研究转为普通程序评估";
    static final String CONTINGENCY_PLAN = "明确属地和部门责任,建立信息报告、现场处置和舆情应对机制";
    static final String REASSESSMENT = "上级调整相关政策,实施范围扩大,出现新的重大风险,须重新评估";

    static String contingencyPlanTitle(MatterProfile matter) {
        return matter.title() + "突发事件应急处置预案";
    }

    static String trackingSummary(MatterProfile matter, int number) {
        if (matter.fate() == Fate.POSTPONED) {
            return "第" + number + "次跟踪:暂缓实施期间,继续完善方案并做好群众解释工作,群众情绪总体平稳";
        }
        return "第" + number + "次跟踪:" + matter.title() + "实施进展正常,化解措施落实到位,未发现新的不稳定因素,群众反映平稳";
    }

    static String incident(MatterProfile matter) {
        return "部分群众因" + concern(matter.domain()) + "问题聚集反映诉求,属地党委政府及时到场做好解释疏导工作,现场秩序已恢复";
    }

    /** Why the decider went ahead against the grade (R2 评而不用), as a meeting minute would put it. */
    static String overrideReason(MatterProfile matter) {
        return matter.title() + "列入年度重点项目,时间节点紧迫;会议研究认为" + concern(matter.domain())
                + "方面的风险可在实施中同步化解,决定先行实施,由分管负责同志包抓风险化解工作";
    }

    /** Why the assessor corrects the record of an opinion round (R10): the sign-in sheet disagrees with it. */
    static String opinionsCorrection(OpinionMethod method) {
        return method.label() + "的参与人数和支持人数登记有误,误将列席工作人员计入,以签到表和意见汇总表原件为准,予以更正";
    }

    /** Why the 维稳办 corrects a filing it registered (R10): the receipt number was mistyped. */
    static String receiptCorrection(String receipt) {
        return "报备登记时备案编号误录为" + receipt + ",与纸质备案回执不符,以回执为准予以更正";
    }

    static String reviewOpinion(String expertName, boolean passed) {
        return expertName + ":" + (passed ? "报告内容完整,风险识别较全面,等级判定依据充分,同意通过"
                : "风险因素识别不全面,化解措施针对性不强,建议补充调查后重新编制");
    }

    /** The SHA-256 of the report document the demo pretends to hold: deterministic, lower-case hex. */
    static String documentHash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
