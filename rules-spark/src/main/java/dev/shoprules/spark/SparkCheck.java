package dev.shoprules.spark;

import dev.shoprules.core.ShopRules;
import dev.shoprules.core.json.CaseInput;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;

/**
 * {@code check} on Spark: every case decided by the {@link ShopRules} of its executor JVM (built once per JVM and
 * parameter set), giving exactly the verdicts the local {@code check} gives for the same lines.
 *
 * <pre>{@code
 * JavaRDD<CaseLine> lines = CaseFiles.jsonLines(spark, List.of("hdfs:///cases/2026-11/*.jsonl"));
 * JavaRDD<SparkCheck.Checked> checked = SparkCheck.check(lines, Map.of("tmall.late-shipment.cap", "300"));
 * }</pre>
 */
public final class SparkCheck {
    private SparkCheck() {}

    /** The outcome of one input entry: its verdict, or why it is not a case; exactly one is non-null. */
    public record Checked(long position, VerdictLine verdict, BadCase bad) implements Serializable {}

    /**
     * One result per non-blank line, in the order of the lines. Lazy: nothing runs until an action.
     *
     * @param overrides parameter overrides, as {@code check --set}
     * @throws dev.shoprules.core.params.ParameterException at once, on the driver, for an unknown key or ill-typed
     *     value
     */
    public static JavaRDD<Checked> check(JavaRDD<CaseLine> lines, Map<String, ?> overrides) {
        Map<String, Object> parameters = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        Engines.rules(parameters);
        return lines.mapPartitions(in -> {
            ShopRules engine = Engines.rules(parameters);
            return present(in, line -> check(line, engine));
        }, true);
    }

    /**
     * The bad entries of the input only, found as {@link #check} finds them but deciding nothing: for a caller that
     * reports the input's errors beside a what-if.
     */
    public static JavaRDD<BadCase> validate(JavaRDD<CaseLine> lines) {
        return lines.mapPartitions(in -> {
            ShopRules engine = Engines.rules(Map.of());
            return present(in, line -> line.parse(engine) instanceof CaseInput.Invalid bad
                    ? BadCase.of(line.position(), bad) : null);
        }, true);
    }

    public static JavaRDD<VerdictLine> verdicts(JavaRDD<Checked> checked) {
        return checked.filter(c -> c.verdict() != null).map(Checked::verdict);
    }

    public static JavaRDD<BadCase> badCases(JavaRDD<Checked> checked) {
        return checked.filter(c -> c.bad() != null).map(Checked::bad);
    }

    private static Checked check(CaseLine line, ShopRules engine) {
        CaseInput in = line.parse(engine);
        if (in == null) {
            return null;
        }
        if (in instanceof CaseInput.Invalid bad) {
            return new Checked(line.position(), null, BadCase.of(line.position(), bad));
        }
        return new Checked(line.position(), VerdictLine.of(line, engine.evaluate(((CaseInput.Valid) in).facts())),
                null);
    }

    /** The non-null results of {@code f} over {@code in}, lazily: a partition is never held in memory. */
    static <T, R> Iterator<R> present(Iterator<T> in, Function<T, R> f) {
        return new Iterator<>() {
            private R next;

            @Override
            public boolean hasNext() {
                while (next == null && in.hasNext()) {
                    next = f.apply(in.next());
                }
                return next != null;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                R r = next;
                next = null;
                return r;
            }
        };
    }
}
