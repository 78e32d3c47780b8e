package dev.shoprules.spark;

import dev.shoprules.core.ShopRules;
import dev.shoprules.core.engine.PackLoadException;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.params.ParameterException;
import dev.shoprules.core.params.Parameters;
import dev.shoprules.whatif.FactShift;
import dev.shoprules.whatif.WhatIfException;
import dev.shoprules.whatif.WhatIfReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code spark-submit} entry point: {@code check} and {@code whatif} over case files on a cluster, writing
 * into a new output directory {@code --out}:
 * <ul>
 *   <li>{@code verdicts/}: one verdict per case in input order (part files in order), as JSON Lines exactly as
 *   {@code check} prints them, or as Parquet ({@link VerdictLine#SCHEMA});</li>
 *   <li>{@code errors/}: one JSON line per bad input entry ({@code {"error":"invalid case","file":…,"line":…,
 *   "caseId":…,"problems":[{"path":…,"message":…}]}}), as {@code check --format json} writes on stderr;</li>
 *   <li>{@code whatif.json}: the report {@code whatif --format json} prints.</li>
 * </ul>
 * A summary and the first bad entries go to stderr. Exit status as the command line's: 0 ok, 1 some entry
 * invalid, 2 usage error, 3 failure. Without a master set (by {@code spark-submit} or {@code -Dspark.master}) it
 * runs in {@code local[*]}.
 */
@Command(name = "shoprules-spark", mixinStandardHelpOptions = true,
        description = "ShopRules check and what-if on Apache Spark, for case files larger than one machine.",
        subcommands = {ShopRulesSparkJob.Check.class, ShopRulesSparkJob.WhatIfJob.class,
                CommandLine.HelpCommand.class})
public final class ShopRulesSparkJob {
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;
    /** Bad entries listed on stderr; all are in {@code errors/}. */
    static final int ERRORS_SHOWN = 20;

    private final Supplier<SparkSession> spark;

    private ShopRulesSparkJob(Supplier<SparkSession> spark) {
        this.spark = spark;
    }

    public static void main(String[] args) {
        SparkSession[] started = new SparkSession[1];
        Supplier<SparkSession> spark = () -> {
            if (started[0] == null) {
                SparkConf conf = new SparkConf().setAppName("ShopRules");
                if (!conf.contains("spark.master")) {
                    conf.setMaster("local[*]");
                }
                started[0] = SparkSession.builder().config(conf).getOrCreate();
            }
            return started[0];
        };
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status;
        try {
            status = run(args, spark, out, err);
        } finally {
            if (started[0] != null) {
                started[0].stop();
            }
        }
        System.exit(status);
    }

    /** Runs the job's command line in the given session (created on first use); returns the exit status. */
    public static int run(String[] args, Supplier<SparkSession> spark, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ShopRulesSparkJob(spark));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> e instanceof ParameterException || e instanceof CommandLine.ParameterException
                ? USAGE : FAILURE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ParameterException || e instanceof PackLoadException || e instanceof WhatIfException
                    || e instanceof IllegalArgumentException || e instanceof IllegalStateException
                    || e instanceof IOException) {
                commandLine.getErr().println("shoprules-spark: " + (e instanceof java.nio.file.NoSuchFileException f
                        ? "no such file: " + f.getFile() : e.getMessage()));
                return e instanceof ParameterException ? USAGE : FAILURE;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** Where the cases are and where the results go. */
    static final class Io {
        @Option(names = "--cases", required = true, arity = "1..*", paramLabel = "PATH",
                description = "Case files: files, directories or globs on any file system Spark reads.")
        List<String> cases;

        @Option(names = "--input", paramLabel = "FORMAT", description = "jsonl or parquet (default: parquet when "
                + "the first path ends in .parquet, else jsonl). Parquet: the case JSON in string column \"case\", "
                + "optional \"source\" and \"line\" columns.")
        CaseFiles.Format input;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "A new directory for verdicts/, errors/ and whatif.json.")
        String out;

        JavaRDD<CaseLine> read(SparkSession spark) {
            return CaseFiles.read(spark, cases, input != null ? input : CaseFiles.Format.guess(cases));
        }

        Path out(SparkSession spark) throws IOException {
            Path dir = new Path(out);
            if (dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(dir)) {
                throw new IllegalArgumentException("--out " + out + " exists; name a new directory");
            }
            return dir;
        }
    }

    /** Parameter overrides, as the command line's {@code --params} and {@code --set}. */
    static final class Overrides {
        @Option(names = "--params", paramLabel = "FILE",
                description = "JSON or YAML file of parameter overrides (flat keys or nested objects).")
        java.nio.file.Path paramsFile;

        @Option(names = "--set", paramLabel = "KEY=VALUE",
                description = "Override one parameter, e.g. tmall.late-shipment.cap=300 (repeatable; wins over --params).")
        List<String> assignments = new ArrayList<>();

        Map<String, Object> values() throws IOException {
            return Parameters.overrides(paramsFile, assignments);
        }
    }

    enum VerdictFormat { json, parquet }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Decide every case; write verdicts/ and errors/ under --out.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        ShopRulesSparkJob job;

        @Mixin
        Io io;

        @Mixin
        Overrides overrides;

        @Option(names = "--format", defaultValue = "json", description = "Verdicts as json (JSON Lines, default) or parquet.")
        VerdictFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Map<String, Object> parameters = overrides.values();
            // Parameters are checked before Spark starts: a typo costs a second, not a cluster's start-up.
            ShopRules.builder().parameters(parameters).build();
            SparkSession spark = job.spark.get();
            Path out = io.out(spark);
            long bad = writeChecked(spark, io.read(spark), parameters, out, format, spec.commandLine().getErr());
            return bad == 0 ? 0 : INVALID_INPUT;
        }
    }

    @Command(name = "whatif", mixinStandardHelpOptions = true,
            description = "Compare the cases under the pack defaults and under a scenario; write whatif.json and "
                    + "errors/ under --out (and verdicts/ with --verdicts).")
    static final class WhatIfJob implements Callable<Integer> {
        @ParentCommand
        ShopRulesSparkJob job;

        @Mixin
        Io io;

        @Mixin
        Overrides overrides;

        @Option(names = "--shift", paramLabel = "FIELD=±DURATION", converter = ShiftConverter.class,
                description = "Move an instant of every case, e.g. shipments.shippedAt=-12h (as whatif --shift).")
        List<FactShift> shifts = new ArrayList<>();

        @Option(names = "--changed", paramLabel = "N", defaultValue = "" + Scenario.CHANGED_SHOWN,
                description = "List the first N changed cases (default ${DEFAULT-VALUE}); all are counted.")
        int changedShown;

        @Option(names = "--partitions", paramLabel = "N",
                description = "Partitions the shops are spread over (default: three per core).")
        Integer partitions;

        @Option(names = "--verdicts", paramLabel = "FORMAT",
                description = "Also write verdicts/ under the pack defaults (as check without --set): json or parquet.")
        VerdictFormat verdicts;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (changedShown < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--changed: must not be negative");
            }
            if (partitions != null && partitions < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--partitions: at least 1");
            }
            PrintWriter err = spec.commandLine().getErr();
            Scenario scenario;
            try {
                scenario = Scenario.of(overrides.values(), shifts, changedShown);
                scenario.whatIf();
            } catch (IllegalArgumentException e) {
                if (e instanceof ParameterException) {
                    throw e;
                }
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            SparkSession spark = job.spark.get();
            Path out = io.out(spark);
            // Not persisted: a re-read costs less than holding a platform's cases, and far less than deciding them.
            JavaRDD<CaseLine> lines = io.read(spark);
            WhatIfReport report = SparkWhatIf.run(lines, scenario,
                    partitions != null ? partitions : SparkWhatIf.defaultPartitions(spark));
            writeText(spark, new Path(out, "whatif.json"), CaseJson.pretty(report) + "\n");
            long bad = verdicts != null ? writeChecked(spark, lines, Map.of(), out, verdicts, err)
                    : writeBadCases(spark, SparkCheck.validate(lines), out, err);
            err.println("shoprules-spark whatif: " + report.cases() + " cases, " + report.changedCases()
                    + " changed, " + report.invalidCases() + " invalid; report in " + new Path(out, "whatif.json"));
            return bad == 0 ? 0 : INVALID_INPUT;
        }
    }

    /**
     * Writes verdicts/ (deciding every case) and errors/ (from a pass that parses without deciding, cheaper than
     * holding every verdict until the errors are written); returns the number of bad entries.
     */
    static long writeChecked(SparkSession spark, JavaRDD<CaseLine> lines, Map<String, Object> parameters, Path out,
                             VerdictFormat format, PrintWriter err) {
        Path verdictsDir = new Path(out, "verdicts");
        JavaRDD<VerdictLine> verdicts = SparkCheck.verdicts(SparkCheck.check(lines, parameters));
        if (format == VerdictFormat.parquet) {
            spark.createDataFrame(verdicts.map(VerdictLine::row), VerdictLine.SCHEMA).write()
                    .parquet(verdictsDir.toString());
        } else {
            spark.createDataset(verdicts.map(VerdictLine::json).rdd(), Encoders.STRING()).write()
                    .text(verdictsDir.toString());
        }
        long bad = writeBadCases(spark, SparkCheck.validate(lines), out, err);
        err.println("shoprules-spark: verdicts in " + verdictsDir + ", " + bad + " invalid entries");
        return bad;
    }

    /** Writes errors/ and lists the first bad entries on stderr; returns how many there are. */
    static long writeBadCases(SparkSession spark, JavaRDD<BadCase> bad, Path out, PrintWriter err) {
        Path dir = new Path(out, "errors");
        bad.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            spark.createDataset(bad.map(BadCase::json).rdd(), Encoders.STRING()).write().text(dir.toString());
            long count = bad.count();
            List<BadCase> first = bad.take(ERRORS_SHOWN);
            first.forEach(b -> err.println(b.describe()));
            if (count > first.size()) {
                err.println("… and " + (count - first.size()) + " more bad entries in " + dir);
            }
            return count;
        } finally {
            bad.unpersist(false);
        }
    }

    private static void writeText(SparkSession spark, Path file, String text) throws IOException {
        FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream o = fs.create(file, false)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
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
}
