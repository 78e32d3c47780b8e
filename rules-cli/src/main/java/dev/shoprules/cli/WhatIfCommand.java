package dev.shoprules.cli;

import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.params.ParameterException;
import dev.shoprules.whatif.FactShift;
import dev.shoprules.whatif.WhatIf;
import dev.shoprules.whatif.WhatIfReport;
import dev.shoprules.whatif.WhatIfRun;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code shoprules whatif --cases FILE [--set k=v]… [--params FILE] [--shift field=±duration]… [--format
 * text|json|html] [--out FILE]}: the file decided under pack defaults and under the scenario, compared. Bad cases
 * follow {@code check}: one line each on stderr, the rest still counted, exit status 1.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Compare the cases under the pack defaults (baseline) and under a scenario: parameter "
                + "overrides (--set, --params) and/or instants moved (--shift). Reports totals, violations per rule, "
                + "points per shop, sanctions per shop and year, and the cases whose verdict changed.")
final class WhatIfCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Option(names = "--cases", required = true, paramLabel = "FILE",
            description = "A .jsonl file of cases (or a .json case); - reads standard input.")
    String cases;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--shift", paramLabel = "FIELD=±DURATION", converter = ShiftConverter.class,
            description = {"Move an instant of every case, e.g. shipments.shippedAt=-12h, orders.paidAt=+30m, "
                    + "shipments.pickedUpAt=+1d (units d, h, m, s; repeatable, one per field). Fields: "
                    + SHIFTABLE + "."})
    List<FactShift> shifts = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text (default), json or html.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Option(names = "--changed", paramLabel = "N", defaultValue = "20",
            description = "List the first N changed cases (default ${DEFAULT-VALUE}); all are counted.")
    int changedShown;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            OutputFile.checkWritable("--out", out);
        }
        WhatIf whatIf = build();
        boolean jsonErrors = format == Format.json;
        WhatIfReport report;
        try (WhatIfRun run = whatIf.start()) {
            FileCommand.feed("whatif", cases, err, jsonErrors, new FileCommand.Sink() {
                @Override
                public CaseInput.Invalid accept(CaseInput.Valid ok) {
                    try {
                        run.submit(ok.line(), ok.facts());
                        return null;
                    } catch (IllegalArgumentException e) {
                        return ErrorLine.undecidable(ok, e);
                    }
                }

                @Override
                public void invalid() {
                    run.countInvalid();
                }

                @Override
                public long taken() {
                    return run.submitted();
                }
            });
            report = run.finish();
        }
        write(report);
        return report.invalidCases() == 0 ? 0 : ShopRulesCli.INVALID_INPUT;
    }

    private WhatIf build() throws java.io.IOException {
        WhatIf.Builder b = WhatIf.builder().parameters(engineOptions.overrides());
        try {
            if (threads != null) {
                b.threads(threads);
            }
            return b.changedCasesShown(changedShown).shifts(shifts).build();
        } catch (ParameterException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void write(WhatIfReport report) throws java.io.IOException {
        FileCommand.write(spec, out, switch (format) {
            case text -> WhatIfText.render(report);
            case json -> CaseJson.pretty(report) + System.lineSeparator();
            case html -> WhatIfHtml.render(report);
        });
    }

    /** {@code --shift shipments.shippedAt=-12h}; a bad spec is a usage error naming the shiftable fields. */
    static final class ShiftConverter implements CommandLine.ITypeConverter<FactShift> {
        @Override
        public FactShift convert(String value) {
            try {
                return FactShift.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The shiftable fields for the help text ({@code ShiftableField.paths()}; a test keeps the two equal). */
    static final String SHIFTABLE = "asOf, orders.createdAt, orders.paidAt, orders.groupedAt, orders.agreedShipBy, "
            + "orders.closedAt, orders.extraCharges.at, promises.madeAt, shipments.shippedAt, shipments.pickedUpAt, "
            + "shipments.signedAt, shipments.trackingEvents.at, invoices.requestedAt, invoices.issuedAt, "
            + "chats.messages.at, complaints.filedAt, refunds.requestedAt, refunds.sellerResponse.at, "
            + "refunds.returnShipment.shippedAt, refunds.returnShipment.receivedAt, refunds.refundedAt, "
            + "refunds.answeredWithin";
}
