package org.wenping.ops.demo;

import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.List;

/**
 * 酒泉市 and its seven counties (GB/T 2260), with some of their 乡镇, and how their units and
 * deciding bodies are named.
 */
record Place(String code, String name, boolean city, List<String> towns) {
    static final Place JIUQUAN = new Place("620900", "酒泉市", true,
            List.of("西峰乡", "总寨镇", "果园镇", "清水镇", "泉湖乡"));
    static final Place SUZHOU = new Place("620902", "肃州区", false,
            List.of("泉湖乡", "西峰乡", "总寨镇", "银达镇", "果园镇", "清水镇", "三墩镇", "金佛寺镇", "上坝镇", "东洞镇", "丰乐镇", "铧尖乡", "西洞镇", "下河清镇"));
    static final Place JINTA = new Place("620921", "金塔县", false,
            List.of("金塔镇", "鼎新镇", "东坝镇", "中东镇", "古城乡", "大庄子镇", "西坝镇", "航天镇", "羊井子湾乡"));
    static final Place GUAZHOU = new Place("620922", "瓜州县", false,
            List.of("渊泉镇", "柳园镇", "三道沟镇", "南岔镇", "锁阳城镇", "瓜州镇", "西湖镇", "河东镇", "双塔镇", "布隆吉乡"));
    static final Place SUBEI = new Place("620923", "肃北县", false,
            List.of("党城湾镇", "马鬃山镇", "石包城乡", "盐池湾乡"));
    static final Place AKESAI = new Place("620924", "阿克塞县", false,
            List.of("红柳湾镇", "阿克旗乡", "阿勒腾乡"));
    static final Place YUMEN = new Place("620981", "玉门市", false,
            List.of("玉门镇", "赤金镇", "花海镇", "柳河镇", "黄闸湾镇", "下西号镇", "柳湖镇", "昌马镇", "清泉乡", "六墩乡"));
    static final Place DUNHUANG = new Place("620982", "敦煌市", false,
            List.of("七里镇", "沙州镇", "肃州镇", "莫高镇", "转渠口镇", "阳关镇", "月牙泉镇", "郭家堡镇", "黄渠镇"));

    static final List<Place> ALL = List.of(JIUQUAN, SUZHOU, JINTA, GUAZHOU, SUBEI, AKESAI, YUMEN, DUNHUANG);
    /** Where the wind and solar bases of 酒泉 lie. */
    static final List<Place> ENERGY_BASES = List.of(GUAZHOU, YUMEN, JINTA, DUNHUANG, AKESAI);
    static final List<Place> COUNTIES = ALL.subList(1, ALL.size());

    JurisdictionCode jurisdiction() {
        return new JurisdictionCode(code);
    }

    /**
     * A unit of this place by its department, e.g. 市住建局 for 酒泉市 and 金塔县住建局 for a county;
     * {@code 人民政府} names the government itself (县人民政府 style).
     */
    String unit(String department) {
        if (city) return department.equals("人民政府") ? "市人民政府" : "市" + department;
        return name + countyDepartment(department);
    }

    /** The body whose meeting decides: the government's executive meeting, or the party committee's. */
    String decisionBody(boolean partyCommittee) {
        if (city) return partyCommittee ? "市委常委会会议" : "市政府常务会议";
        return partyCommittee ? name + "委常委会会议" : name + "人民政府常务会议";
    }

    private static String countyDepartment(String department) {
        return switch (department) {
            case "发改委" -> "发改局";
            case "民宗委" -> "民宗局";
            case "卫健委" -> "卫健局";
            case "国资委" -> "国资办";
            default -> department;
        };
    }
}
