package dev.shoprules.generate;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.Carrier;
import java.util.SplittableRandom;

/** The word lists the generator draws from: products, places, names, carriers and what people write in chats. */
final class Catalog {
    private Catalog() {}

    record Product(String sku, String title, long minCents, long maxCents) {}

    static final Product[] PRODUCTS = {
        new Product("DRESS", "碎花连衣裙", 19_900, 89_900),
        new Product("DOWN", "轻薄羽绒服", 39_900, 199_900),
        new Product("CASE", "手机壳", 1_900, 5_900),
        new Product("BUDS", "蓝牙耳机", 9_900, 69_900),
        new Product("LAPTOP", "轻薄笔记本电脑", 399_900, 899_900),
        new Product("TEA", "明前龙井茶叶", 8_800, 58_800),
        new Product("MILK", "婴幼儿奶粉", 19_900, 39_900),
        new Product("SHOE", "跑步运动鞋", 29_900, 129_900),
        new Product("RICE", "五常大米 5kg", 5_900, 12_900),
        new Product("LAMP", "护眼台灯", 8_900, 29_900),
        new Product("CREAM", "保湿面霜", 12_900, 49_900),
        new Product("TOWEL", "纯棉毛巾三条装", 2_900, 6_900),
    };

    static final Carrier[] CARRIERS = {
        Carrier.ZTO, Carrier.ZTO, Carrier.YTO, Carrier.YTO, Carrier.STO, Carrier.YUNDA, Carrier.YUNDA, Carrier.SF,
        Carrier.EMS, Carrier.JD, Carrier.JT, Carrier.DEPPON, Carrier.POSTAL,
    };

    /** Where shops ship from (short province names, as tracking events write them). */
    static final String[] ORIGINS = {"浙江", "广东", "江苏", "福建", "上海", "山东"};

    /** Hubs a parcel passes through. */
    static final String[] TRANSIT = {"浙江", "江苏", "湖北", "河南", "安徽", "湖南", "陕西", "上海"};

    /** Receiver provinces with a city and a street; the far western ones have longer logistics timers. */
    static final String[][] DESTINATIONS = {
        {"浙江省", "杭州市", "西湖区文三路"}, {"广东省", "广州市", "天河区体育西路"}, {"上海市", "上海市", "浦东新区世纪大道"},
        {"北京市", "北京市", "朝阳区建国路"}, {"江苏省", "南京市", "鼓楼区中山北路"}, {"四川省", "成都市", "武侯区人民南路"},
        {"湖北省", "武汉市", "洪山区珞喻路"}, {"山东省", "济南市", "历下区泉城路"}, {"河南省", "郑州市", "金水区花园路"},
        {"新疆维吾尔自治区", "乌鲁木齐市", "天山区解放南路"}, {"西藏自治区", "拉萨市", "城关区北京中路"},
        {"内蒙古自治区", "呼和浩特市", "新城区新华大街"}, {"甘肃省", "兰州市", "城关区东岗西路"},
        {"青海省", "西宁市", "城中区西大街"}, {"宁夏回族自治区", "银川市", "兴庆区解放西街"},
    };

    static String address(String[] place, SplittableRandom r) {
        String city = place[0].equals(place[1]) ? "" : place[1];
        return place[0] + city + place[2] + (1 + r.nextInt(300)) + "号";
    }

    /** 浙江省 → 浙江, 新疆维吾尔自治区 → 新疆, 上海市 → 上海. */
    static String shortName(String[] place) {
        String p = place[0];
        for (String suffix : new String[] {"维吾尔自治区", "回族自治区", "壮族自治区", "自治区", "省", "市"}) {
            if (p.endsWith(suffix)) {
                return p.substring(0, p.length() - suffix.length());
            }
        }
        return p;
    }

    static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "欧阳"};
    static final String[] GIVEN_NAMES = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "杰", "婷", "子涵", "浩然", "雨桐"};
    static final String[] AGENTS = {"xiaomei", "ajie", "lulu", "kefu01", "kefu02", "tiantian"};
    static final String[] GIFTS = {"赠品：运动袜一双", "赠品：收纳袋", "赠品：试用装面膜", "赠品：手机支架", "赠品：茶叶小样"};

    static String[] shopNames(Platform platform) {
        return switch (platform) {
            case TMALL -> new String[] {"悦家旗舰店", "森屿服饰旗舰店", "极客数码旗舰店", "西湖茶业旗舰店", "暖阳母婴旗舰店",
                "步履运动旗舰店", "光合家居旗舰店", "雪域羽绒旗舰店", "禾田粮油旗舰店", "素颜美妆旗舰店", "拾光灯饰旗舰店", "棉语家纺旗舰店"};
            case TAOBAO -> new String[] {"小鹿的衣橱", "阿杰数码小铺", "茶农老李", "宝妈优选", "跑跑鞋铺", "一米阳光家居",
                "北方羽绒店", "东北大米直供", "小美护肤", "台灯工作室", "毛巾工厂店", "潮流配件铺"};
            case PDD -> new String[] {"百货优选专营店", "实惠服饰专营店", "数码配件工厂店", "源头茶叶专营店", "母婴好物专营店",
                "运动鞋工厂店", "家居日用专营店", "羽绒服工厂店", "农家大米专营店", "美妆集合店", "灯具批发店", "毛巾源头厂"};
        };
    }

    static final String[] BUYER_LINES = {
        "在吗", "什么时候发货呀", "可以发顺丰吗", "有赠品吗", "能开发票吗", "这个尺码偏大吗", "能便宜点吗",
        "我的快递怎么还没动", "可以改地址吗", "质量怎么样", "能不能加微信聊", "好评有返现吗",
    };

    static final String[] AUTO_REPLIES = {
        "您好，欢迎光临本店，客服小美为您服务～", "亲，本店商品付款后48小时内发货哦", "亲，全场包邮哦",
        "感谢您的咨询，客服稍后回复您", "亲，本店支持七天无理由退换货",
    };

    static final String[] AGENT_LINES = {
        "亲，在的，请问有什么可以帮您", "已经为您安排发货啦，请耐心等待", "好的亲，这边帮您备注了", "亲，尺码标准，按平时穿的选就可以",
        "亲，可以开发票的，确认收货后联系客服", "给您发顺丰哦", "亲，送您一个小赠品", "今天发货的亲", "亲，包邮的哦",
        "亲，物流这边帮您催一下", "地址已经帮您修改好了",
    };

    /** Lines that break a chat rule: off-platform payment, contact details, absolute claims, cash-back, insults. */
    static final String[] VIOLATING_AGENT_LINES = {
        "亲，可以加微信转账，价格更优惠", "支付宝转账给我就行，不走平台", "加我薇信 abc12345 私聊", "有事打我电话 13912345678",
        "我们家是全网最低价，绝对正品", "国家级品质，100%有效", "给好评返现5元哦，截图找客服", "晒图好评送红包",
        "你是不是有病啊，烦不烦", "扫这个二维码付款就行",
    };

    /** Compliant refusals: a negated hint is not a violation. */
    static final String[] REFUSALS = {"亲，平台不支持微信支付哦", "不能给您私人微信哦，有问题在这里联系就好"};
}
