package dev.shoprules.cli;

import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.json.Problem;
import dev.shoprules.kpi.GroupBy;
import dev.shoprules.kpi.ScorecardReport;
import dev.shoprules.kpi.Scorecards;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code shoprules kpi --cases FILE [--by agent|shop|day] [--format text|json|html] [--out FILE]}: customer-service
 * scorecards (客服考核) over a case file ({@link Scorecards}). Streams the file keeping one tally per group; bad
 * cases follow {@code check}: one line each on stderr, the rest still counted, exit status 1.
 */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = "Customer-service scorecards (客服考核) over a case file, per agent (default), shop or day: "
                + "inquiries, reply rate, first and average response time in service hours with their bands, 30 s "
                + "and 3 min rates, conversion, sales (each sale counts for the last agent who served the buyer "
                + "before payment; the others get an assist), 客单价, 客件数 and refund rate, each against its "
                + "target (<platform>.kpi.<name>-target).")
final class KpiCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Option(names = "--cases", required = true, paramLabel = "FILE",
            description = "A .jsonl file of cases (or a .json file); - reads standard input.")
    String cases;

    @Option(names = "--by", defaultValue = "agent", converter = ByConverter.class, paramLabel = "agent|shop|day",
            description = "One scorecard per agent (default), per shop, or per shop and day (Asia/Shanghai).")
    GroupBy by;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--format", defaultValue = "text", description = "text (default), json or html.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            OutputFile.checkWritable("--out", out);            // said before reading the file, not after a long run
        }
        Scorecards scorecards = Scorecards.builder().by(by).parameters(engineOptions.overrides()).build();
        PrintWriter err = spec.commandLine().getErr();
        boolean jsonErrors = format == Format.json;
        ScorecardReport report;
        try (Scorecards.Run run = scorecards.start()) {
            FileCommand.feed("kpi", cases, err, jsonErrors, new FileCommand.Sink() {
                @Override
                public CaseInput.Invalid accept(CaseInput.Valid ok) {
                    try {
                        run.add(ok.facts());
                        return null;
                    } catch (Scorecards.UnscorableCase e) {
                        return new CaseInput.Invalid(ok.source(), ok.line(), ok.facts().caseId(),
                                List.of(new Problem(e.path(), e.getMessage())));
                    }
                }

                @Override
                public void invalid() {
                    run.countInvalid();
                }

                @Override
                public long taken() {
                    return run.cases();
                }
            });
            report = run.report();
        }
        write(report);
        return report.errors() == 0 ? 0 : ShopRulesCli.INVALID_INPUT;
    }

    private void write(ScorecardReport report) throws java.io.IOException {
        FileCommand.write(spec, out, switch (format) {
            case text -> KpiText.render(report);
            case json -> CaseJson.pretty(report) + System.lineSeparator();
            case html -> KpiHtml.render(report);
        });
    }

    /** {@code --by agent|shop|day}, any case; anything else is a usage error naming the choices. */
    static final class ByConverter implements CommandLine.ITypeConverter<GroupBy> {
        @Override
        public GroupBy convert(String value) {
            try {
                return GroupBy.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
