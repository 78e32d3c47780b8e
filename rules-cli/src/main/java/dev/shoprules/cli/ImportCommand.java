package dev.shoprules.cli;

import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.imports.ImportFormat;
import dev.shoprules.imports.ImportProblem;
import dev.shoprules.imports.ImportResult;
import dev.shoprules.imports.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shoprules import --from FORMAT FILE|- … --as-of INSTANT}: platform API payloads to case JSON Lines on stdout.
 * Each record that cannot be mapped is one error line on stderr naming file, line and JSON path (exit 1); the other
 * records still convert. Warnings (a carrier not in the table, a trace without steps) are lines too, exit 0.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert TOP (Taobao/Tmall) and PDD open-API payloads into cases (JSON Lines) for check, whatif and kpi.")
final class ImportCommand implements Callable<Integer> {
    enum CasePer { order, shop }

    @Option(names = "--from", arity = "2", required = true, paramLabel = "FORMAT FILE",
            description = "A payload: its format (taobao-trade, taobao-refund, taobao-logistics, pdd-order, pdd-refund) "
                    + "and its file (- for stdin). Repeat for several files; they are joined by order id.")
    List<String> from = new ArrayList<>();

    @Option(names = "--as-of", required = true, paramLabel = "INSTANT",
            description = "The evaluation instant of every case, ISO-8601 with an offset (nothing reads the clock).")
    String asOf;

    @Option(names = "--platform", paramLabel = "P", converter = PlatformConverter.class,
            description = "taobao or tmall for TOP payloads (a trade does not say which); pdd for PDD payloads (the default).")
    Platform platform;

    @Option(names = "--case-per", paramLabel = "order|shop", description = "One case per order (default) or per shop.")
    CasePer casePer = CasePer.order;

    @Option(names = "--shop", paramLabel = "ID",
            description = "The shop id for payloads that do not name their shop (PDD orders; TOP trades without seller_nick).")
    String shop;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Instant at;
        try {
            at = Times.parse(asOf);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--as-of: not an ISO-8601 instant with offset: " + asOf);
        }
        List<Importer.Payload> payloads = new ArrayList<>();
        boolean stdinUsed = false;
        for (int i = 0; i + 1 < from.size(); i += 2) {
            ImportFormat format;
            try {
                format = ImportFormat.of(from.get(i));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--from: " + e.getMessage());
            }
            String file = from.get(i + 1);
            if ("-".equals(file)) {
                if (stdinUsed) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--from: stdin (-) can be read once");
                }
                stdinUsed = true;
                payloads.add(new Importer.Payload(format, "<stdin>", read(System.in)));
            } else {
                payloads.add(new Importer.Payload(format, file,
                        Files.readString(Path.of(file), StandardCharsets.UTF_8)));
            }
        }
        Importer importer = Importer.builder().asOf(at).platform(platform)
                .casePer(casePer == CasePer.shop ? Importer.CasePer.SHOP : Importer.CasePer.ORDER).shop(shop).build();
        ImportResult result;
        try {
            result = importer.run(payloads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (ImportProblem p : result.problems()) {
            err.println(p);
        }
        for (CaseFacts c : result.cases()) {
            out.println(ImportResult.jsonLine(c));
        }
        out.flush();
        err.flush();
        return result.hasErrors() ? ShopRulesCli.INVALID_INPUT : 0;
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
