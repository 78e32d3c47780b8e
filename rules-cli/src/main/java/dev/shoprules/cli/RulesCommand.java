package dev.shoprules.cli;

import dev.shoprules.core.Platform;
import dev.shoprules.core.ShopRules;
import dev.shoprules.core.Times;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.pack.Figure;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.rules.RuleVersion;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shoprules rules}: every rule with its version windows, severity, points, figures, confidence and source. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules: id, version window, severity, points, figures (parameter keys), confidence, citation.")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--platform", description = "Only this platform: tmall, taobao or pdd.", converter = PlatformConverter.class)
    Platform platform;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ShopRules engine = engineOptions.engine();
        PrintWriter out = spec.commandLine().getOut();
        // Each platform's rules, then its assessments (figures of measures over a file, such as kpi).
        List<Rule> rules = new ArrayList<>();
        Set<Rule> assessments = new HashSet<>();
        for (Platform p : platform == null ? engine.platforms() : Set.of(platform)) {
            rules.addAll(engine.book(p).rules());
            rules.addAll(engine.book(p).assessments());
            assessments.addAll(engine.book(p).assessments());
        }
        if (format == Format.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            rules.forEach(r -> rows.add(json(r, assessments.contains(r))));
            out.println(CaseJson.pretty(rows));
            return 0;
        }
        for (Rule r : rules) {
            out.printf("%s  %s %s — %s%s%n", r.id(), r.platform().code(), r.slug(), r.title(),
                    assessments.contains(r) ? "  (assessed over a case file: shoprules " + r.slug() + ")" : "");
            out.printf("    %s%n", r.citation());
            for (RuleVersion v : r.versions()) {
                out.printf("    version %s  [%s, %s)  %s  %d points  confidence %s%n", v.version(),
                        v.from() == null ? "−∞" : Times.show(v.from()), v.until() == null ? "∞" : Times.show(v.until()),
                        v.severity(), v.points(), v.confidence());
                for (Figure f : v.figures().values()) {
                    out.printf("      %-40s %-10s %s%s  — %s%n", f.key(), show(f.value()), f.confidence(),
                            f.overridden() ? " (overridden; pack default " + show(f.packDefault()) + ")" : "",
                            f.citation());
                }
            }
        }
        return 0;
    }

    private static String show(Object value) {
        return value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
    }

    private static Map<String, Object> json(Rule r, boolean assessment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", r.id());
        m.put("scope", assessment ? "file" : "case");
        m.put("platform", r.platform());
        m.put("slug", r.slug());
        m.put("title", r.title());
        m.put("summary", r.summary());
        m.put("severity", r.severity());
        m.put("citation", r.citation());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (RuleVersion v : r.versions()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("version", v.version());
            vm.put("from", v.from());
            vm.put("until", v.until());
            vm.put("severity", v.severity());
            vm.put("points", v.points());
            vm.put("confidence", v.confidence());
            List<Map<String, Object>> figures = new ArrayList<>();
            for (Figure f : v.figures().values()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("key", f.key());
                fm.put("type", f.type());
                fm.put("value", f.value());
                fm.put("confidence", f.confidence());
                fm.put("citation", f.citation());
                fm.put("description", f.description());
                fm.put("overridden", f.overridden());
                figures.add(fm);
            }
            vm.put("figures", figures);
            versions.add(vm);
        }
        m.put("versions", versions);
        return m;
    }
}
