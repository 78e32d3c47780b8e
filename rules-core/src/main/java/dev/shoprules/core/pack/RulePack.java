package dev.shoprules.core.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.Platform;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The service-provider interface of a platform's rule pack, found with {@link java.util.ServiceLoader}
 * (register the implementation in {@code META-INF/services/dev.shoprules.core.pack.RulePack}), the way
 * SLF4J finds its providers. A pack jar is a kjar: its DRL is compiled to Drools' executable model at build
 * time into the KieBase {@link #kieBaseName()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RulePack {

    Platform platform();

    /** The pack's release, named in every verdict ({@code tmall-2026.1}). */
    String packVersion();

    /** The KieBase declared in the pack's {@code META-INF/kmodule.xml}; unique across packs. */
    String kieBaseName();

    /** Every rule the pack's DRL implements, with pack-default figures. */
    List<Rule> rules();

    /**
     * Figures of the pack's assessments: measures that a module above the core makes over a whole file of cases
     * rather than rules that decide one case (the customer-service scorecard's targets and response-time bands,
     * {@code kpi.yaml}, read by {@code rules-kpi}). They sit beside the rules in the same YAML format, are keyed
     * {@code <platform>.<slug>.<name>} and overridden like every parameter, and are listed by
     * {@code shoprules rules}; they have no DRL and never appear in a verdict. The default has none.
     */
    default List<Rule> assessments() {
        return List.of();
    }

    /**
     * A file kept beside a rule's DRL and YAML, named {@code <slug><suffix>} (e.g. the exam templates
     * {@code late-shipment.exam.yaml}), so tools that build on the rules keep their data next to each rule.
     * Empty when the rule has no such file; the default has none.
     */
    default Optional<URL> ruleResource(String slug, String suffix) {
        return Optional.empty();
    }

    /**
     * Where kie-maven-plugin listed the pack's executable-model classes
     * ({@code META-INF/kie/<groupId>/<artifactId>/drools-model}). The engine builds the KieBase from those classes
     * directly, which skips the classpath KieContainer (kmodule.xml parsing and scanning) and halves the cold start.
     */
    default String modelIndex() {
        return "META-INF/kie/dev.shoprules/rules-" + platform().code() + "/drools-model";
    }
}
