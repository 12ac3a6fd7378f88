package org.wenping.ops.demo;

import org.wenping.kernel.matter.MatterCategory;

import java.util.List;

import static org.wenping.kernel.matter.MatterCategory.ACTIVITY;
import static org.wenping.kernel.matter.MatterCategory.DECISION;
import static org.wenping.kernel.matter.MatterCategory.POLICY;
import static org.wenping.kernel.matter.MatterCategory.PROJECT;
import static org.wenping.kernel.matter.MatterCategory.REFORM;
import static org.wenping.ops.demo.MatterTemplate.in;
import static org.wenping.ops.demo.MatterTemplate.of;

/** The kinds of matters of the demo year, in the style of seeds 002–004 and the 七类重点 of seed 003. */
final class MatterTemplates {
    private static final List<Place> COUNTIES = Place.COUNTIES;
    private static final List<Place> WATER_SHORT = List.of(Place.SUZHOU, Place.JINTA, Place.GUAZHOU, Place.YUMEN,
            Place.DUNHUANG);
    private static final List<Place> MINING = List.of(Place.YUMEN, Place.SUBEI, Place.GUAZHOU, Place.AKESAI);

    static final List<MatterTemplate> ALL = List.of(
            // 玉门市's heating price is the named matter that was postponed.
            in(Place.ALL.stream().filter(place -> place != Place.YUMEN).toList(), POLICY, "城市建设", "发改委",
                    "{p}城区集中供热价格调整"),
            of(POLICY, "社会保障", "民政局", "{p}城乡居民最低生活保障标准调整"),
            of(POLICY, "医疗卫生", "医保局", "{p}城乡居民基本医疗保险个人缴费标准调整"),
            of(POLICY, "教育", "教育局", "{p}义务教育阶段学校招生划片方案调整"),
            of(POLICY, "交通", "交通运输局", "{p}城区出租汽车运价调整"),
            of(POLICY, "城市建设", "水务局", "{p}城区居民阶梯水价调整方案"),
            in(COUNTIES, POLICY, "三农", "农业农村局", "{p}农村土地经营权流转管理办法"),
            of(POLICY, "征地拆迁", "自然资源局", "{p}征地区片综合地价标准调整"),
            of(POLICY, "征地拆迁", "住建局", "{p}国有土地上房屋征收与补偿实施办法"),
            of(POLICY, "社会保障", "人社局", "{p}城乡居民基础养老金标准调整"),
            in(List.of(Place.SUBEI, Place.AKESAI, Place.GUAZHOU, Place.YUMEN), POLICY, "环境保护", "林草局",
                    "{p}禁牧休牧和草畜平衡实施方案"),
            of(POLICY, "民族宗教", "民宗委", "{p}民族团结进步示范创建奖补办法"),
            in(List.of(Place.JIUQUAN), POLICY, "社会保障", "住房公积金管理中心", "{p}住房公积金缴存使用政策调整"),
            of(POLICY, "交通", "发改委", "{p}城区机动车停车收费标准调整"),
            of(POLICY, "能源", "发改委", "{p}城区管道天然气销售价格调整"),
            in(COUNTIES, POLICY, "教育", "教育局", "{p}乡村教师生活补助标准调整"),
            of(POLICY, "医疗卫生", "医保局", "{p}困难群众医疗救助实施办法"),
            of(POLICY, "环境保护", "生态环境局", "{p}城区烟花爆竹禁限放区域划定"),
            of(POLICY, "社会保障", "残联", "{p}困难残疾人生活补贴和重度残疾人护理补贴标准调整"),
            in(COUNTIES, POLICY, "三农", "农业农村局", "{p}耕地地力保护补贴发放办法"),
            of(POLICY, "城市建设", "住建局", "{p}城镇老旧小区改造居民出资及奖补办法"),
            of(POLICY, "社会保障", "人社局", "{p}零就业家庭就业援助政策"),
            of(POLICY, "医疗卫生", "卫健委", "{p}基层医疗卫生机构一般诊疗费调整"),
            of(POLICY, "交通", "交通运输局", "{p}城乡公交线路优化调整方案"),

            in(COUNTIES, PROJECT, "三农", "农业农村局", "{p}{t}高标准农田建设项目"),
            in(COUNTIES, PROJECT, "三农", "农业农村局", "{p}{t}农村人居环境整治提升项目"),
            of(PROJECT, "城市建设", "住建局", "{p}老旧小区改造项目"),
            of(PROJECT, "能源", "住建局", "{p}城区集中供热管网改造工程"),
            of(PROJECT, "征地拆迁", "住建局", "{p}城区棚户区改造项目"),
            in(COUNTIES, PROJECT, "交通", "交通运输局", "{p}{t}农村公路提质改造工程"),
            in(Place.ENERGY_BASES, PROJECT, "能源", "发改委", "{p}{t}{n}兆瓦光伏发电项目"),
            in(Place.ENERGY_BASES, PROJECT, "能源", "发改委", "{p}{t}{n}万千瓦风电场建设项目"),
            of(PROJECT, "环境保护", "住建局", "{p}生活垃圾无害化处理场扩建工程"),
            of(PROJECT, "环境保护", "住建局", "{p}污水处理厂提标改造工程"),
            of(PROJECT, "医疗卫生", "卫健委", "{p}人民医院住院综合楼建设项目"),
            of(PROJECT, "教育", "教育局", "{p}城区新建公办幼儿园项目"),
            of(PROJECT, "教育", "教育局", "{p}城区寄宿制学校建设项目"),
            of(PROJECT, "城市建设", "住建局", "{p}城区农贸市场搬迁改造项目"),
            in(COUNTIES, PROJECT, "三农", "水务局", "{p}{t}农村供水保障工程"),
            in(MINING, PROJECT, "环境保护", "自然资源局", "{p}历史遗留矿山生态修复工程"),
            in(COUNTIES, PROJECT, "征地拆迁", "自然资源局", "{p}{t}工业园区建设征地项目"),
            in(Place.ENERGY_BASES, PROJECT, "能源", "发改委", "{p}{t}{n}万千瓦储能电站建设项目"),
            of(PROJECT, "交通", "交通运输局", "{p}汽车客运站迁建项目"),
            of(PROJECT, "城市建设", "住建局", "{p}城市公园改造提升工程"),

            of(REFORM, "国企改制", "国资委", "{p}城市建设投资集团有限公司改制重组"),
            of(REFORM, "国企改制", "国资委", "{p}公共交通有限公司混合所有制改革"),
            of(REFORM, "国企改制", "国资委", "{p}国有企业退休人员社会化管理移交"),
            of(REFORM, "国企改制", "国资委", "{p}供排水有限公司改制"),
            in(COUNTIES, REFORM, "三农", "农业农村局", "{p}农村集体产权制度改革"),
            in(COUNTIES, REFORM, "三农", "农业农村局", "{p}农村宅基地制度改革试点"),
            of(REFORM, "医疗卫生", "卫健委", "{p}公立医院薪酬制度改革"),
            in(COUNTIES, REFORM, "教育", "教育局", "{p}义务教育教师县管校聘管理改革"),
            of(REFORM, "机构改革", "委编办", "{p}事业单位重塑性改革"),
            of(REFORM, "社会保障", "医保局", "{p}医保支付方式改革"),
            of(REFORM, "城市建设", "住建局", "{p}住宅小区物业管理体制改革"),

            in(COUNTIES, DECISION, "教育", "教育局", "{p}农村小规模学校撤并"),
            of(DECISION, "交通", "公安局", "{p}城区主干道单向通行交通组织调整"),
            of(DECISION, "环境保护", "生态环境局", "{p}散乱污企业关停整治"),
            of(DECISION, "城市建设", "住建局", "{p}城区农贸市场整体搬迁"),
            of(DECISION, "社会保障", "民政局", "{p}殡葬改革推行节地生态安葬"),
            of(DECISION, "环境保护", "农业农村局", "{p}畜禽养殖禁养区划定调整"),
            of(DECISION, "民族宗教", "民宗委", "{p}宗教活动场所布局规划调整"),
            of(DECISION, "城市建设", "自然资源局", "{p}国土空间总体规划调整"),
            in(WATER_SHORT, DECISION, "三农", "水务局", "{p}地下水超采区关井压田"),
            in(COUNTIES, DECISION, "医疗卫生", "卫健委", "{p}乡镇卫生院整合"),
            of(DECISION, "征地拆迁", "自然资源局", "{p}城区存量土地收储"),
            of(DECISION, "城市建设", "城市管理局", "{p}城区流动摊贩疏导区设置"),

            of(ACTIVITY, "文化旅游", "文旅局", "{p}新春文化庙会"),
            of(ACTIVITY, "文化旅游", "体育局", "{p}全民健身运动会"),
            of(ACTIVITY, "社会保障", "人社局", "{p}春风行动大型人才招聘会"),
            in(COUNTIES, ACTIVITY, "三农", "农业农村局", "{p}中国农民丰收节庆祝活动"),
            in(List.of(Place.AKESAI), ACTIVITY, "民族宗教", "文旅局", "{p}哈萨克族阿肯弹唱会"),
            in(List.of(Place.JINTA), ACTIVITY, "文化旅游", "文旅局", "{p}胡杨文化旅游节"),
            in(List.of(Place.GUAZHOU), ACTIVITY, "文化旅游", "文旅局", "{p}锁阳城文化旅游节"),
            in(List.of(Place.YUMEN), ACTIVITY, "文化旅游", "文旅局", "{p}石油文化节"),
            in(List.of(Place.DUNHUANG), ACTIVITY, "文化旅游", "文旅局", "{p}大漠戈壁徒步挑战赛"),
            in(List.of(Place.JIUQUAN), ACTIVITY, "文化旅游", "体育局", "{p}半程马拉松赛"));

    private MatterTemplates() {
    }

    static List<MatterTemplate> inCategory(MatterCategory category) {
        return ALL.stream().filter(template -> template.category() == category).toList();
    }
}
