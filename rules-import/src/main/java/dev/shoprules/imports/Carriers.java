package dev.shoprules.imports;

import dev.shoprules.core.facts.Carrier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carrier names and ids of the platforms to the case file's carrier codes. A name or id not in these tables maps to
 * {@link Carrier#OTHER} and the importer prints a warning line naming it; it is never matched loosely.
 */
final class Carriers {
    /**
     * TOP gives the company's name ({@code orders.logistics_company}: "子订单发货的快递公司名称";
     * {@code logistics.trace.search company_name}: "物流公司名称"). A name maps when it contains one of these brand
     * names, checked in this order (中通快运 is 中通; 邮政 EMS is EMS).
     */
    private static final Map<String, Carrier> TOP_NAMES = new LinkedHashMap<>();
    static {
        TOP_NAMES.put("顺丰", Carrier.SF);
        TOP_NAMES.put("中通", Carrier.ZTO);
        TOP_NAMES.put("圆通", Carrier.YTO);
        TOP_NAMES.put("申通", Carrier.STO);
        TOP_NAMES.put("韵达", Carrier.YUNDA);
        TOP_NAMES.put("EMS", Carrier.EMS);
        TOP_NAMES.put("京东", Carrier.JD);
        TOP_NAMES.put("德邦", Carrier.DEPPON);
        TOP_NAMES.put("极兔", Carrier.JT);
    }

    /**
     * PDD gives a numeric {@code logistics_id} ("快递公司编号"), whose names {@code pdd.logistics.companies.get}
     * lists: 1 申通快递 (STO), 44 顺丰快递 (SF), 85 圆通快递 (YTO), 115 中通快递 (ZTO), 118 邮政EMS (EMS),
     * 120 京东配送 (JD), 121 韵达快递 (YUNDA), 131 德邦快递 / 230 德邦物流 (DEPPON), 340 京东大件物流 (JD),
     * 384 极兔快递 (JT). 132 邮政快递包裹 is China Post's parcel express, not ordinary post (平邮), so it is not
     * POSTAL: it maps to OTHER with a warning.
     */
    private static final Map<Long, Carrier> PDD_IDS = Map.ofEntries(
            Map.entry(1L, Carrier.STO), Map.entry(44L, Carrier.SF), Map.entry(85L, Carrier.YTO),
            Map.entry(115L, Carrier.ZTO), Map.entry(118L, Carrier.EMS), Map.entry(120L, Carrier.JD),
            Map.entry(121L, Carrier.YUNDA), Map.entry(131L, Carrier.DEPPON), Map.entry(230L, Carrier.DEPPON),
            Map.entry(340L, Carrier.JD), Map.entry(384L, Carrier.JT));

    private Carriers() {}

    /** The carrier a TOP company name names, or null if the table has none. */
    static Carrier topName(String name) {
        if (name == null) {
            return null;
        }
        Carrier code = Carrier.byCode(name);
        if (code != null && code != Carrier.OTHER) {
            return code;
        }
        for (Map.Entry<String, Carrier> e : TOP_NAMES.entrySet()) {
            if (name.toUpperCase(java.util.Locale.ROOT).contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The carrier of a PDD logistics id, or null if the table has none. */
    static Carrier pddId(long id) {
        return PDD_IDS.get(id);
    }
}
