package dev.shoprules.bench;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput over 100 000 generated Tmall cases held in memory (no JSON), split over 1 or 2 threads; the score is
 * cases per second. The engine and the hand-written baseline run in the same JVM on the same cases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@OperationsPerInvocation(BatchThroughputBenchmark.CASES)
public class BatchThroughputBenchmark {
    static final int CASES = 100_000;

    @Param({"1", "2"})
    public int threads;

    private RuleBook tmall;
    private List<CaseFacts> cases;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() {
        tmall = RuleBook.load(Platform.TMALL);
        cases = BenchCases.generated(Platform.TMALL, CASES, 2026);
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public void engine(Blackhole bh) throws Exception {
        split(c -> bh.consume(tmall.evaluate(c)));
    }

    @Benchmark
    public void baseline(Blackhole bh) throws Exception {
        split(c -> bh.consume(HandWrittenTmall.decide(c)));
    }

    private void split(java.util.function.Consumer<CaseFacts> work) throws Exception {
        int slice = (cases.size() + threads - 1) / threads;
        List<Future<?>> parts = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            List<CaseFacts> part = cases.subList(t * slice, Math.min(cases.size(), (t + 1) * slice));
            parts.add(pool.submit(() -> part.forEach(work)));
        }
        for (Future<?> f : parts) {
            f.get();
        }
    }
}
