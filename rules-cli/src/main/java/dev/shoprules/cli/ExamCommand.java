package dev.shoprules.cli;

import dev.shoprules.core.Platform;
import dev.shoprules.core.ShopRules;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.exam.Exam;
import dev.shoprules.exam.ExamFormat;
import dev.shoprules.exam.ExamPaper;
import dev.shoprules.exam.ExamVerifier;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code shoprules exam --platform P}: a customer-service exam (客服考试) whose every answer, and every distractor,
 * is the engine's verdict on a generated scenario. The paper goes to stdout; {@code --verify} re-evaluates every
 * scenario first and fails (status 3, one line per disagreement on stderr) unless all agree.
 */
@Command(name = "exam", mixinStandardHelpOptions = true,
        description = "Generate a customer-service exam (客服考试) whose answers the rule engine decides.")
final class ExamCommand implements Callable<Integer> {
    enum Format { json, markdown, moodle, gift }

    @Option(names = "--platform", required = true, converter = PlatformConverter.class,
            description = "tmall, taobao or pdd.")
    Platform platform;

    @Option(names = "--count", defaultValue = "20", description = "Number of questions (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "The same seed gives the same paper (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rules", split = ",", paramLabel = "ID",
            description = "Only these rule ids, comma-separated (default: every rule with exam questions).")
    List<String> rules = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json",
            description = "json (default: the whole paper with every scenario case), markdown (paper and answer key), "
                    + "moodle (Moodle XML) or gift (GIFT).")
    Format format;

    @Option(names = "--verify", description = "Re-evaluate every scenario and fail unless every answer agrees with the engine "
            + "and no distractor equals its answer.")
    boolean verify;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ShopRules engine = engineOptions.engine();
        RuleBook book;
        ExamPaper paper;
        try {
            book = engine.book(platform);
            paper = Exam.builder(book).count(count).seed(seed).rules(rules).generate();
        } catch (IllegalArgumentException e) {
            // No pack for the platform, a --rules id it does not have, a count below 1: the user's to fix.
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (verify) {
            List<String> problems = ExamVerifier.verify(book, paper);
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println("shoprules exam: " + p));
                err.println("shoprules exam: " + problems.size() + " disagreements with the engine; no paper written");
                return ShopRulesCli.FAILURE;
            }
            err.println("shoprules exam: verified " + paper.questions().size() + " questions: every answer agrees "
                    + "with the engine and no distractor equals its answer");
        }
        out.print(ExamFormat.of(format.name()).render(paper));
        out.flush();
        return 0;
    }
}
