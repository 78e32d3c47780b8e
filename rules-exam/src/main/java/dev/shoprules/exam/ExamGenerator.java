package dev.shoprules.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoprules.core.Platform;
import dev.shoprules.core.pack.Figure;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.exam.ExamTemplate.Statement;
import dev.shoprules.exam.TemplateSpecs.MistakeSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes a paper from templates. Rules take turns (in an order shuffled by the seed) so a paper covers as many
 * rules as it can; each rule's templates take turns too. A draw of a template's variables is discarded and drawn
 * again when its stem repeats one already on the paper, its template already gave the same answer (a near-duplicate)
 * or it yields too few distinct distractors; a template that keeps failing, or has given its {@code limit} of
 * questions, is retired. Only when the templates cannot fill the paper without near-duplicates is the paper drawn
 * again allowing them. Every answer and distractor is the engine's verdict on a scenario.
 */
final class ExamGenerator {
    /** Draws tried per question before a template is taken to be exhausted. */
    static final int ATTEMPTS = 40;
    private static final List<String> FINDING_LISTS = List.of("violations", "compensations", "advisories", "refunds",
            "sanctions", "metrics");

    private final Scenarios scenarios;
    private final Platform platform;
    private final long seed;
    private Random random;
    private final Set<String> stems = new HashSet<>();
    /** Template and answer of each question so far: a template asked again must have another answer. */
    private final Set<String> answers = new HashSet<>();
    private final Map<String, Rule> rulesById = new LinkedHashMap<>();

    /** A question before it has its number: its scenario cases are renamed when it gets one. */
    private record Draft(ExamTemplate template, RuleVersion version, String stem, List<Option> options,
                         String answer, String explanation, Read read, ObjectNode caseJson) {}

    ExamGenerator(Scenarios scenarios, long seed) {
        this.scenarios = scenarios;
        this.platform = scenarios.book().platform();
        this.seed = seed;
        this.random = new Random(seed);
        scenarios.book().rules().forEach(r -> rulesById.put(r.id(), r));
    }

    ExamPaper generate(List<ExamTemplate> templates, int count, boolean distinctAnswers) {
        List<Draft> drafts = distinctAnswers ? draw(templates, count, true) : null;
        if (drafts == null) {
            // Too few templates for a paper without repeats (or repeats allowed): a template may give an answer again.
            random = new Random(seed);
            stems.clear();
            answers.clear();
            drafts = draw(templates, count, false);
        }
        Set<String> covered = drafts.stream().map(d -> d.template().rule.id()).collect(Collectors.toSet());
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing(d -> d.template().type));
        List<Question> questions = new ArrayList<>();
        for (int n = 0; n < ordered.size(); n++) {
            questions.add(number(ordered.get(n), n + 1, count));
        }
        List<String> rules = scenarios.book().rules().stream().map(Rule::id).filter(covered::contains).toList();
        Map<String, String> parameters = new LinkedHashMap<>();
        scenarios.book().overrides().forEach((k, v) -> parameters.put(k, String.valueOf(v)));
        return new ExamPaper(platform, scenarios.book().packVersion(), seed, count, rules, parameters, questions);
    }

    /**
     * The drafts of a paper. {@code distinctAnswers}: no template gives the same answer twice (a near-duplicate);
     * then null when the templates cannot fill the paper that way. Without it, an exception says how far they got.
     */
    private List<Draft> draw(List<ExamTemplate> templates, int count, boolean distinctAnswers) {
        Map<Rule, List<ExamTemplate>> byRule = new LinkedHashMap<>();
        templates.forEach(t -> byRule.computeIfAbsent(t.rule, r -> new ArrayList<>()).add(t));
        List<Rule> turns = new ArrayList<>(byRule.keySet());
        Collections.shuffle(turns, random);
        Map<Rule, Integer> next = new LinkedHashMap<>();
        Map<ExamTemplate, Integer> used = new LinkedHashMap<>();
        byRule.values().forEach(list -> Collections.shuffle(list, random));
        List<Draft> drafts = new ArrayList<>();
        int turn = 0;
        while (drafts.size() < count) {
            if (turns.isEmpty()) {
                if (distinctAnswers) {
                    return null;
                }
                throw new ExamException("the " + platform.code() + " templates yield only " + drafts.size()
                        + " distinct questions, " + count + " were asked for");
            }
            Rule rule = turns.get(turn % turns.size());
            List<ExamTemplate> own = byRule.get(rule);
            if (own.isEmpty()) {
                turns.remove(rule);
                continue;
            }
            int i = next.merge(rule, 1, Integer::sum) - 1;
            ExamTemplate t = own.get(i % own.size());
            Draft d = attempt(t, distinctAnswers);
            if (d != null) {
                drafts.add(d);
                turn++;
            }
            if (d == null || used.merge(t, 1, Integer::sum) >= t.limit) {
                own.remove(t);
            }
        }
        int required = Math.min(Exam.MIN_RULES, Math.min(byRule.size(), count));
        Set<String> covered = drafts.stream().map(d -> d.template().rule.id()).collect(Collectors.toSet());
        if (covered.size() < required) {
            if (distinctAnswers) {
                return null;
            }
            throw new ExamException("the paper covers " + covered.size() + " rules " + covered + "; at least "
                    + required + " were required");
        }
        return drafts;
    }

    /**
     * One question from the template, or null when {@link #ATTEMPTS} draws gave none (template exhausted). With
     * {@code distinctAnswers}, a draw whose answer the template already gave on this paper does not count.
     */
    private Draft attempt(ExamTemplate t, boolean distinctAnswers) {
        for (int a = 0; a < ATTEMPTS; a++) {
            Map<String, Object> values = Variables.draw(t.variables, Map.of(), random, t.where);
            String stem = Placeholders.text(t.stem, values, null, t.where);
            if (stems.contains(stem)) {
                continue;
            }
            Draft d = switch (t.type) {
                case SINGLE_CHOICE -> singleChoice(t, values, stem);
                case MULTIPLE_CHOICE -> multipleChoice(t, values, stem);
                case TRUE_FALSE -> trueFalse(t, values, stem);
                case FILL_IN -> fillIn(t, values, stem);
            };
            if (d != null && (!distinctAnswers || answers.add(t.ref + "\n" + answerKey(d)))) {
                stems.add(stem);
                return d;
            }
        }
        return null;
    }

    private Draft singleChoice(ExamTemplate t, Map<String, Object> values, String stem) {
        ObjectNode c = render(t, t.caseTemplate, values);
        JsonNode verdict = scenarios.verdict(c, Map.of(), t.where);
        Read read = t.read(values);
        String answer = answer(t, read, verdict);
        List<Option> wrong = mistakes(t, values, c, read, answer, Integer.MAX_VALUE);
        if (wrong.size() < t.options - 1) {
            return null;
        }
        Collections.shuffle(wrong, random);
        List<Option> options = new ArrayList<>(wrong.subList(0, t.options - 1));
        options.add(new Option(null, read.display(answer), true, answer, null, Scenario.QUESTION_CASE));
        Collections.shuffle(options, random);
        options = lettered(options);
        RuleVersion v = version(t, List.of(verdict), values, c);
        String notes = options.stream().filter(o -> !o.correct())
                .map(o -> "「" + o.text() + "」：" + o.why()).collect(Collectors.joining("；"));
        return new Draft(t, v, stem, options, letters(options),
                explanation(t, v, values, c, engineSays(read, verdict), "易错项：" + notes), read, c);
    }

    private Draft trueFalse(ExamTemplate t, Map<String, Object> values, String stem) {
        ObjectNode c = render(t, t.caseTemplate, values);
        JsonNode verdict = scenarios.verdict(c, Map.of(), t.where);
        Read read = t.read(values);
        String answer = answer(t, read, verdict);
        List<Option> flipped = mistakes(t, values, c, read, answer, 1);
        if (!t.mistakes.isEmpty() && flipped.isEmpty()) {
            return null;
        }
        Optional<Option> mistake = flipped.stream().findFirst();
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String value = String.valueOf(i == 0);
            boolean correct = value.equals(answer);
            options.add(correct
                    ? new Option(null, t.labels.get(i), true, value, null, Scenario.QUESTION_CASE)
                    : new Option(null, t.labels.get(i), false, value, mistake.map(Option::why).orElse(null),
                            mistake.map(Option::scenario).orElse(null)));
        }
        Option right = options.stream().filter(Option::correct).findFirst().orElseThrow();
        Option other = options.stream().filter(o -> !o.correct()).findFirst().orElseThrow();
        String notes = other.why() == null ? null : "易错：" + other.why() + "，会误判为「" + other.text() + "」";
        RuleVersion v = version(t, List.of(verdict), values, c);
        return new Draft(t, v, stem, options, right.text(), explanation(t, v, values, c, engineSays(read, verdict), notes),
                read, c);
    }

    private Draft fillIn(ExamTemplate t, Map<String, Object> values, String stem) {
        ObjectNode c = render(t, t.caseTemplate, values);
        JsonNode verdict = scenarios.verdict(c, Map.of(), t.where);
        Read read = t.read(values);
        String answer = answer(t, read, verdict);
        List<Option> options = new ArrayList<>();
        options.add(new Option(null, read.display(answer), true, answer, null, Scenario.QUESTION_CASE));
        List<Option> wrong = mistakes(t, values, c, read, answer, Integer.MAX_VALUE);
        options.addAll(wrong);
        String notes = wrong.isEmpty() ? null : "常见错误答案：" + wrong.stream()
                .map(o -> o.text() + "（" + o.why() + "）").collect(Collectors.joining("；"));
        RuleVersion v = version(t, List.of(verdict), values, c);
        return new Draft(t, v, stem, options, options.get(0).text(),
                explanation(t, v, values, c, engineSays(read, verdict), notes), read, c);
    }

    private Draft multipleChoice(ExamTemplate t, Map<String, Object> values, String stem) {
        Read read = t.read(values);
        List<Option> options = new ArrayList<>();
        List<JsonNode> verdicts = new ArrayList<>();
        Map<Option, String> details = new LinkedHashMap<>();
        Set<String> texts = new HashSet<>();
        for (int a = 0; a < t.options * 8 && options.size() < t.options; a++) {
            Statement s = t.statements.get(random.nextInt(t.statements.size()));
            Map<String, Object> own = Variables.draw(s.variables(), values, random, t.where);
            String text = Placeholders.text(s.text(), own, null, t.where);
            if (!texts.add(text)) {
                continue;
            }
            ObjectNode c = render(t, s.caseTemplate(), own);
            JsonNode verdict = scenarios.verdict(c, Map.of(), t.where);
            String value = answer(t, read, verdict);
            Option o = new Option(null, text, Boolean.parseBoolean(value), value, null, new Scenario(c, Map.of()));
            options.add(o);
            verdicts.add(verdict);
            details.put(o, read.finding(verdict).flatMap(Read::detail).orElse(null));
        }
        long correct = options.stream().filter(Option::correct).count();
        if (options.size() < t.options || correct == 0 || correct == options.size()) {
            return null;
        }
        Collections.shuffle(options, random);
        List<Option> lettered = lettered(options);
        StringBuilder says = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            Option o = lettered.get(i);
            String detail = details.get(options.get(i));
            says.append(i == 0 ? "" : "；").append("「").append(o.text()).append(o.correct() ? "」：是" : "」：否")
                    .append(detail == null ? "" : "（" + detail + "）");
        }
        ObjectNode first = options.get(0).scenario().caseJson();
        RuleVersion v = version(t, verdicts, values, first);
        return new Draft(t, v, stem, lettered, letters(lettered),
                explanation(t, v, values, first, says.toString(), null), read, null);
    }

    /** Distractor options: each mistake's scenario evaluated, keeping values that differ from the answer and each other. */
    private List<Option> mistakes(ExamTemplate t, Map<String, Object> values, ObjectNode c, Read read, String answer,
                                  int limit) {
        List<Option> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(answer));
        Set<String> shown = new HashSet<>(Set.of(read.display(answer)));
        for (MistakeSpec m : t.mistakes) {
            if (out.size() >= limit) {
                break;
            }
            Optional<Map<String, String>> parameters = scenarios.parameters(t, m);
            if (parameters.isEmpty()) {
                continue;
            }
            ObjectNode mistaken = null;
            if (m.rebind() != null) {
                Map<String, Object> rebound = new LinkedHashMap<>(values);
                m.rebind().forEach((from, to) -> rebound.put(from, values.get(to)));
                mistaken = render(t, t.caseTemplate, rebound);
            }
            JsonNode verdict = scenarios.verdict(mistaken == null ? c : mistaken, parameters.get(),
                    t.where + " distractor \"" + m.why() + "\"");
            Optional<String> value = read.value(verdict);
            if (value.isEmpty() || !seen.add(value.get()) || !shown.add(read.display(value.get()))) {
                continue;
            }
            out.add(new Option(null, read.display(value.get()), false, value.get(),
                    Placeholders.text(m.why(), values, null, t.where), new Scenario(mistaken, parameters.get())));
        }
        return out;
    }

    /** What makes two questions of a template the same question: the values of their correct options. */
    private static String answerKey(Draft d) {
        return d.options().stream().filter(Option::correct).map(o -> o.value() + "=" + o.text()).sorted()
                .collect(Collectors.joining("\n"));
    }

    private String answer(ExamTemplate t, Read read, JsonNode verdict) {
        return read.value(verdict).orElseThrow(() -> new ExamException(t.where + ": the scenario's verdict has no "
                + read.select() + " of " + read.rule() + "; the template does not produce what it asks about"));
    }

    private ObjectNode render(ExamTemplate t, JsonNode caseTemplate, Map<String, Object> values) {
        return CaseSkeleton.complete(platform, "draft", Placeholders.json(caseTemplate, values, t.where), t.where);
    }

    private static List<Option> lettered(List<Option> options) {
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            out.add(new Option(String.valueOf((char) ('A' + i)), o.text(), o.correct(), o.value(), o.why(), o.scenario()));
        }
        return out;
    }

    private static String letters(List<Option> options) {
        return options.stream().filter(Option::correct).map(Option::label).collect(Collectors.joining(","));
    }

    /**
     * The version that decided: the one a finding of the rule names, else the one in force at the
     * {@link #reference reference instant}.
     */
    private static RuleVersion version(ExamTemplate t, List<JsonNode> verdicts, Map<String, Object> values,
                                       ObjectNode c) {
        for (JsonNode verdict : verdicts) {
            for (String list : FINDING_LISTS) {
                for (JsonNode f : verdict.path(list)) {
                    if (t.rule.id().equals(f.path("ruleId").asText())) {
                        String label = f.path("ruleVersion").asText();
                        Optional<RuleVersion> v = t.rule.versions().stream()
                                .filter(x -> x.version().equals(label)).findFirst();
                        if (v.isPresent()) {
                            return v.get();
                        }
                    }
                }
            }
        }
        return t.rule.versionAt(reference(t, values, c)).orElse(t.rule.current());
    }

    /** The instant whose rule versions apply when no finding names one: the template's {@code versionAt}, else {@code asOf}. */
    private static Instant reference(ExamTemplate t, Map<String, Object> values, ObjectNode c) {
        return t.versionAt != null ? (Instant) values.get(t.versionAt)
                : OffsetDateTime.parse(c.get("asOf").asText()).toInstant();
    }

    private String engineSays(Read read, JsonNode verdict) {
        Optional<String> detail = read.finding(verdict).flatMap(Read::detail);
        if (detail.isPresent()) {
            return detail.get();
        }
        Rule about = rulesById.get(read.rule());
        String title = about == null ? read.rule() : about.title();
        if (read.select().equals("anyViolation") || read.select().equals("violatedRules")) {
            List<String> found = new ArrayList<>();
            verdict.path("violations").forEach(v -> {
                Rule r = rulesById.get(v.path("ruleId").asText());
                found.add((r == null ? v.path("ruleId").asText() : r.title()) + "（" + v.path("reason").asText() + "）");
            });
            return found.isEmpty() ? "没有任何违规" : String.join("；", found);
        }
        return switch (read.select()) {
            case "violated" -> "不构成" + title;
            case "fires" -> "没有「" + title + "」的任何判定";
            default -> read.select() + " = " + read.value(verdict).orElse("—");
        };
    }

    private String explanation(ExamTemplate t, RuleVersion v, Map<String, Object> values, ObjectNode c,
                               String engineSays, String notes) {
        StringBuilder b = new StringBuilder();
        if (t.explain != null) {
            Instant at = reference(t, values, c);
            b.append(Placeholders.text(t.explain.strip(), values, name -> figure(t, v, at, name), t.where)).append(' ');
        }
        b.append("引擎判定：").append(engineSays).append("。");
        b.append("依据：").append(citation(v)).append("（").append(t.rule.id()).append(" 版本 ")
                .append(v.version()).append("）。");
        if (notes != null) {
            b.append(notes).append("。");
        }
        return b.toString();
    }

    /** {@code name} is a figure of the deciding version, or {@code slug.figure} of another rule's version in force at {@code at}. */
    private String figure(ExamTemplate t, RuleVersion deciding, Instant at, String ref) {
        RuleVersion v = deciding;
        String name = ref;
        int dot = ref.indexOf('.');
        if (dot > 0) {
            String slug = ref.substring(0, dot);
            Rule other = rulesById.values().stream().filter(r -> r.slug().equals(slug)).findFirst()
                    .orElseThrow(() -> new ExamException(t.where + ": {@" + ref + "}: the pack has no rule " + slug));
            v = other.versionAt(at).orElse(other.current());
            name = ref.substring(dot + 1);
        }
        if (!v.has(name)) {
            throw new ExamException(t.where + ": {@" + ref + "}: " + v.ruleId() + " version " + v.version()
                    + " has no figure " + name);
        }
        Figure f = v.figure(name);
        return f.overridden() ? shown(f, f.value()) + "（本卷参数，规则默认" + shown(f, f.packDefault()) + "）"
                : shown(f, f.value());
    }

    private static String shown(Figure f, Object value) {
        return switch (f.type()) {
            case RATE -> Display.money(((BigDecimal) value).movePointRight(2)) + "%";
            case MONEY -> Display.money((BigDecimal) value);
            default -> String.valueOf(value);
        };
    }

    /**
     * The version's citation, and when the paper's parameters override any of its figures, which ones and their
     * default: the citation speaks of the default, the questions of the overridden figure.
     */
    static String citation(RuleVersion v) {
        String overridden = v.figures().values().stream().filter(Figure::overridden)
                .map(f -> f.key() + " = " + shown(f, f.value()) + "（规则默认" + shown(f, f.packDefault()) + "）")
                .collect(Collectors.joining("，"));
        return overridden.isEmpty() ? v.citation()
                : v.citation() + "；本卷按参数改写：" + overridden + "，与出处所载默认值不同";
    }

    /** The draft as question {@code n}: its id, and the caseIds of its scenarios, follow the number. */
    private Question number(Draft d, int n, int count) {
        String id = platform.code() + "-" + seed + "-" + String.format("%0" + String.valueOf(count).length() + "d", n);
        if (d.caseJson() != null) {
            d.caseJson().put("caseId", id);
        }
        int k = 0;
        for (Option o : d.options()) {
            if (o.scenario() != null && o.scenario().caseJson() != null) {
                o.scenario().caseJson().put("caseId", id + "-" + (o.label() != null ? o.label() : "mistake-" + (++k)));
            }
        }
        ExamTemplate t = d.template();
        return new Question(n, id, t.type, t.rule.id(), t.rule.title(), d.version().version(), citation(d.version()),
                t.ref, d.stem(), d.options(), d.answer(), d.explanation(), d.read(), d.caseJson());
    }
}
