package dev.shoprules.core;

import static org.apiguardian.api.API.Status.STABLE;

import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.params.Parameters;
import dev.shoprules.core.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The entry point for callers that see cases of several platforms: one {@link RuleBook} per platform, chosen by
 * each case's {@code platform}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ShopRules rules = ShopRules.builder()
 *         .set("tmall.late-shipment.cap", "300")
 *         .build();
 * Verdict verdict = rules.evaluate(caseFacts);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class ShopRules {
    private final Map<Platform, RuleBook> books;

    private ShopRules(Map<Platform, RuleBook> books) {
        this.books = Collections.unmodifiableMap(books);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every pack on the classpath with its default parameters. */
    public static ShopRules defaults() {
        return builder().build();
    }

    /** Decides a case with the book of its platform. */
    public Verdict evaluate(CaseFacts c) {
        Objects.requireNonNull(c, "case");
        return book(c.platform()).evaluate(c);
    }

    public RuleBook book(Platform platform) {
        RuleBook book = books.get(Objects.requireNonNull(platform, "platform"));
        if (book == null) {
            throw new IllegalArgumentException("no rules for platform " + platform.code() + " (loaded: "
                    + books.keySet().stream().map(Platform::code).toList() + ")");
        }
        return book;
    }

    public Set<Platform> platforms() {
        return books.keySet();
    }

    /** The rules of every loaded platform, in platform order. */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        books.values().forEach(b -> all.addAll(b.rules()));
        return all;
    }

    /** This engine with more overrides applied. */
    public ShopRules withParameters(Map<String, ?> overrides) {
        Map<Platform, Map<String, Object>> split = Parameters.byPlatform(overrides);
        Map<Platform, RuleBook> changed = new EnumMap<>(books);
        split.forEach((p, keys) -> changed.put(p, book(p).withParameters(keys)));
        return new ShopRules(changed);
    }

    public static final class Builder {
        private final Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        private final Map<String, Object> overrides = new LinkedHashMap<>();

        private Builder() {}

        /** Only these platforms (default: every pack on the classpath). */
        public Builder platforms(Platform... wanted) {
            platforms.addAll(List.of(wanted));
            return this;
        }

        /** One override, e.g. {@code set("tmall.late-shipment.cap", "300")}. */
        public Builder set(String key, Object value) {
            overrides.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
            return this;
        }

        public Builder parameters(Map<String, ?> values) {
            values.forEach(this::set);
            return this;
        }

        /** Overrides from a JSON or YAML file; later {@link #set} calls win. */
        public Builder parametersFile(Path file) throws IOException {
            return parameters(Parameters.readFile(file));
        }

        /**
         * Loads the packs and applies the overrides.
         *
         * @throws dev.shoprules.core.params.ParameterException for an unknown key or ill-typed value
         * @throws dev.shoprules.core.engine.PackLoadException if a wanted pack is missing or broken
         */
        public ShopRules build() {
            Set<Platform> wanted = platforms.isEmpty() ? EnumSet.copyOf(nonEmpty(RuleBook.available())) : platforms;
            Map<Platform, RuleBook> books = new EnumMap<>(Platform.class);
            // Packs asked for by name are built and verified now; the default "every pack found" builds each
            // KieBase on its platform's first case, so a file of one platform never pays for the others.
            for (Platform p : wanted) {
                books.put(p, platforms.isEmpty() ? RuleBook.lazy(p) : RuleBook.load(p));
            }
            Parameters.byPlatform(overrides).forEach((p, keys) -> {
                RuleBook book = books.get(p);
                if (book == null) {
                    throw new dev.shoprules.core.params.ParameterException(keys.keySet().iterator().next(),
                            "platform " + p.code() + " is not loaded");
                }
                books.put(p, book.withParameters(keys));
            });
            return new ShopRules(books);
        }

        private static List<Platform> nonEmpty(List<Platform> found) {
            if (found.isEmpty()) {
                throw new dev.shoprules.core.engine.PackLoadException(
                        "no rule pack on the classpath: add dev.shoprules:rules-tmall, rules-taobao or rules-pdd");
            }
            return found;
        }
    }
}
