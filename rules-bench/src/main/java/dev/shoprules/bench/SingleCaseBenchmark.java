package dev.shoprules.bench;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.verdict.Verdict;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One typical Tmall case, one thread: the engine (all Tmall rules, audit trail, masking, sorting) against the
 * hand-written baseline in the same run. SampleTime mode gives the p99 the issue asks for. The warm-up is long on
 * purpose: the JIT compiles Drools' network code for 30–40 s on 2 cores before a case reaches its steady cost, and
 * a shop system that calls the engine on every order runs warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class SingleCaseBenchmark {
    private RuleBook tmall;
    private CaseFacts typical;

    @Setup
    public void setUp() {
        tmall = RuleBook.load(Platform.TMALL);
        typical = BenchCases.typicalTmall();
    }

    @Benchmark
    public Verdict engine() {
        return tmall.evaluate(typical);
    }

    @Benchmark
    public List<HandWrittenTmall.Decision> baseline() {
        return HandWrittenTmall.decide(typical);
    }
}
