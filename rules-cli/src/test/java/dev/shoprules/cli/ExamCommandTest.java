package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.exam.Exam;
import dev.shoprules.exam.ExamPaper;
import dev.shoprules.exam.ExamVerifier;
import dev.shoprules.exam.Read;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code shoprules exam}: the same verified paper on every run, every question re-checkable with
 * {@code shoprules check}, and the Moodle XML and GIFT exports importable (parsed and checked here).
 */
class ExamCommandTest {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final String[] PAPER = {"exam", "--platform", "tmall", "--count", "30", "--seed", "7"};
    private static JsonNode paper;

    private static CliTest.Run exam(String format, String... more) {
        List<String> args = new ArrayList<>(List.of(PAPER));
        args.addAll(List.of("--format", format));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    @BeforeAll
    static void generate() throws Exception {
        CliTest.Run r = exam("json", "--verify");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("verified 30 questions");
        paper = JSON.readTree(r.out());
    }

    private static List<JsonNode> questions() {
        List<JsonNode> qs = new ArrayList<>();
        paper.get("questions").forEach(qs::add);
        return qs;
    }

    @Test
    void theSameSeedGivesTheSamePaperAndItCoversTheRulesThePackHasQuestionsFor() throws Exception {
        assertThat(JSON.readTree(exam("json", "--verify").out())).isEqualTo(paper);
        assertThat(questions()).hasSize(30);
        assertThat(questions().stream().map(q -> q.get("stem").asText()).distinct()).hasSize(30);
        int withQuestions = Exam.rulesWithQuestions(RuleBook.load(Platform.TMALL)).size();
        assertThat(paper.get("rules").size()).isGreaterThanOrEqualTo(Math.min(Exam.MIN_RULES, withQuestions));
        assertThat(JSON.readTree(exam("json", "--seed", "8").out())).isNotEqualTo(paper);
    }

    @Test
    void theJsonPaperAloneIsEnoughToVerifyIt() throws Exception {
        ExamPaper read = JSON.treeToValue(paper, ExamPaper.class);
        assertThat(read.questions()).hasSize(30);
        assertThat(ExamVerifier.verify(RuleBook.load(Platform.TMALL), read)).isEmpty();
    }

    @Test
    void everyQuestionCaseIsRecheckedByCheck(@TempDir Path dir) throws Exception {
        int checked = 0;
        for (JsonNode q : questions()) {
            List<JsonNode> cases = new ArrayList<>();
            if (q.hasNonNull("case")) {
                cases.add(q.get("case"));
            } else {
                q.get("options").forEach(o -> cases.add(o.at("/scenario/case")));
            }
            Read read = JSON.treeToValue(q.get("read"), Read.class);
            for (int i = 0; i < cases.size(); i++) {
                Path file = dir.resolve(q.get("id").asText() + "-" + i + ".json");
                Files.writeString(file, cases.get(i).toString());
                CliTest.Run r = CliTest.run("check", file.toString());
                assertThat(r.status()).as(r.err()).isZero();
                String expected = q.hasNonNull("case") ? correctOption(q).get("value").asText()
                        : q.get("options").get(i).get("value").asText();
                assertThat(read.value(JSON.readTree(r.out()))).as(q.get("id").asText()).contains(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
    }

    private static JsonNode correctOption(JsonNode q) {
        for (JsonNode o : q.get("options")) {
            if (o.get("correct").asBoolean()) {
                return o;
            }
        }
        throw new AssertionError("no correct option in " + q.get("id"));
    }

    @Test
    void markdownPrintsAPaperThenAnAnswerKey() {
        String md = exam("markdown").out();
        int key = md.indexOf("# 答案与解析");
        assertThat(md).startsWith("# 天猫客服考试");
        assertThat(key).isPositive();
        String questionsPart = md.substring(0, key);
        String keyPart = md.substring(key);
        for (JsonNode q : questions()) {
            String n = "**" + q.get("number").asInt() + ".**";
            assertThat(questionsPart).contains(n + " " + q.get("stem").asText());
            assertThat(keyPart).contains(n + " 答案：**" + q.get("answer").asText() + "**");
            assertThat(keyPart).contains(q.get("explanation").asText());
            assertThat(questionsPart).doesNotContain(q.get("explanation").asText());
        }
        assertThat(keyPart).contains("\"caseId\":\"tmall-7-01\"");
    }

    @Test
    void moodleXmlParsesAndEveryQuestionHasMoodlesStructure() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                exam("moodle").out().getBytes(StandardCharsets.UTF_8)));
        Element quiz = doc.getDocumentElement();
        assertThat(quiz.getTagName()).isEqualTo("quiz");
        List<Element> xml = children(quiz, "question");
        assertThat(xml).hasSize(31);
        assertThat(xml.get(0).getAttribute("type")).isEqualTo("category");
        assertThat(text(child(xml.get(0), "category"))).startsWith("$course$/");
        Set<String> idNumbers = new HashSet<>();
        List<JsonNode> qs = questions();
        for (int i = 0; i < qs.size(); i++) {
            JsonNode q = qs.get(i);
            Element e = xml.get(i + 1);
            String id = q.get("id").asText();
            String expectedType = switch (q.get("type").asText()) {
                case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> "multichoice";
                case "TRUE_FALSE" -> "truefalse";
                default -> "numerical";
            };
            assertThat(e.getAttribute("type")).as(id).isEqualTo(expectedType);
            assertThat(text(child(e, "name"))).startsWith(id);
            assertThat(child(e, "questiontext").getAttribute("format")).isEqualTo("html");
            assertThat(text(child(e, "questiontext"))).startsWith("<p>" + html(q.get("stem").asText()));
            assertThat(text(child(e, "generalfeedback"))).isEqualTo("<p>" + html(q.get("explanation").asText()) + "</p>");
            assertThat(idNumbers.add(child(e, "idnumber").getTextContent())).isTrue();
            assertThat(child(e, "idnumber").getTextContent()).isEqualTo(id);
            assertThat(new BigDecimal(child(e, "defaultgrade").getTextContent())).isPositive();
            List<Element> answers = children(e, "answer");
            BigDecimal positive = BigDecimal.ZERO;
            for (Element a : answers) {
                BigDecimal fraction = new BigDecimal(a.getAttribute("fraction"));
                assertThat(MOODLE_GRADES).as(id + " fraction").contains(fraction.abs().stripTrailingZeros());
                positive = fraction.signum() > 0 ? positive.add(fraction) : positive;
                assertThat(children(a, "feedback")).hasSize(1);
            }
            assertThat(positive.subtract(BigDecimal.valueOf(100)).abs()).as(id + " grades sum to 100 %")
                    .isLessThan(new BigDecimal("0.001"));
            JsonNode right = correctOption(q);
            switch (expectedType) {
                case "multichoice" -> {
                    boolean single = q.get("type").asText().equals("SINGLE_CHOICE");
                    assertThat(child(e, "single").getTextContent()).isEqualTo(String.valueOf(single));
                    assertThat(answers).hasSize(q.get("options").size());
                    for (int k = 0; k < answers.size(); k++) {
                        JsonNode o = q.get("options").get(k);
                        assertThat(text(answers.get(k))).isEqualTo("<p>" + html(o.get("text").asText()) + "</p>");
                        assertThat(new BigDecimal(answers.get(k).getAttribute("fraction")).signum() > 0)
                                .isEqualTo(o.get("correct").asBoolean());
                    }
                }
                case "truefalse" -> {
                    assertThat(answers).extracting(ExamCommandTest::text).containsExactly("true", "false");
                    Element full = answers.stream().filter(a -> a.getAttribute("fraction").equals("100")).findFirst()
                            .orElseThrow();
                    assertThat(text(full)).isEqualTo(right.get("value").asText());
                }
                default -> {
                    Element full = answers.stream().filter(a -> a.getAttribute("fraction").equals("100")).findFirst()
                            .orElseThrow();
                    assertThat(new BigDecimal(text(full))).isEqualByComparingTo(right.get("value").asText());
                    assertThat(child(full, "tolerance").getTextContent()).isEqualTo("0");
                }
            }
        }
    }

    /** Moodle's grade list (question/format/xml and the question bank accept only these, up to sign). */
    private static final Set<BigDecimal> MOODLE_GRADES = Set.of("100", "90", "83.33333", "80", "75", "70",
            "66.66667", "60", "50", "40", "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111",
            "10", "5", "0").stream().map(s -> new BigDecimal(s).stripTrailingZeros()).collect(Collectors.toSet());

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<" + parent.getTagName() + "> has one <" + name + ">").hasSize(1);
        return found.get(0);
    }

    private static String text(Element holder) {
        return child(holder, "text").getTextContent();
    }

    private static String html(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void giftParsesWithASmallReaderAndMatchesThePaper() {
        List<GiftQuestion> gift = GiftQuestion.parseAll(exam("gift").out());
        List<JsonNode> qs = questions();
        assertThat(gift).hasSize(qs.size());
        for (int i = 0; i < qs.size(); i++) {
            JsonNode q = qs.get(i);
            GiftQuestion g = gift.get(i);
            String id = q.get("id").asText();
            assertThat(g.title()).isEqualTo(id);
            assertThat(g.stem()).startsWith(q.get("stem").asText());
            assertThat(g.generalFeedback()).isEqualTo(q.get("explanation").asText());
            JsonNode right = correctOption(q);
            switch (q.get("type").asText()) {
                case "SINGLE_CHOICE" -> {
                    assertThat(g.answers()).hasSize(q.get("options").size());
                    assertThat(g.answers().stream().filter(GiftAnswer::right).map(GiftAnswer::text))
                            .containsExactly(right.get("text").asText());
                }
                case "MULTIPLE_CHOICE" -> {
                    assertThat(g.answers()).hasSize(q.get("options").size()).allMatch(a -> a.weight() != null);
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int k = 0; k < g.answers().size(); k++) {
                        GiftAnswer a = g.answers().get(k);
                        JsonNode o = q.get("options").get(k);
                        assertThat(a.text()).isEqualTo(o.get("text").asText());
                        assertThat(a.weight().signum() > 0).isEqualTo(o.get("correct").asBoolean());
                        sum = a.weight().signum() > 0 ? sum.add(a.weight()) : sum;
                    }
                    assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).isLessThan(new BigDecimal("0.001"));
                }
                case "TRUE_FALSE" -> assertThat(g.truth()).isEqualTo(Boolean.valueOf(right.get("value").asText()));
                default -> {
                    assertThat(g.numeric()).isTrue();
                    GiftAnswer full = g.answers().stream().filter(a -> a.weight() == null).findFirst().orElseThrow();
                    assertThat(new BigDecimal(full.text().split(":")[0])).isEqualByComparingTo(right.get("value").asText());
                    assertThat(g.answers()).hasSize(q.get("options").size());
                }
            }
        }
    }

    /** A question of a GIFT file, read by the minimal GIFT reader below. */
    record GiftQuestion(String title, String stem, List<GiftAnswer> answers, Boolean truth, boolean numeric,
                        String generalFeedback) {

        /** Questions are paragraphs; comment lines and $CATEGORY are skipped. */
        static List<GiftQuestion> parseAll(String gift) {
            List<GiftQuestion> out = new ArrayList<>();
            for (String paragraph : gift.split("\n\\s*\n")) {
                String body = paragraph.lines().filter(l -> !l.startsWith("//") && !l.startsWith("$CATEGORY:"))
                        .reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b).strip();
                if (!body.isEmpty()) {
                    out.add(parse(body));
                }
            }
            return out;
        }

        static GiftQuestion parse(String s) {
            assertThat(s).startsWith("::");
            int titleEnd = unescaped(s, "::", 2);
            String title = unescape(s.substring(2, titleEnd));
            int open = unescaped(s, "{", titleEnd + 2);
            int close = unescaped(s, "}", open + 1);
            assertThat(close).as("one answer block, closed at the end").isEqualTo(s.length() - 1);
            String stem = unescape(s.substring(titleEnd + 2, open).strip());
            String block = s.substring(open + 1, close);
            int general = unescaped(block, "####", 0);
            String generalFeedback = general < 0 ? null : unescape(block.substring(general + 4).strip());
            String answers = (general < 0 ? block : block.substring(0, general)).strip();
            String head = answers.split("#", 2)[0];
            if (List.of("TRUE", "FALSE", "T", "F").contains(head)) {
                return new GiftQuestion(title, stem, List.of(), head.startsWith("T"), false, generalFeedback);
            }
            boolean numeric = answers.startsWith("#");
            List<GiftAnswer> list = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            String items = numeric ? answers.substring(1) : answers;
            IntStream.range(0, items.length()).filter(i -> (items.charAt(i) == '=' || items.charAt(i) == '~')
                    && !escapedAt(items, i)).forEach(starts::add);
            for (int k = 0; k < starts.size(); k++) {
                String item = items.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : items.length()).strip();
                boolean right = item.charAt(0) == '=';
                String rest = item.substring(1);
                BigDecimal weight = null;
                if (rest.startsWith("%")) {
                    int end = rest.indexOf('%', 1);
                    weight = new BigDecimal(rest.substring(1, end));
                    rest = rest.substring(end + 1);
                }
                int hash = unescaped(rest, "#", 0);
                String text = unescape((hash < 0 ? rest : rest.substring(0, hash)).strip());
                String feedback = hash < 0 ? null : unescape(rest.substring(hash + 1).strip());
                list.add(new GiftAnswer(right, weight, text, feedback));
            }
            assertThat(list).as("answers of " + title).isNotEmpty();
            return new GiftQuestion(title, stem, list, null, numeric, generalFeedback);
        }

        private static boolean escapedAt(String s, int i) {
            int backslashes = 0;
            for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        private static int unescaped(String s, String token, int from) {
            for (int i = s.indexOf(token, from); i >= 0; i = s.indexOf(token, i + 1)) {
                if (!escapedAt(s, i)) {
                    return i;
                }
            }
            return -1;
        }

        private static String unescape(String s) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && "~=#{}:\\".indexOf(s.charAt(i + 1)) >= 0) {
                    b.append(s.charAt(++i));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }

    record GiftAnswer(boolean right, BigDecimal weight, String text, String feedback) {}

    @Test
    void everyPackWithExamTemplatesGivesAVerifiedPaper() {
        for (Platform p : RuleBook.available()) {
            if (!Exam.templates(RuleBook.load(p)).isEmpty()) {
                CliTest.Run r = CliTest.run("exam", "--platform", p.code(), "--count", "10", "--seed", "2", "--verify");
                assertThat(r.status()).as(p.code() + ": " + r.err()).isZero();
            }
        }
    }

    @Test
    void rulesNarrowThePaperAndUnknownRulesAreUsageErrors() throws Exception {
        CliTest.Run only = CliTest.run("exam", "--platform", "tmall", "--count", "5", "--seed", "3",
                "--rules", "TMALL-SHIP-DEADLINE", "--verify");
        assertThat(only.status()).as(only.err()).isZero();
        JsonNode p = JSON.readTree(only.out());
        assertThat(p.get("rules").toString()).isEqualTo("[\"TMALL-SHIP-DEADLINE\"]");
        p.get("questions").forEach(q -> assertThat(q.get("ruleId").asText()).isEqualTo("TMALL-SHIP-DEADLINE"));

        CliTest.Run unknown = CliTest.run("exam", "--platform", "tmall", "--rules", "TMALL-NO-SUCH-RULE");
        assertThat(unknown.status()).isEqualTo(ShopRulesCli.USAGE);
        assertThat(unknown.err()).contains("unknown rule TMALL-NO-SUCH-RULE").contains("TMALL-LATE-SHIPMENT");
    }

    @Test
    void parametersReachTheAnswersAndTheVerification() throws Exception {
        CliTest.Run r = CliTest.run("exam", "--platform", "tmall", "--count", "6", "--seed", "5",
                "--rules", "TMALL-LATE-SHIPMENT", "--set", "tmall.late-shipment.cap=300", "--verify");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode p = JSON.readTree(r.out());
        assertThat(p.at("/parameters/tmall.late-shipment.cap").asText()).isEqualTo("300");
        assertThat(p.get("questions").toString()).doesNotContain("（上限 500.00）").contains("上限 300.00");
        // The citation speaks of the pack's 500; explanation and citation both say the paper overrode it to 300.
        for (JsonNode q : p.get("questions")) {
            assertThat(q.get("citation").asText()).contains("本卷按参数改写").contains("cap = 300（规则默认500）");
            assertThat(q.get("explanation").asText()).contains("本卷按参数改写");
            String explained = q.get("explanation").asText().split("引擎判定")[0];
            if (explained.contains("最高")) {
                assertThat(explained).contains("300（本卷参数，规则默认500）元");
            }
        }
    }
}
