package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phrase table ({@code phrases.txt} beside this class): customer-service lines read by the scanner alone, in a
 * context that knows more numbers than the conduct table's case ({@link ConductLinesTest}, the main table, which
 * reads each line through a whole case): lines each detector must catch, and benign look-alikes that no detector
 * may flag. A line belongs in one table only.
 */
class ChatPhrasesTest {
    /** Numbers the case knows (see the table's header). */
    static final ScanContext CONTEXT = ScanContext.of(Platform.TMALL, Set.of("4001234567", "2026110112345678901",
            "75123456789012", "13579246801", "80000", "800", "13812345678"));

    record Phrase(ChatDetector detector, boolean violates, String text) {
        @Override
        public String toString() {
            return detector.slug() + (violates ? " + " : " - ") + text;
        }
    }

    static List<Phrase> phrases() {
        try (InputStream in = ChatPhrasesTest.class.getResourceAsStream("phrases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> {
                        String[] parts = l.split(" ", 3);
                        ChatDetector d = Arrays.stream(ChatDetector.values())
                                .filter(x -> x.slug().equals(parts[0])).findFirst().orElseThrow();
                        return new Phrase(d, parts[1].equals("+"), parts[2]);
                    })
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Phrase> violating() {
        return phrases().stream().filter(Phrase::violates);
    }

    static Stream<Phrase> benign() {
        return phrases().stream().filter(p -> !p.violates());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violating")
    void violatingPhraseIsCaughtByItsDetector(Phrase p) {
        MessageReading r = ChatScanner.standard().read(p.text(), CONTEXT);
        assertThat(r.hits(p.detector())).as("hits of %s in %s (all hits: %s)", p.detector(), p.text(), r.hits())
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benign")
    void benignLookAlikeIsNotFlaggedByAnyDetector(Phrase p) {
        assertThat(ChatScanner.standard().read(p.text(), CONTEXT).hits()).as(p.text()).isEmpty();
    }

    /** The conduct table judges a line more strictly (exactly its detectors, through a whole case): no line twice. */
    @Test
    void noPhraseIsALineOfTheConductTable() {
        Set<String> conduct = ConductLinesTest.lines().stream().map(ConductLinesTest.Line::text)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(phrases()).filteredOn(p -> conduct.contains(p.text())).isEmpty();
    }

    @Test
    void evidenceQuotesTheOriginalTextAndMasksContacts() {
        MessageReading r = ChatScanner.standard().read("有事打这个电话 139-8765-4321，或加ｖｘ：ａｂｃ１２３４５", CONTEXT);
        assertThat(r.hits()).extracting(ChatHit::tag, ChatHit::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("phone", "打这个电话"),
                org.assertj.core.groups.Tuple.tuple("phone", "139****4321"),
                org.assertj.core.groups.Tuple.tuple("wechat", "加ｖｘ"),
                org.assertj.core.groups.Tuple.tuple("wechat-id", "ab****45"));
        ChatHit phone = r.hits().get(1);
        assertThat(r.text().original().substring(phone.start(), phone.end())).isEqualTo("139-8765-4321");
    }

    @Test
    void aRefusalInOneClauseDoesNotExcuseTheNext() {
        assertThat(ChatScanner.standard().read("这里不能聊，加我微信吧", CONTEXT).hits(ChatDetector.CONTACT_INFO))
                .extracting(ChatHit::text).containsExactly("加我微信");
    }

    @Test
    void linksToThePlatformsOwnHostsDependOnThePlatform() {
        String text = "详情见 https://mobile.yangkeduo.com/goods.html?id=1";
        assertThat(ChatScanner.standard().read(text, ScanContext.of(Platform.PDD, Set.of())).hits()).isEmpty();
        assertThat(ChatScanner.standard().read(text, ScanContext.of(Platform.TMALL, Set.of())).hits())
                .extracting(ChatHit::tag).containsExactly("link");
    }
}
