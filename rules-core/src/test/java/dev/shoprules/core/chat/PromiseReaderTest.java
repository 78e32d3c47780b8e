package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.PromiseKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Promises read from agent text: what each line promises (kind and value), or nothing. */
class PromiseReaderTest {
    private static final ScanContext CONTEXT = ScanContext.of(Platform.TMALL, Set.of());
    private static final Instant SENT = OffsetDateTime.parse("2026-11-02T10:00:00+08:00").toInstant();

    private static List<String> read(String text) {
        return ChatScanner.standard().read(text, CONTEXT).promises().stream()
                .map(p -> p.kind() + (p.valueAt(SENT) == null ? "" : " " + p.valueAt(SENT)))
                .toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            给您发顺丰哦                     | CARRIER SF
            好的，给你发申通                  | CARRIER STO
            我们默认发中通                   | CARRIER ZTO
            韵达快递发货的                   | CARRIER YUNDA
            可以给您安排京东物流               | CARRIER JD
            已经给您发顺丰了                  | CARRIER SF
            我们不发顺丰，给您发中通             | CARRIER ZTO
            用 ＳＦ 给您寄                   | CARRIER SF
            顺丰或者中通都可以发               | none
            亲，可以给您发顺丰吗？              | none
            如果要发顺丰的话需要补差价           | none
            顺丰到不了您那里                  | none
            全国包邮哦                      | FREE_SHIPPING
            偏远地区不包邮                   | none
            满99包邮                       | none
            包邮吗                         | none
            今天下午就给您发出                 | SHIP_BY 2026-11-03T00:00:00+08:00
            明天给您安排发货                  | SHIP_BY 2026-11-04T00:00:00+08:00
            后天发货                       | SHIP_BY 2026-11-05T00:00:00+08:00
            24小时内发货                    | SHIP_BY 2026-11-03T10:00:00+08:00
            二十四小时内发货哦                 | SHIP_BY 2026-11-03T10:00:00+08:00
            48h内发出                      | SHIP_BY 2026-11-04T10:00:00+08:00
            三天内发货                      | SHIP_BY 2026-11-05T10:00:00+08:00
            最快明天发货                     | none
            一般48小时内发货                  | none
            今天能发货吗                     | none
            送您一个小风扇哦                  | GIFT 小风扇
            有赠品哦                        | GIFT
            赠品已经送完了                   | none
            没有赠品的哦                     | none
            可以开发票的                     | INVOICE
            不能开发票                      | none
            不收额外费用的                   | NO_SURCHARGE
            在吗                          | none
            """)
    void readsThePromise(String text, String expected) {
        assertThat(read(text)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aRefusedDayIsNoPromiseButTheNextClauseIs() {
        assertThat(read("今天发不了，明天给您发")).containsExactly("SHIP_BY 2026-11-04T00:00:00+08:00");
    }

    @Test
    void todayIsTheCalendarDayInShanghai() {
        PromiseMention today = ChatScanner.standard().read("今天发货", CONTEXT).promises().get(0);
        // 2026-11-02T16:30Z is 00:30 on 11-03 in Shanghai: "today" ends at 00:00 on 11-04.
        assertThat(today.shipBy(Instant.parse("2026-11-02T16:30:00Z")))
                .isEqualTo(OffsetDateTime.parse("2026-11-04T00:00:00+08:00").toInstant());
        assertThat(today.shipBy(Instant.parse("2026-11-02T15:59:59Z")))
                .isEqualTo(OffsetDateTime.parse("2026-11-03T00:00:00+08:00").toInstant());
    }

    @Test
    void severalPromisesInOneMessage() {
        assertThat(read("全国包邮，今天给您发顺丰，还送您一个手机支架"))
                .containsExactlyInAnyOrder("CARRIER SF", "FREE_SHIPPING", "SHIP_BY 2026-11-03T00:00:00+08:00",
                        "GIFT 手机支架");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"24, 24", "2十4, 24", "十2, 12", "4十8, 48", "两, 2", "1百, 100", "72, 72", "十, 10"})
    void chineseNumbersAfterFolding(String folded, int value) {
        assertThat(PromiseReader.parseNumber(folded)).isEqualTo(value);
    }
}
