package dev.shoprules.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskerTest {
    private static final Masker MASKER = Masker.forCase(caseWithReceiver());

    @Test
    void masksTheCasesPersonalDataWhereverItIsNestedAndKeepsTheOrder() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("orderId", "o-1");
        evidence.put("said", "寄给赵杰，电话 17702195521");
        evidence.put("quotes", List.of("好的", "北京市朝阳区建国路21号", 3));
        evidence.put("count", 2);

        Map<String, Object> masked = MASKER.maskMap(evidence);

        assertThat(masked).containsExactly(
                Map.entry("orderId", "o-1"),
                Map.entry("said", "寄给赵*，电话 177****5521"),
                Map.entry("quotes", List.of("好的", "北京市…", 3)),
                Map.entry("count", 2));
    }

    @Test
    void givesBackTheSameInstanceWhenNothingIsPersonal() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("orderId", "o-1");
        evidence.put("quotes", List.of("好的", "明天发货"));
        evidence.put("nested", Map.of("carrier", "SF"));

        assertThat(MASKER.maskMap(evidence)).isSameAs(evidence);
        assertThat(MASKER.maskValue(evidence.get("quotes"))).isSameAs(evidence.get("quotes"));
        assertThat(MASKER.mask("明天发货")).isSameAs("明天发货");
    }

    private static CaseFacts caseWithReceiver() {
        CaseInput in = CaseJson.parse("""
                {"caseId":"c","platform":"tmall","asOf":"2026-09-01T00:00:00+08:00",
                 "orders":[{"id":"o-1","buyerId":"b-1","createdAt":"2026-08-27T14:11:00+08:00",
                   "items":[{"sku":"S","title":"T","quantity":1,"unitPrice":"10.00"}],
                   "paidAmount":"10.00","receiver":{"name":"赵杰","phone":"17702195521","address":"北京市朝阳区建国路21号"}}]}
                """, "MaskerTest", 1);
        return ((CaseInput.Valid) in).facts();
    }
}
