package dev.shoprules.exam;

import dev.shoprules.core.json.CaseJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The ways a paper is written out. */
public enum ExamFormat {
    /** The whole paper with every scenario case and parameters: what {@link ExamVerifier} re-checks. */
    JSON,
    /** A printable paper followed by the answer key with explanations and the scenario cases. */
    MARKDOWN,
    /** Moodle XML (question bank import). */
    MOODLE,
    /** GIFT (Moodle's and other platforms' plain-text import format). */
    GIFT;

    public String render(ExamPaper paper) {
        return switch (this) {
            case JSON -> CaseJson.pretty(paper) + "\n";
            case MARKDOWN -> MarkdownExport.render(paper);
            case MOODLE -> MoodleXmlExport.render(paper);
            case GIFT -> GiftExport.render(paper);
        };
    }

    /** {@code json}, {@code markdown}, {@code moodle} or {@code gift}. */
    public static ExamFormat of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** The text a true/false question adds in formats that show only True/False, when its labels are others. */
    static String trueFalseHint(Question q) {
        String yes = q.options().get(0).text();
        return yes.equals(ExamTemplate.DEFAULT_LABELS.get(0)) ? "" : "（“正确”即“" + yes + "”，“错误”即“"
                + q.options().get(1).text() + "”）";
    }

    /**
     * The grade of one of {@code n} options sharing 100 %, to 5 decimals as Moodle's grade list has them
     * (100, 50, 33.33333, 25, 16.66667…).
     */
    static String share(long n) {
        return BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A fill-in answer as a number for numerical questions, or null when it is not a number. */
    static String number(Question q) {
        return number(q, q.correctOptions().get(0));
    }

    /** An option's value as a number ({@code 240}, {@code 24000}, {@code 48}), or null when the answer is not numeric. */
    static String number(Question q, Option o) {
        if (q.read().claim() != null) {
            return null; // a statement: its values are true and false
        }
        return switch (q.read().as()) {
            case MONEY, INTEGER, NUMBER, HOURS, DAYS -> Display.money(new BigDecimal(o.value()));
            default -> null;
        };
    }
}
