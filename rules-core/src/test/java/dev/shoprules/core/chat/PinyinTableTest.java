package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.junit.jupiter.api.Test;

/**
 * {@code pinyin.txt} is pinyin4j's first toneless reading of every character it knows in U+3400–U+9FFF. The
 * table is data at run time (a 60 KB resource read once, where pinyin4j would parse its own 400 KB table and
 * cost a lookup per character through its API); this test keeps it equal to the library.
 */
class PinyinTableTest {

    @Test
    void theTableIsPinyin4jsFirstReadingOfEveryCharacter() throws IOException, BadHanyuPinyinOutputFormatCombination {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        Map<String, String> expected = new TreeMap<>();
        for (char c = 0x3400; c <= 0x9FFF; c++) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
            if (readings != null && readings.length > 0) {
                expected.merge(readings[0], String.valueOf(c), String::concat);
            }
        }
        Map<String, String> shipped = new TreeMap<>();
        try (InputStream in = Sound.class.getClassLoader().getResourceAsStream("dev/shoprules/core/chat/pinyin.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> shipped.put(l.substring(0, l.indexOf(' ')), l.substring(l.indexOf(' ') + 1)));
        }
        assertThat(shipped).isEqualTo(expected);
    }

    @Test
    void homophonesAndPinyinReadAlike() {
        assertThat(Sound.of("围信")).isEqualTo(Sound.of("微信")).isEqualTo(Sound.of("wei芯")).isEqualTo(Sound.of("weixin"))
                .isEqualTo(Sound.of("卫♥")).hasSize(2);
        assertThat(Sound.of("抠抠")).isEqualTo(Sound.of("扣扣")).isEqualTo(Sound.of("口口"));
        assertThat(Sound.of("收鸡")).isEqualTo(Sound.of("手机"));
        // Letters that are no pinyin, and digits, stay as they are.
        assertThat(Sound.of("vx123")).isEqualTo("vx123");
        assertThat(Sound.of("xian")).hasSize(1); // the fewest syllables: xian, not xi an
    }
}
