package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.whatif.SideTally.ShopKey;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * One pass of a {@link WhatIf} over a case file on worker threads (one per core by default). {@link #submit} hands
 * each case to the workers and blocks while they are busy, so memory stays flat for any number of cases. A shop's
 * cases are decided in input order on one worker per side (its ledger runs through them), so the report is the
 * same for any number of threads.
 *
 * <p>Not thread-safe: one thread submits, in input order. Closing without {@link #finish()} stops the workers and
 * discards the results.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WhatIfRun implements AutoCloseable {
    /** Cases queued per worker; bounds memory together with the pending half-compared cases. */
    static final int QUEUE_CAPACITY = 256;

    private record Task(long seq, long line, CaseFacts facts, boolean baseline) {}

    private static final Task END = new Task(-1, -1, null, true);

    private final WhatIf whatIf;
    private final Worker[] workers;
    private final Thread[] running;
    private final Map<Long, CaseOutcome> pending = new ConcurrentHashMap<>();
    private final ChangedCases changed;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private long submitted;
    private long invalid;
    private boolean finished;

    WhatIfRun(WhatIf whatIf) {
        this.whatIf = whatIf;
        this.changed = new ChangedCases(whatIf.shown());
        int threads = whatIf.threads();
        workers = new Worker[threads];
        running = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker();
            running[i] = new Thread(workers[i], "shoprules-whatif-" + i);
            running[i].setDaemon(true);
            running[i].start();
        }
    }

    /**
     * Queues one case for both sides; blocks while the workers are busy.
     *
     * @throws IllegalArgumentException if no pack for the case's platform is loaded (the case is not counted)
     */
    public void submit(long line, CaseFacts c) {
        Objects.requireNonNull(c, "case");
        if (finished) {
            throw new IllegalStateException("this run is finished");
        }
        whatIf.checkDecidable(c.platform());
        ShopKey shop = ShopKey.of(c);
        long seq = submitted++;
        // A shop's cases stay in input order on one worker per side (its ledger runs through them); the two
        // sides of a shop go to different workers, so even a one-shop file keeps two cores busy.
        int h = shop.platform().ordinal() * 31 + shop.shopId().hashCode();
        put(workers[Math.floorMod(h, workers.length)].queue, new Task(seq, line, c, true));
        put(workers[Math.floorMod(h + 1, workers.length)].queue, new Task(seq, line, c, false));
    }

    /** Counts an input entry that was not a valid case (reported by the caller); it shows in the report. */
    public void countInvalid() {
        invalid++;
    }

    /** Cases submitted so far. */
    public long submitted() {
        return submitted;
    }

    /**
     * Waits for the workers and assembles the report.
     *
     * @throws WhatIfException if deciding a case failed (e.g. a rule looped)
     */
    public WhatIfReport finish() {
        if (finished) {
            throw new IllegalStateException("this run is finished");
        }
        stop();
        Throwable failed = failure.get();
        if (failed != null) {
            throw new WhatIfException("what-if failed: " + failed.getMessage(), failed);
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(pending.size() + " cases were decided under one side only");
        }
        SideTally base = new SideTally();
        SideTally scen = new SideTally();
        for (Worker w : workers) {
            base.merge(w.baseline.tally());
            scen.merge(w.scenario.tally());
        }
        return whatIf.reports().assemble(base, scen, submitted, invalid, changed);
    }

    @Override
    public void close() {
        if (!finished) {
            failure.compareAndSet(null, new IllegalStateException("run closed before finish"));
            stop();
        }
    }

    private void stop() {
        finished = true;
        for (Worker w : workers) {
            put(w.queue, END);
        }
        for (Thread t : running) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WhatIfException("interrupted while waiting for the workers", e);
            }
        }
    }

    private void put(BlockingQueue<Task> queue, Task task) {
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WhatIfException("interrupted while queueing cases", e);
        }
    }

    /** Both sides of case {@code seq} are decided: compare them. Called by workers. */
    private void arrive(long seq, long line, Platform platform, CaseOutcome outcome) {
        CaseOutcome other = pending.remove(seq);
        if (other == null) {
            other = pending.putIfAbsent(seq, outcome);
            if (other == null) {
                return;
            }
            pending.remove(seq);
        }
        CaseOutcome b = outcome.baseline() ? outcome : other;
        CaseOutcome s = outcome.baseline() ? other : outcome;
        changed.compare(seq, line, platform, b, s);
    }

    /** One worker thread: decides the baseline and scenario tasks of the shops hashed to it, in queue order. */
    private final class Worker implements Runnable {
        final BlockingQueue<Task> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
        final Side baseline = whatIf.baselineSide(new SideTally());
        final Side scenario = whatIf.scenarioSide(new SideTally());

        @Override
        public void run() {
            try {
                for (Task t = queue.take(); t != END; t = queue.take()) {
                    if (failure.get() != null) {
                        continue;
                    }
                    try {
                        arrive(t.seq(), t.line(), t.facts().platform(),
                                (t.baseline() ? baseline : scenario).decide(t.facts()));
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, new WhatIfException("case " + t.facts().caseId()
                                + " (line " + t.line() + "): " + e.getMessage(), e));
                    }
                }
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
                Thread.currentThread().interrupt();
            }
        }
    }
}
