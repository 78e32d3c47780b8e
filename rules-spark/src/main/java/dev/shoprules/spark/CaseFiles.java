package dev.shoprules.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import scala.Tuple2;

/**
 * Reads case files into {@link CaseLine}s, in input order across partitions (partition {@code i} holds lines
 * before those of partition {@code i + 1}), so verdicts written partition by partition come out in input order.
 *
 * <p>Each path names a file, a directory (its files whose names do not start with {@code _} or {@code .}, in
 * name order) or a glob (its matches in name order), on any file system Spark reads ({@code file:}, {@code hdfs:},
 * {@code s3a:}…).
 *
 * <ul>
 *   <li><b>JSON Lines</b> (plain, or compressed with a Hadoop codec such as {@code .gz}): every line as the local
 *   reader sees it. Lines end at {@code \n} only (a trailing {@code \r} is dropped), so line numbers are those of
 *   {@code check}. Sources are in the order the paths were given.</li>
 *   <li><b>Parquet</b>: one case per row, the case JSON in the string column {@value #CASE_COLUMN}; optional
 *   columns {@value #SOURCE_COLUMN} (string: the file the case came from) and {@value #LINE_COLUMN} (long: its
 *   1-based line there) say where each case came from, for error lines and for input order. Without them (or
 *   where they are null) the source is the Parquet file and the line its 1-based row. Input order is by source
 *   name, then line, so (source, line) should identify a case. Other columns are ignored.</li>
 * </ul>
 */
public final class CaseFiles {
    /** The Parquet column holding one case as JSON (required). */
    public static final String CASE_COLUMN = "case";
    /** The Parquet column naming the file a case came from (optional). */
    public static final String SOURCE_COLUMN = "source";
    /** The Parquet column holding the case's 1-based line in its source (optional). */
    public static final String LINE_COLUMN = "line";

    /** Smallest split of a JSON Lines file worth a task of its own. */
    private static final long MIN_SPLIT_BYTES = 256 * 1024;

    private CaseFiles() {}

    public enum Format {
        JSONL, PARQUET;

        /** Parquet when the (first) path ends in {@code .parquet}, else JSON Lines. */
        public static Format guess(List<String> paths) {
            return !paths.isEmpty() && paths.get(0).toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet")
                    ? PARQUET : JSONL;
        }
    }

    public static JavaRDD<CaseLine> read(SparkSession spark, List<String> paths, Format format) {
        return format == Format.PARQUET ? parquet(spark, paths) : jsonLines(spark, paths);
    }

    /** JSON Lines in at least three partitions per core of the cluster (when the input is large enough). */
    public static JavaRDD<CaseLine> jsonLines(SparkSession spark, List<String> paths) {
        return jsonLines(spark, paths, 3 * spark.sparkContext().defaultParallelism());
    }

    /**
     * JSON Lines, each file split so that there are at least {@code minPartitions} partitions (splits of
     * 256 KiB or more). Reads the input twice: once to count the lines of every split, so that a line's number
     * within its file is known wherever the line is read; the count reads no JSON.
     *
     * @throws IllegalArgumentException if a path matches nothing, or a file is named twice
     */
    public static JavaRDD<CaseLine> jsonLines(SparkSession spark, List<String> paths, int minPartitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        List<Source> sources = expand(conf, paths);
        long bytes = sources.stream().mapToLong(Source::length).sum();
        // A line is what CaseReader calls a line: up to \n, a trailing \r left on it (and dropped when parsed).
        conf.set("textinputformat.record.delimiter", "\n");
        conf.setLong(FileInputFormat.SPLIT_MAXSIZE,
                Math.max(MIN_SPLIT_BYTES, (bytes + Math.max(1, minPartitions) - 1) / Math.max(1, minPartitions)));
        Job job;
        try {
            job = Job.getInstance(conf);
            FileInputFormat.setInputPaths(job, sources.stream().map(Source::path).toArray(Path[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
                job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);

        Map<String, Source> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            if (byPath.put(s.path().toString(), s.ranked(i)) != null) {
                throw new IllegalArgumentException("input file " + s.name() + " is named twice");
            }
        }
        Map<String, Long> firstLines = firstLines(raw, byPath);
        return raw.mapPartitionsWithInputSplit((split, records) -> {
            FileSplit file = (FileSplit) split;
            Source source = byPath.get(file.getPath().toString());
            long first = firstLines.get(splitKey(file));
            return new java.util.Iterator<CaseLine>() {
                long line = first;

                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public CaseLine next() {
                    Text text = records.next()._2();
                    long at = line++;
                    // Hadoop reuses the Text: copy its bytes.
                    return new CaseLine(source.name(), CaseLine.position(source.rank(), at), at,
                            Arrays.copyOf(text.getBytes(), text.getLength()));
                }
            };
        }, true);
    }

    /** The 1-based number, within its file, of the first line of every split: counted, not parsed. */
    private static Map<String, Long> firstLines(JavaNewHadoopRDD<LongWritable, Text> raw, Map<String, Source> byPath) {
        List<Tuple2<String, long[]>> counts = raw.mapPartitionsWithInputSplit((split, records) -> {
            FileSplit file = (FileSplit) split;
            long n = 0;
            for (; records.hasNext(); records.next()) {
                n++;
            }
            return List.of(new Tuple2<>(file.getPath().toString(), new long[] {file.getStart(), n})).iterator();
        }, true).collect();
        Map<String, TreeMap<Long, Long>> perFile = new HashMap<>();
        counts.forEach(c -> perFile.computeIfAbsent(c._1(), k -> new TreeMap<>()).put(c._2()[0], c._2()[1]));
        for (Source s : byPath.values()) {
            if (!perFile.containsKey(s.path().toString())) {
                throw new IllegalStateException("input file " + s.name() + " was not read (Hadoop skips files "
                        + "whose names start with _ or .); rename it");
            }
        }
        Map<String, Long> first = new HashMap<>();
        perFile.forEach((path, splits) -> {
            long line = 1;
            for (Map.Entry<Long, Long> s : splits.entrySet()) {
                first.put(path + "@" + s.getKey(), line);
                line += s.getValue();
            }
        });
        return first;
    }

    private static String splitKey(FileSplit split) {
        return split.getPath().toString() + "@" + split.getStart();
    }

    /**
     * Parquet files with a {@value #CASE_COLUMN} column (see the class comment), sorted into input order.
     *
     * @throws IllegalArgumentException if a path matches nothing or the column is missing or not a string
     */
    public static JavaRDD<CaseLine> parquet(SparkSession spark, List<String> paths) {
        List<Source> sources = expand(spark.sparkContext().hadoopConfiguration(), paths);
        Dataset<Row> table = spark.read().parquet(sources.stream().map(s -> s.path().toString()).toArray(String[]::new));
        List<String> columns = List.of(table.columns());
        StructField caseField = Arrays.stream(table.schema().fields())
                .filter(f -> f.name().equals(CASE_COLUMN)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Parquet input needs a string column \"" + CASE_COLUMN
                        + "\" holding the case JSON; it has " + columns));
        if (!caseField.dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("Parquet column \"" + CASE_COLUMN + "\" must be a string, is "
                    + caseField.dataType().simpleString());
        }
        Column file = col("_metadata.file_path");
        Column row = col("_metadata.row_index").plus(1);
        Column source = columns.contains(SOURCE_COLUMN) ? coalesce(col(SOURCE_COLUMN).cast("string"), file) : file;
        Column line = columns.contains(LINE_COLUMN) ? coalesce(col(LINE_COLUMN).cast("long"), row) : row;
        Dataset<Row> rows = table.select(col(CASE_COLUMN), source.as("source"), line.as("line"));

        List<String> names = new ArrayList<>(rows.select("source").distinct().as(Encoders.STRING()).collectAsList());
        names.sort(Comparator.naturalOrder());
        Map<String, Integer> rank = new HashMap<>();
        names.forEach(n -> rank.put(n, rank.size()));
        JavaRDD<CaseLine> lines = rows.javaRDD().map(r -> {
            String name = r.getString(1);
            long at = r.getLong(2);
            String json = r.isNullAt(0) ? null : r.getString(0);
            return new CaseLine(name, CaseLine.position(rank.get(name), at), at,
                    json == null || json.isBlank() ? null : json.getBytes(StandardCharsets.UTF_8));
        });
        return lines.sortBy(CaseLine::position, true, lines.getNumPartitions());
    }

    /** An input file: its name in reports, its qualified path, its length and rank in input order. */
    private record Source(String name, Path path, long length, int rank) implements java.io.Serializable {
        Source ranked(int r) {
            return new Source(name, path, length, r);
        }
    }

    /** The files the paths name, in input order. */
    private static List<Source> expand(Configuration conf, List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no input named");
        }
        List<Source> files = new ArrayList<>();
        try {
            for (String given : paths) {
                Path path = new Path(given);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("no such input: " + given);
                }
                Arrays.sort(matches, Comparator.comparing(m -> m.getPath().toString()));
                boolean exact = matches.length == 1 && matches[0].isFile()
                        && fs.makeQualified(path).equals(matches[0].getPath());
                for (FileStatus m : matches) {
                    if (m.isFile()) {
                        files.add(new Source(exact ? given : m.getPath().toString(), m.getPath(), m.getLen(), -1));
                        continue;
                    }
                    FileStatus[] inside = fs.listStatus(m.getPath(),
                            p -> !p.getName().startsWith("_") && !p.getName().startsWith("."));
                    Arrays.sort(inside, Comparator.comparing(f -> f.getPath().getName()));
                    for (FileStatus f : inside) {
                        if (f.isFile()) {
                            files.add(new Source(f.getPath().toString(), f.getPath(), f.getLen(), -1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + paths, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files in " + paths);
        }
        return files;
    }
}
