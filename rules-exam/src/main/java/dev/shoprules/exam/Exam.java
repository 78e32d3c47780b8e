package dev.shoprules.exam;

import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.pack.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Customer-service exams (客服考试) whose every answer the rule engine decides. Each rule may keep question
 * templates beside its DRL ({@code late-shipment.exam.yaml}); a paper draws scenarios from them, evaluates
 * each with the {@link RuleBook}, and reads the answer, and every distractor, from the verdicts.
 *
 * <pre>{@code
 * RuleBook tmall = RuleBook.load(Platform.TMALL);
 * ExamPaper paper = Exam.builder(tmall).count(30).seed(7).generate();
 * List<String> problems = ExamVerifier.verify(tmall, paper);   // empty: every answer agrees with the engine
 * String moodleXml = ExamFormat.MOODLE.render(paper);
 * }</pre>
 */
public final class Exam {
    /** A paper covers at least this many rules, or every rule with questions if the pack has fewer. */
    public static final int MIN_RULES = 5;

    private Exam() {}

    public static Builder builder(RuleBook book) {
        return new Builder(Objects.requireNonNull(book, "book"));
    }

    /** The rules of the book that have exam templates, in pack order. */
    public static List<String> rulesWithQuestions(RuleBook book) {
        return ExamTemplates.load(book).stream().map(t -> t.rule.id()).distinct().toList();
    }

    /**
     * The rules of the book that have no exam templates, in pack order. Every rule of a pack decides something
     * (a violation, a payout, a deadline, a metric), so a pack's test asserts this is empty.
     */
    public static List<String> rulesWithoutQuestions(RuleBook book) {
        List<String> with = rulesWithQuestions(book);
        return book.rules().stream().map(Rule::id).filter(id -> !with.contains(id)).toList();
    }

    /** Every template of the book: {@code <rule-slug>/<template-id>}, in pack order. */
    public static List<String> templates(RuleBook book) {
        return ExamTemplates.load(book).stream().map(t -> t.ref).toList();
    }

    public static final class Builder {
        private final RuleBook book;
        private int count = 20;
        private long seed = 1;
        private final Set<String> rules = new LinkedHashSet<>();
        private final Set<String> templates = new LinkedHashSet<>();
        private boolean repeatAnswers;

        private Builder(RuleBook book) {
            this.book = book;
        }

        /** How many questions (default 20). */
        public Builder count(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("count: at least 1 question, was " + count);
            }
            this.count = count;
            return this;
        }

        /** The seed: the same seed gives the same paper (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Only questions about these rule ids (default: every rule with templates). */
        public Builder rules(Collection<String> ruleIds) {
            rules.addAll(ruleIds);
            return this;
        }

        /** Only these templates, {@code <rule-slug>/<template-id>} (for checking a template on its own). */
        public Builder templates(Collection<String> refs) {
            templates.addAll(refs);
            return this;
        }

        /**
         * Lets a template give the same answer twice from the start (a template checked on its own), instead of
         * only when the templates cannot fill the paper otherwise.
         */
        Builder repeatAnswers() {
            this.repeatAnswers = true;
            return this;
        }

        /**
         * Makes the paper.
         *
         * @throws IllegalArgumentException for a rule id or template the book does not have
         * @throws ExamException if a template is broken or the templates cannot yield {@code count} distinct questions
         */
        public ExamPaper generate() {
            return generate(new Scenarios(book));
        }

        /** Makes the paper evaluating through {@code scenarios} (whose books under other parameters are kept). */
        ExamPaper generate(Scenarios scenarios) {
            List<ExamTemplate> all = ExamTemplates.load(book);
            Set<String> known = new TreeSet<>();
            book.rules().stream().map(Rule::id).forEach(known::add);
            Set<String> withQuestions = new TreeSet<>();
            all.forEach(t -> withQuestions.add(t.rule.id()));
            for (String id : rules) {
                if (!known.contains(id)) {
                    throw new IllegalArgumentException("unknown rule " + id + " (" + book.platform().code()
                            + " rules with exam questions: " + withQuestions + ")");
                }
                if (!withQuestions.contains(id)) {
                    throw new IllegalArgumentException("rule " + id + " has no exam questions yet (rules with "
                            + "questions: " + withQuestions + ")");
                }
            }
            Set<String> refs = new TreeSet<>();
            all.forEach(t -> refs.add(t.ref));
            for (String ref : templates) {
                if (!refs.contains(ref)) {
                    throw new IllegalArgumentException("unknown exam template " + ref + " (templates: " + refs + ")");
                }
            }
            List<ExamTemplate> selected = new ArrayList<>();
            for (ExamTemplate t : all) {
                if ((rules.isEmpty() || rules.contains(t.rule.id())) && (templates.isEmpty() || templates.contains(t.ref))) {
                    selected.add(t);
                }
            }
            if (selected.isEmpty()) {
                throw new ExamException("no exam templates for " + book.platform().code() + " (" + book.packVersion()
                        + "): add <rule-slug>.exam.yaml beside a rule");
            }
            return new ExamGenerator(scenarios, seed).generate(selected, count, !repeatAnswers);
        }
    }
}
