package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come back in input order, failures surface as in a sequential run, and memory stays bounded. */
class OrderedBatchesTest {
    private static final int ITEMS = 5_000;

    private static Iterator<Integer> items(int count) {
        return IntStream.range(0, count).iterator();
    }

    /** Work whose duration varies by item, so later batches often finish before earlier ones. */
    private static String slowly(int i) {
        LockSupport.parkNanos((i * 7919L % 13) * 1_000);
        return "r" + i;
    }

    @Test
    void resultsArriveInInputOrderOnEveryThreadCount() {
        List<String> expected = IntStream.range(0, ITEMS).mapToObj(i -> "r" + i).toList();
        for (int threads : new int[] {1, 2, 3, 8}) {
            List<String> got = new ArrayList<>();
            OrderedBatches.run(items(ITEMS), i -> 1, OrderedBatchesTest::slowly, threads, got::add);
            assertThat(got).as("threads %d", threads).isEqualTo(expected);
        }
    }

    @Test
    void workRunsOnDaemonThreadsOnlyWhenThereIsMoreThanOne() {
        Set<Boolean> daemon = ConcurrentHashMap.newKeySet();
        Set<String> names = ConcurrentHashMap.newKeySet();
        OrderedBatches.run(items(2_000), i -> 1, i -> {
            daemon.add(Thread.currentThread().isDaemon());
            names.add(Thread.currentThread().getName());
            return i;
        }, 2, r -> {});
        assertThat(daemon).containsExactly(true);
        assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("shoprules-check-"));

        String caller = Thread.currentThread().getName();
        OrderedBatches.run(items(10), i -> 1, i -> {
            assertThat(Thread.currentThread().getName()).isEqualTo(caller);
            return i;
        }, 1, r -> {});
    }

    @Test
    void aFailingItemStopsTheRunAfterTheResultsBeforeItAsASequentialRunWould() {
        Function<Integer, String> failAt3000 = i -> {
            if (i == 3_000) {
                throw new IllegalStateException("boom at " + i);
            }
            return slowly(i);
        };
        for (int threads : new int[] {1, 2, 4}) {
            List<String> got = new ArrayList<>();
            assertThatThrownBy(() -> OrderedBatches.run(items(ITEMS), i -> 1, failAt3000, threads, got::add))
                    .isInstanceOf(IllegalStateException.class).hasMessage("boom at 3000");
            assertThat(got).as("threads %d", threads).hasSize(3_000).endsWith("r2999");
        }
    }

    @Test
    void anErrorInWorkIsRethrownNotSwallowed() {
        assertThatThrownBy(() -> OrderedBatches.run(items(ITEMS), i -> 1, i -> {
            if (i == 700) {
                throw new StackOverflowError("deep");
            }
            return i;
        }, 2, r -> {})).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    }

    @Test
    void aReadFailureComesAfterTheResultsOfEverythingReadBeforeIt() {
        Iterator<Integer> failsAt1234 = new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                if (next == 1_234) {
                    throw new UncheckedIOException(new IOException("disk gone"));
                }
                return true;
            }

            @Override
            public Integer next() {
                return next++;
            }
        };
        List<String> got = new ArrayList<>();
        assertThatThrownBy(() -> OrderedBatches.run(failsAt1234, i -> 1, OrderedBatchesTest::slowly, 2, got::add))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
        assertThat(got).hasSize(1_234).endsWith("r1233");
    }

    @Test
    void atMostTwoBatchesPerThreadAreReadAheadOfTheOutput() {
        assertThat(mostReadAhead(20_000, 1, 3)).isLessThanOrEqualTo(2 * 3 * OrderedBatches.BATCH_ITEMS);
        // Heavy items close a batch early: one item of the full weight is a batch on its own.
        assertThat(mostReadAhead(200, OrderedBatches.BATCH_WEIGHT, 3)).isLessThanOrEqualTo(2 * 3);
    }

    /** The most items read but not yet handed to the sink at any time during a run. */
    private static int mostReadAhead(int count, long weight, int threads) {
        int[] read = {0};
        int[] written = {0};
        int[] most = {0};
        Iterator<Integer> all = items(count);
        Iterator<Integer> counted = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Integer next() {
                most[0] = Math.max(most[0], ++read[0] - written[0]);
                return all.next();
            }
        };
        OrderedBatches.run(counted, i -> weight, i -> i, threads, r -> written[0]++);
        assertThat(written[0]).isEqualTo(count);
        return most[0];
    }
}
