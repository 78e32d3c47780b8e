package dev.shoprules.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.pack.FigureType;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.rules.RuleVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks every figure a pack's DRL reads by name ({@code $v.money("cap")}, {@code $v.hours("pickupHours")}…)
 * against the rule file of the rule whose version {@code $v} is ({@code $v : RuleVersion(ruleId == "…")}): the figure
 * must be declared there with that type, or the rule would fail on its first case instead of at build time.
 * Figures named through a variable or inside a Java helper are not seen here; the golden cases run those.
 */
public final class DrlFigures {
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\".*?^end\\b");
    private static final Pattern VERSION = Pattern.compile("(\\$\\w+)\\s*:\\s*RuleVersion\\(\\s*ruleId\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern READ =
            Pattern.compile("(\\$\\w+)\\.(money|rate|integer|hours|days|seconds)\\(\\s*\"([^\"]+)\"\\s*\\)");

    private DrlFigures() {}

    public static void assertDeclared(Platform platform) throws IOException {
        RuleBook book = RuleBook.load(platform);
        Map<String, Map<String, FigureType>> declared = new HashMap<>();
        for (Rule r : book.rules()) {
            Map<String, FigureType> figures = new HashMap<>();
            for (RuleVersion v : r.versions()) {
                v.figures().forEach((name, f) -> figures.put(name, f.type()));
            }
            declared.put(r.id(), figures);
        }
        List<String> problems = new ArrayList<>();
        int reads = 0;
        for (Path drl : drlFiles(book)) {
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                Map<String, String> versionOf = new HashMap<>();
                Matcher v = VERSION.matcher(rule.group());
                while (v.find()) {
                    versionOf.put(v.group(1), v.group(2));
                }
                Matcher read = READ.matcher(rule.group());
                while (read.find()) {
                    reads++;
                    String where = drl.getFileName() + " rule \"" + rule.group(1) + "\": " + read.group();
                    String ruleId = versionOf.get(read.group(1));
                    FigureType type = FigureType.valueOf(read.group(2).toUpperCase(Locale.ROOT));
                    if (ruleId == null) {
                        problems.add(where + " reads " + read.group(1) + ", which is bound to no RuleVersion(ruleId == …)");
                    } else if (!declared.containsKey(ruleId)) {
                        problems.add(where + " reads a version of " + ruleId + ", which has no rule file");
                    } else if (declared.get(ruleId).get(read.group(3)) != type) {
                        FigureType actual = declared.get(ruleId).get(read.group(3));
                        problems.add(where + ": " + ruleId + " declares " + read.group(3)
                                + (actual == null ? " nowhere" : " as " + actual + ", not " + type));
                    }
                }
            }
        }
        if (reads == 0) {
            fail("no figure reads found in the DRL of " + platform.code() + ": is the pattern still right?");
        }
        if (!problems.isEmpty()) {
            fail("figures the DRL of " + platform.code() + " reads but its rule files do not declare so:\n"
                    + String.join("\n", problems));
        }
    }

    /** Every DRL file of the pack's rule directory (found beside its first rule's own DRL), stamped shared ones too. */
    private static List<Path> drlFiles(RuleBook book) throws IOException {
        URL any = book.rules().stream().map(r -> book.ruleResource(r, ".drl")).flatMap(java.util.Optional::stream)
                .filter(u -> "file".equals(u.getProtocol())).findFirst()
                .orElseThrow(() -> new AssertionError("no DRL file of " + book.platform().code() + " on the file system"));
        try (Stream<Path> files = Files.list(Path.of(any.toURI()).getParent())) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
