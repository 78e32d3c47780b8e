package dev.shoprules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.ShopRules;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.json.CaseReader;
import dev.shoprules.core.json.Problem;
import dev.shoprules.whatif.FactShift;
import dev.shoprules.whatif.WhatIf;
import dev.shoprules.whatif.WhatIfReport;
import dev.shoprules.whatif.WhatIfRun;
import dev.shoprules.generate.CaseGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in {@code local[2]} against the local engine on one generated file: the verdicts, the bad entries and the
 * what-if report must be exactly those of {@code check} and {@code whatif} (the core API they wrap), in the same
 * order. The file holds a few thousand cases of twelve shops over a year, so ledgers carry points from case to
 * case and sanctions trigger; it is split into several partitions, so line numbers cross splits.
 */
class SparkEqualityTest {
    private static final int CASES = 2000;
    private static final List<String> SET = List.of("tmall.late-shipment.cap=300");
    private static final List<String> SHIFT = List.of("shipments.shippedAt=-12h");

    @TempDir
    static Path dir;
    static Path file;
    static SparkSession spark;

    /** What the local engine says about every line of the file: verdict JSON or bad entry, in file order. */
    static final List<String> verdicts = new ArrayList<>();
    static final List<Long> verdictLines = new ArrayList<>();
    static final List<BadCase> bad = new ArrayList<>();
    static WhatIfReport localReport;

    @BeforeAll
    static void generateAndDecideLocally() throws IOException {
        List<String> lines = new ArrayList<>();
        new CaseGenerator(Platform.TMALL, 20261111).cases(CASES).forEach(c -> lines.add(CaseJson.compact(c)));
        // Among them: an instant without offset, a case of another platform (decided if its pack is on the
        // classpath, else reported), not JSON at all, a BOM, a CRLF ending and blank lines, which hold no case.
        lines.set(9, lines.get(9).replaceFirst("\"asOf\":\"([^\"]+)\\+08:00\"", "\"asOf\":\"$1\""));
        lines.add(700, CaseJson.compact(new CaseGenerator(Platform.TAOBAO, 1).caseAt(0)));
        lines.add(1200, "{\"caseId\": \"broken\", ");
        lines.add(1500, "");
        lines.set(1800, "\uFEFF" + lines.get(1800) + "\r");
        lines.add("   ");
        file = dir.resolve("cases.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        ShopRules engine = ShopRules.defaults();
        WhatIf whatIf = WhatIf.builder().set("tmall.late-shipment.cap", "300")
                .shift(FactShift.parse(SHIFT.get(0))).build();
        try (Stream<CaseInput> in = CaseReader.read(file); WhatIfRun run = whatIf.start()) {
            in.forEach(input -> {
                if (input instanceof CaseInput.Invalid b) {
                    bad.add(BadCase.of(0, b));
                    run.countInvalid();
                    return;
                }
                CaseInput.Valid ok = (CaseInput.Valid) input;
                try {
                    verdicts.add(CaseJson.compact(engine.evaluate(ok.facts())));
                    verdictLines.add(ok.line());
                    run.submit(ok.line(), ok.facts());
                } catch (IllegalArgumentException noPack) {
                    bad.add(new BadCase(0, ok.source(), ok.line(), ok.facts().caseId(),
                            List.of(new Problem("platform", noPack.getMessage()))));
                    run.countInvalid();
                }
            });
            localReport = run.finish();
        }
        assertThat(bad).extracting(BadCase::line).contains(10L, 1201L);
        // A report worth comparing: cases changed, points carried to sanctions, bad entries counted.
        assertThat(localReport.changedCases()).isPositive();
        assertThat(localReport.sanctions()).isNotEmpty();
        assertThat(localReport.invalidCases()).isEqualTo(bad.size());

        spark = SparkSession.builder().master("local[2]").appName("SparkEqualityTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /**
     * {@code whatif --verdicts json}: one run gives the verdicts {@code check} gives (in order, across several
     * partitions), the bad entries, and the report {@code whatif} gives, with exit status 1 for the bad entries.
     */
    @Test
    void verdictsBadEntriesAndWhatIfReportEqualTheLocalOnes() throws IOException {
        assertThat(CaseFiles.jsonLines(spark, List.of(file.toString())).getNumPartitions()).isGreaterThan(2);
        Path out = dir.resolve("whatif-out");
        List<String> args = new ArrayList<>(List.of("whatif", "--cases", file.toString(), "--out", out.toString(),
                "--verdicts", "json", "--partitions", "3"));
        SET.forEach(s -> args.addAll(List.of("--set", s)));
        SHIFT.forEach(s -> args.addAll(List.of("--shift", s)));
        StringWriter err = new StringWriter();

        int status = ShopRulesSparkJob.run(args.toArray(String[]::new), () -> spark, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));

        assertThat(status).as(err.toString()).isEqualTo(ShopRulesSparkJob.INVALID_INPUT);
        assertThat(partLines(out.resolve("verdicts"))).containsExactlyElementsOf(verdicts);
        assertThat(partLines(out.resolve("errors"))).containsExactlyElementsOf(bad.stream().map(BadCase::json).toList());
        assertThat(Files.readString(out.resolve("whatif.json"))).isEqualTo(CaseJson.pretty(localReport) + "\n");
        assertThat(err.toString()).contains(bad.get(0).describe());
        // The shape check --format json writes on stderr.
        assertThat(partLines(out.resolve("errors"))).anySatisfy(l -> assertThat(l).startsWith("{\"error\":\"invalid case\","
                + "\"file\":\"" + file + "\",\"line\":1201,\"caseId\":null,\"problems\":[{\"path\":\"$\","
                + "\"message\":\"not valid JSON: "));
    }

    @Test
    void linesKeepTheirFileAndNumberInTheOrderTheFilesWereNamed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("b.jsonl"), "b1\n\nb3");
        Files.writeString(folder.resolve("a.jsonl"), "a1\r\na2\n");
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Path single = dir.resolve("single.jsonl");
        Files.writeString(single, "s1\n");

        List<CaseLine> lines = CaseFiles.jsonLines(spark, List.of(single.toString(), folder.toString()), 4).collect();

        // The named file first, then the folder's files in name order (skipping _SUCCESS); lines as check numbers them.
        assertThat(lines).extracting(l -> l.source().replaceFirst(".*/", "") + ":" + l.line() + ":"
                        + new String(l.bytes(), StandardCharsets.UTF_8))
                .containsExactly("single.jsonl:1:s1", "a.jsonl:1:a1\r", "a.jsonl:2:a2", "b.jsonl:1:b1",
                        "b.jsonl:2:", "b.jsonl:3:b3");
        assertThat(lines.get(0).source()).isEqualTo(single.toString());
        assertThat(lines).extracting(CaseLine::position).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void parquetInAndOut() throws IOException {
        // The first 200 lines as Parquet rows, once with where each came from and once with the case column only
        // (then the row number is the line); a null case is a bad entry, not a dropped one.
        int rows = 200;
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, rows);
        List<Row> withOrigin = new ArrayList<>();
        List<Row> caseOnly = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String json = i == 99 ? null : text.get(i);
            withOrigin.add(RowFactory.create(json, "cases.jsonl", (long) i + 1));
            caseOnly.add(RowFactory.create(json));
        }
        StructType origin = new StructType().add("case", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("line", DataTypes.LongType);
        Path in = dir.resolve("with-origin.parquet");
        // Shuffled into several files: the reader restores input order from source and line.
        spark.createDataFrame(withOrigin, origin).repartition(3).write().parquet(in.toString());
        Path bare = dir.resolve("case-only.parquet");
        spark.createDataFrame(caseOnly, new StructType().add("case", DataTypes.StringType)).coalesce(1)
                .write().parquet(bare.toString());

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < verdicts.size() && verdictLines.get(i) <= rows; i++) {
            if (verdictLines.get(i) != 100) {
                expected.add(verdicts.get(i));
            }
        }

        for (Path input : List.of(in, bare)) {
            Path out = dir.resolve("check-" + input.getFileName());
            StringWriter err = new StringWriter();
            int status = ShopRulesSparkJob.run(new String[] {"check", "--cases", input.toString(), "--out",
                    out.toString(), "--format", "parquet"}, () -> spark, new PrintWriter(new StringWriter()),
                    new PrintWriter(err, true));
            assertThat(status).as(err.toString()).isEqualTo(ShopRulesSparkJob.INVALID_INPUT);
            Dataset<Row> written = spark.read().parquet(out.resolve("verdicts").toString());
            assertThat(written.schema().asNullable()).isEqualTo(VerdictLine.SCHEMA.asNullable());
            List<String> got = written.orderBy("line").select("verdict").as(org.apache.spark.sql.Encoders.STRING())
                    .collectAsList();
            assertThat(got).containsExactlyElementsOf(expected);
            assertThat(partLines(out.resolve("errors"))).hasSize(2)
                    .anySatisfy(l -> assertThat(l).contains("\"line\":10,", "\"path\":\"asOf\""))
                    .anySatisfy(l -> assertThat(l).contains("\"line\":100,", "is null"));
        }
    }

    private static List<String> partLines(Path outputDir) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> parts = Files.list(outputDir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
