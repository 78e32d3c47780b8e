package dev.shoprules.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the JSON Lines line of a verdict, as {@code check} does on its workers: databind's writer against
 * {@link CaseJson#compactUtf8} (VerdictWriter on jackson-core's generator), on the same verdicts of generated cases
 * of every platform. The score is per verdict, sampled per pass over all of them; with {@code -prof gc},
 * {@code gc.alloc.rate.norm} is the bytes allocated per verdict. On a shared machine whose load changes from one
 * minute to the next, the means of the two, measured one after the other, say little (their ratio went from 0.6 to
 * 1.5 in five runs at a load of 6 to 8 on 2 cores); compare {@code p0.00}, the passes the load disturbed least. The
 * warm-up iterations are long: evaluating the cases in the set-up leaves the JIT compiling Drools' code for a while.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(VerdictWritingBenchmark.VERDICTS)
public class VerdictWritingBenchmark {
    static final int VERDICTS = 3000;

    private List<Verdict> verdicts;
    private ObjectWriter databind;

    @Setup
    public void setUp() {
        verdicts = new ArrayList<>(VERDICTS);
        verdicts.addAll(verdictsOf(Platform.TMALL, 2000));
        verdicts.addAll(verdictsOf(Platform.TAOBAO, 500));
        verdicts.addAll(verdictsOf(Platform.PDD, 500));
        databind = CaseJson.writer();
    }

    private static List<Verdict> verdictsOf(Platform platform, int count) {
        RuleBook book = RuleBook.load(platform);
        return BenchCases.generated(platform, count, 2026).stream().map(book::evaluate).toList();
    }

    @Benchmark
    public long databind() throws JsonProcessingException {
        long bytes = 0;
        for (Verdict v : verdicts) {
            bytes += databind.writeValueAsBytes(v).length;
        }
        return bytes;
    }

    @Benchmark
    public long streaming() {
        long bytes = 0;
        for (Verdict v : verdicts) {
            bytes += CaseJson.compactUtf8(v).length;
        }
        return bytes;
    }
}
