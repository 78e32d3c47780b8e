package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How chat text is read before matching. */
class NormalizedTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            加 薇-信                  | 加薇信
            加ＶＸ：ＡＢＣ              | 加vxabc
            微信號                    | 微信号
            聯繫電話                   | 联系电话
            一三八 1234 5678           | 13812345678
            ①③⑧                     | 138
            ⑩号                      | 10号
            幺三八零                   | 1380
            微❤信                     | 微♥信
            微💗                      | 微♥
            转帐                      | 转账
            100％有效                  | 100%有效
            微\u200b信                | 微信
            𝐯𝐱                      | vx
            """)
    void foldsWidthScriptNumeralsAndSeparators(String text, String dense) {
        assertThat(NormalizedText.of(text.replace("\\u200b", "\u200b")).toString()).isEqualTo(dense);
    }

    @Test
    void eachKeptCharacterKnowsWhereItCameFrom() {
        NormalizedText t = NormalizedText.of("打 １３９-8765 4321 吧");
        int start = t.toString().indexOf('1');
        assertThat(t.originalSpan(start, start + 11)).isEqualTo("１３９-8765 4321");
    }

    @Test
    void clausesEndAtSentencePunctuationAndQuestionsAreMarked() {
        NormalizedText t = NormalizedText.of("不能给您，加我微信吧。可以发顺丰吗");
        int wechat = t.toString().indexOf("微信");
        assertThat(t.clauseOf(0)).isZero();
        assertThat(t.clauseOf(wechat)).isEqualTo(1);
        assertThat(t.inQuestion(wechat)).isFalse();
        assertThat(t.inQuestion(t.length() - 1)).isTrue();
        assertThat(NormalizedText.of("发顺丰？好的").inQuestion(0)).isTrue();
    }

    @Test
    void anEmptyOrSymbolOnlyTextHasNothingToRead() {
        assertThat(NormalizedText.of("").length()).isZero();
        assertThat(NormalizedText.of(" ~~ 。。！").length()).isZero();
    }
}
