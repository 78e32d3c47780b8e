package dev.shoprules.bench;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.generate.CaseGenerator;
import java.util.List;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Cases the benchmarks run on, read with the same strict codec as the CLI. */
public final class BenchCases {
    private BenchCases() {}

    /** A typical Tmall case: 1 order, 1 shipment, 2 promises, 1 invoice, a 10-message chat, a late shipment. */
    public static CaseFacts typicalTmall() {
        return resource("typical-tmall-case.json");
    }

    /** {@code count} synthetic cases of one platform, the same for a seed (the {@code generate} command's cases). */
    public static List<CaseFacts> generated(Platform platform, int count, long seed) {
        return new CaseGenerator(platform, seed).cases(count).toList();
    }

    static CaseFacts resource(String name) {
        try (InputStream in = BenchCases.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the classpath");
            }
            CaseInput input = CaseJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, 1);
            if (input instanceof CaseInput.Invalid bad) {
                throw new IllegalStateException(bad.describe());
            }
            return ((CaseInput.Valid) input).facts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
