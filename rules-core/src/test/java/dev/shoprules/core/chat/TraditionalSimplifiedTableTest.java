package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code traditional-simplified.txt} is OpenCC's character table as opencc4j ships it. The table is data at run
 * time (opencc4j takes ~0.6 s to initialise and brings 2.8 MB of jars); this test keeps it equal to the library.
 */
class TraditionalSimplifiedTableTest {

    @Test
    void theTableIsOpenccsFirstSimplifiedCandidateOfEveryConvertedCharacter() throws IOException {
        Map<Character, Character> expected = new TreeMap<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            List<String> simple = ZhConverterUtil.toSimple((char) c);
            if (simple != null && !simple.isEmpty() && simple.get(0).length() == 1 && simple.get(0).charAt(0) != c) {
                expected.put((char) c, simple.get(0).charAt(0));
            }
        }
        Map<Character, Character> shipped = new TreeMap<>();
        try (InputStream in = Folding.class.getClassLoader()
                .getResourceAsStream("dev/shoprules/core/chat/traditional-simplified.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> shipped.put(l.charAt(0), l.charAt(1)));
        }
        assertThat(shipped).isEqualTo(expected);
    }
}
