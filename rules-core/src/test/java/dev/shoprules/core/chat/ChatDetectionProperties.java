package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of chat reading over the conduct table ({@link ConductLinesTest}).
 * <ul>
 * <li>Evasion by shape: inserting separators (spaces, symbols, zero-width spaces) between the characters of a
 * violating line, or writing its ASCII in full width, keeps it detected. Not inside a word of Latin letters: there a
 * space makes other words ({@code zhang} split into {@code zha ng} is two syllables, as a reader of pinyin would
 * read it), which is spelling, not a disguise.</li>
 * <li>Evasion by sound: writing a channel or payment name of a violating line (微信, 扣扣, 手机, 支付宝, 电话 … as
 * the line spells it, 围信 and 抠抠 included) with any other characters of the same pinyin, or in pinyin letters,
 * keeps it detected, unless the result is an allowed word (为新, 回信).</li>
 * <li>Cost: reading is linear in the text length, judged by the reader's own count of the steps it took on a text
 * and on one eight times as long (a quadratic reader would take about 64 times the steps); no time is measured.</li>
 * </ul>
 */
class ChatDetectionProperties {
    private static final List<String> SEPARATORS = List.of(" ", "  ", "-", "_", "*", ".", "·", "~", "|", "/",
            "\u200b", "\u3000", "…", "♪", "😊");

    /** A violating line of the table, and how to disguise it. */
    record Disguise(ConductLinesTest.Line line, List<Integer> positions, List<String> separators, long widthMask) {
        String apply() {
            StringBuilder b = new StringBuilder();
            int[] cps = line.text().codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                int cp = cps[i];
                boolean wide = (widthMask >>> (i % 64) & 1) == 1;
                if (wide && cp > 0x20 && cp < 0x7F) {
                    b.appendCodePoint(cp - 0x21 + 0xFF01);
                } else {
                    b.appendCodePoint(cp);
                }
                boolean insideLatinWord = i + 1 < cps.length && isLatinLetter(cp) && isLatinLetter(cps[i + 1]);
                for (int k = 0; k < positions.size() && !insideLatinWord; k++) {
                    if (positions.get(k) == i) {
                        b.append(separators.get(k));
                    }
                }
            }
            return b.toString();
        }

        private static boolean isLatinLetter(int cp) {
            return cp < 0x80 && Character.isLetter(cp);
        }
    }

    @Provide
    Arbitrary<Disguise> disguised() {
        // Link and e-mail syntax cannot survive spaces inside it; every other violating line must.
        List<ConductLinesTest.Line> evadable = ConductLinesTest.violating()
                .filter(l -> !l.text().contains("@") && !l.text().contains("://") && !l.text().contains("www."))
                .toList();
        return Arbitraries.of(evadable).flatMap(l -> Combinators.combine(
                Arbitraries.integers().between(0, l.text().length()).list().ofMaxSize(8),
                Arbitraries.of(SEPARATORS).list().ofSize(8),
                Arbitraries.longs()).as((positions, seps, mask) -> new Disguise(l, positions, seps, mask)));
    }

    @Property(tries = 200)
    void separatorsAndFullWidthFormsKeepAViolationDetected(@ForAll("disguised") Disguise d) {
        String text = d.apply();
        ConductLinesTest.Line l = d.line();
        assertThat(detected(l.platform(), text, l.otherAccount())).as("%s disguised as %s", l, text)
                .containsAll(l.expected());
    }

    // ---- homophones

    /** The channel and payment names read by sound (aliases.words), as the lines may spell them. */
    private static final List<String> NAMES = List.of("微信", "扣扣", "企鹅", "球球", "支付宝", "电话", "手机", "号码",
            "联系方式", "联系电话", "座机");
    /** pinyin.txt: character → syllable, syllable → its characters. */
    private static final Map<Character, String> SYLLABLE = new HashMap<>();
    private static final Map<String, String> CHARACTERS = new HashMap<>();

    static {
        try (InputStream in = Sound.class.getClassLoader().getResourceAsStream("dev/shoprules/core/chat/pinyin.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> {
                        String syllable = l.substring(0, l.indexOf(' '));
                        String sound = Sound.of(syllable);
                        StringBuilder same = new StringBuilder();
                        // Text is sounded after folding: a traditional character sounds like its simplified form
                        // (pinyin4j's first readings of the two may differ), so only those that still sound alike.
                        l.substring(l.indexOf(' ') + 1).chars().forEach(c -> {
                            if (Sound.of(Folding.dense(String.valueOf((char) c))).equals(sound)) {
                                same.append((char) c);
                            }
                        });
                        CHARACTERS.put(syllable, same.toString());
                        same.chars().forEach(c -> SYLLABLE.put((char) c, syllable));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a line spells a name by sound: [start, end) of the first such span, or null. */
    private static int[] nameIn(String text) {
        for (String name : NAMES) {
            String sound = Sound.of(name);
            for (int i = 0; i + name.length() <= text.length(); i++) {
                if (Sound.of(Folding.dense(text.substring(i, i + name.length()))).equals(sound)) {
                    return new int[] {i, i + name.length()};
                }
            }
        }
        return null;
    }

    /** A line with a name, and for each character of the name a choice: a homophone (index) or pinyin (-1). */
    record Homophone(ConductLinesTest.Line line, int[] span, List<Integer> choices) {
        String apply() {
            String text = line.text();
            StringBuilder b = new StringBuilder(text.substring(0, span[0]));
            for (int i = span[0]; i < span[1]; i++) {
                String syllable = SYLLABLE.get(text.charAt(i));
                int choice = choices.get(i - span[0]);
                if (syllable == null) {
                    b.append(text.charAt(i));
                } else if (choice < 0) {
                    // Pinyin orthography separates syllables that would read as one (qi'e, not qie = 茄).
                    if (b.length() > 0 && NormalizedText.isAsciiLetter(Character.toLowerCase(b.charAt(b.length() - 1)))) {
                        b.append('\'');
                    }
                    b.append(syllable);
                } else {
                    String same = CHARACTERS.get(syllable);
                    b.append(same.charAt(choice % same.length()));
                }
            }
            return b.append(text.substring(span[1])).toString();
        }
    }

    @Provide
    Arbitrary<Homophone> homophones() {
        List<ConductLinesTest.Line> named = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        ConductLinesTest.violating()
                .filter(l -> l.expected().contains(ChatDetector.CONTACT_INFO)
                        || l.expected().contains(ChatDetector.OFF_PLATFORM))
                .forEach(l -> {
                    int[] span = nameIn(l.text());
                    if (span != null) {
                        named.add(l);
                        spans.add(span);
                    }
                });
        assertThat(named).hasSizeGreaterThan(20);
        return Arbitraries.integers().between(0, named.size() - 1).flatMap(i -> Arbitraries.integers()
                .between(-1, 10_000).list().ofSize(spans.get(i)[1] - spans.get(i)[0])
                .map(choices -> new Homophone(named.get(i), spans.get(i), choices)));
    }

    /** Benign words that sound like a name and are allowed by name (contact-info.words, off-platform.words). */
    private static final Set<String> ALLOWED = Set.of("为新", "维修", "回信", "味心", "卫衣", "围巾");
    /** Characters that negate what follows them (negation.words "adjacent"). */
    private static final String NEGATING = "不没别勿无非未莫禁";

    @Property(tries = 300)
    void aHomophoneOfAChannelOrPaymentNameKeepsAViolationDetected(@ForAll("homophones") Homophone h) {
        String text = h.apply();
        String name = text.substring(h.span()[0], h.span()[1] + text.length() - h.line().text().length());
        Assume.that(ALLOWED.stream().noneMatch(text::contains));
        Assume.that(name.chars().noneMatch(c -> NEGATING.indexOf(c) >= 0));
        ConductLinesTest.Line l = h.line();
        assertThat(detected(l.platform(), text, l.otherAccount())).as("%s written %s", l, text)
                .containsAll(l.expected());
    }

    private static Set<ChatDetector> detected(Platform platform, String text, boolean otherAccount) {
        Set<ChatDetector> found = java.util.EnumSet.noneOf(ChatDetector.class);
        ChatReader.read(ConductLinesTest.caseOf(platform, text, otherAccount)).findings()
                .forEach(f -> found.add(f.detector()));
        return found;
    }

    /** Pieces of chat: whole lines of the table, homophones and pinyin of the names, Latin runs, separators. */
    @Provide
    Arbitrary<String> chatter() {
        List<String> lines = ConductLinesTest.lines().stream().map(ConductLinesTest.Line::text).toList();
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(lines), homophones().map(Homophone::apply),
                Arbitraries.of("wei", "xin", "weixin", "wei芯", "w ei", "qi'e", "vx", "abc", "zhifubao", "支fb", "加",
                        "我", "号", "码", "群", " ", "-", "，", "x", "1", "幺三九", "的", "是"),
                Arbitraries.chars().range('\u4e00', '\u9fa5').list().ofMaxSize(6)
                        .map(cs -> cs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining())));
        return piece.list().ofMinSize(1).ofMaxSize(30).map(p -> String.join("", p));
    }

    /**
     * Sounding only the spans around anchors ({@link Sound.Anchors}) finds exactly what sounding the whole text
     * finds: the spans are a saving, never a filter.
     */
    @Property(tries = 300)
    void soundingOnlyAroundAnchorsFindsWhatSoundingEverythingFinds(@ForAll("chatter") String text) {
        Lexicon lexicon = ChatScanner.standard().lexicon();
        NormalizedText folded = NormalizedText.of(text);
        assertThat(lexicon.scan(folded, new Work(), false).all()).as(text)
                .isEqualTo(lexicon.scan(folded, new Work(), true).all());
    }

    // ---- cost

    /** Pieces that exercise every reader: words, negations, digits, ids, e-mail and link syntax, sounds. */
    @Provide
    Arbitrary<List<String>> patterns() {
        return Arbitraries.of("微信", "加我微信", "围信", "wei", "xin", "weixinweixin", "不能", "不", "好评", "五星", "返现",
                "晒图", "优惠券", "最低价", "顺丰", "今天", "发", "24小时", "送您", "1", "13987654321", "幺三九", " ", "-",
                "a", "abc", "@", "a@b", ".", ".com", "www.", "http://", "qq", "，", "？", "吗", "💗", "张三", "收件人",
                "京东", "店", "去", "你", "太胖", "小二", "改地址", "退货地址", "下单账号来").list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 20)
    void readingWorkIsLinearInTextLength(@ForAll("patterns") @Size(min = 1) List<String> pattern) {
        String unit = String.join("", pattern);
        // Whole repetitions, so that both texts end alike: cut at a length, one text could end in a question
        // (…吗) and the other not, and a question rightly reads no promise — less work that is not sublinear.
        int times = Math.max(1, 16 * 1024 / unit.length());
        long small = work(unit.repeat(times));
        long large = work(unit.repeat(8 * times));
        if (small == 0) {
            // Text no reader has anything to do with (spaces, dashes): no work at any length is linear too.
            assertThat(large).as("steps for 128 K characters of \"%s\"", unit).isZero();
            return;
        }
        assertThat((double) large / small).as("steps for 128 K / 16 K characters of %s", unit)
                .isBetween(7.0, 9.0);
    }

    private static long work(String text) {
        return ChatScanner.standard().read(text, ConductLinesTest.CONTEXT).work();
    }

}
