package dev.shoprules.tmall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One RuleBook (and one KieBase under several parameter sets) shared by many threads decides as one thread does. */
class ConcurrencyTest {
    private static final int CASES = 3000;
    private static final int THREADS = 8;

    static List<CaseFacts> cases() {
        Random r = new Random(42);
        Instant paid = CaseBuilder.at("2026-11-01T10:00+08:00");
        List<CaseFacts> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            CaseBuilder b = CaseBuilder.of(Platform.TMALL).id("c-" + i).asOf(paid.plus(Duration.ofHours(60 + r.nextInt(100))));
            int orders = 1 + r.nextInt(3);
            for (int k = 0; k < orders; k++) {
                String id = "o-" + k;
                b.order(id, BigDecimal.valueOf(r.nextInt(1_000_000), 2), paid, BigDecimal.TEN, null);
                if (r.nextBoolean()) {
                    b.shipped(id, paid.plus(Duration.ofMinutes(r.nextInt(96 * 60))), Carrier.SF);
                }
                if (r.nextInt(3) == 0) {
                    b.complaint(id, "LATE_SHIPMENT", r.nextBoolean());
                }
            }
            cases.add(b.build());
        }
        return cases;
    }

    @Test
    void eightThreadsOnOneRuleBookGiveTheSequentialVerdicts() throws Exception {
        List<CaseFacts> cases = cases();
        RuleBook book = RuleBook.load(Platform.TMALL);
        List<RuleBook> books = List.of(book, book.withParameters(Map.of("tmall.late-shipment.cap", "300")),
                book.withParameters(Map.of("tmall.late-shipment.rate", "0.10")));
        List<List<Verdict>> sequential = new ArrayList<>();
        for (RuleBook b : books) {
            sequential.add(cases.stream().map(b::evaluate).toList());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Verdict>> futures = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                for (RuleBook b : books) {
                    CaseFacts c = cases.get(i);
                    futures.add(pool.submit(() -> b.evaluate(c)));
                }
            }
            for (int i = 0; i < cases.size(); i++) {
                for (int k = 0; k < books.size(); k++) {
                    assertThat(futures.get(i * books.size() + k).get()).isEqualTo(sequential.get(k).get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // The scenarios really differ, so a shared mutable parameter would have shown.
        assertThat(sequential.get(1)).isNotEqualTo(sequential.get(0));
        assertThat(sequential.get(2)).isNotEqualTo(sequential.get(0));
    }
}
