package dev.shoprules.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Applies a function to a sequence of items on worker threads and hands the results to a sink on the calling
 * thread <em>in input order</em>, in constant memory: the output is exactly that of
 * {@code items.forEachRemaining(i -> sink.accept(work.apply(i)))}.
 *
 * <p>How: the calling thread reads items into batches (a few hundred items, or fewer when they are large),
 * submits each batch to a fixed pool and keeps the futures in a FIFO queue. Once {@code 2 × threads} batches are
 * in flight it waits for the oldest and passes its results to the sink before reading more. Waiting for the
 * oldest is what keeps the order; a batch of hundreds of items makes the hand-off cost per item negligible; and
 * twice as many batches as threads keeps every worker busy while the oldest is being written, yet bounds what
 * is held to {@code 2 × threads} batches whatever the input size.
 *
 * <p>Failures keep the sequential semantics: if {@code work} throws for an item, the results of the items before
 * it are still handed to the sink, then the exception is rethrown on the calling thread; the same holds when
 * reading the items fails. Workers are daemon threads, and the pool is shut down when the run ends either way.
 */
final class OrderedBatches {
    /** Items per batch: enough that queueing and waking a worker costs little next to evaluating the batch. */
    static final int BATCH_ITEMS = 256;
    /** Close a batch early past this weight (e.g. bytes of input) so that huge items do not pile up in memory. */
    static final long BATCH_WEIGHT = 1 << 20;

    private OrderedBatches() {}

    /**
     * Runs {@code work} over every item; with one thread everything runs on the calling thread.
     *
     * @param weight a rough size of an item (e.g. its bytes), to bound a batch's memory
     */
    static <T, R> void run(Iterator<T> items, ToLongFunction<T> weight, Function<T, R> work, int threads,
            Consumer<R> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: at least 1, was " + threads);
        }
        if (threads == 1) {
            items.forEachRemaining(item -> sink.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<Done<R>>> inFlight = new ArrayDeque<>();
        try {
            boolean more = true;
            while (more) {
                List<T> batch = new ArrayList<>(BATCH_ITEMS);
                RuntimeException readFailure = null;
                try {
                    more = fill(batch, items, weight);
                } catch (RuntimeException e) {
                    readFailure = e;
                }
                if (!batch.isEmpty()) {
                    inFlight.add(pool.submit(() -> apply(batch, work)));
                }
                if (readFailure != null) {
                    // The items read before the failure are printed first, as a sequential run would.
                    drain(inFlight, 0, sink);
                    throw readFailure;
                }
                drain(inFlight, more ? 2 * threads - 1 : 0, sink);
            }
        } finally {
            // Normally every task is done here; after a failure this interrupts the rest, whose results are unwanted.
            pool.shutdownNow();
        }
    }

    /** Reads up to a batch of items; false when the items are exhausted. */
    private static <T> boolean fill(List<T> batch, Iterator<T> items, ToLongFunction<T> weight) {
        long total = 0;
        while (batch.size() < BATCH_ITEMS && total < BATCH_WEIGHT) {
            if (!items.hasNext()) {
                return false;
            }
            T item = items.next();
            batch.add(item);
            total += weight.applyAsLong(item);
        }
        return true;
    }

    /** A batch's results in order, and the failure that stopped it early, if any. */
    private record Done<R>(List<R> results, Throwable failure) {}

    /** Runs on a worker: stops at the first failure, keeping the results before it. */
    private static <T, R> Done<R> apply(List<T> batch, Function<T, R> work) {
        List<R> results = new ArrayList<>(batch.size());
        for (T item : batch) {
            try {
                results.add(work.apply(item));
            } catch (RuntimeException | Error e) {
                return new Done<>(results, e);
            }
        }
        return new Done<>(results, null);
    }

    /**
     * Hands the oldest batches to the sink, in order, until at most {@code keep} are in flight; batches already
     * finished at the head go too, so that results (and error lines) do not wait for the queue to fill.
     */
    private static <R> void drain(Deque<Future<Done<R>>> inFlight, int keep, Consumer<R> sink) {
        while (inFlight.size() > keep || !inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
            Done<R> done = await(inFlight.removeFirst());
            done.results().forEach(sink);
            if (done.failure() instanceof RuntimeException e) {
                throw e;
            }
            if (done.failure() instanceof Error e) {
                throw e;
            }
        }
    }

    private static <R> Done<R> await(Future<Done<R>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for evaluation", e);
        } catch (ExecutionException e) {
            // apply() catches what work throws; this is a failure around it (e.g. out of memory building the list).
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "shoprules-check-" + n.incrementAndGet());
            // A worker must never keep the JVM alive, e.g. when the command fails while others are still busy.
            t.setDaemon(true);
            return t;
        };
    }
}
