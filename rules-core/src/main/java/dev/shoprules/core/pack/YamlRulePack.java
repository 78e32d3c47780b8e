package dev.shoprules.core.pack;

import dev.shoprules.core.Platform;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pack whose rules are described by YAML files next to their DRL: {@code <directory>/<slug>.yaml} holds a
 * rule's id, citation, figures and effective-dated versions (see {@link RuleFiles}).
 */
public abstract class YamlRulePack implements RulePack {
    private final Platform platform;
    private final String packVersion;
    private final String kieBaseName;
    private final String directory;
    private final List<Rule> rules;

    protected YamlRulePack(Platform platform, String packVersion, String kieBaseName, String directory,
                           String... slugs) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.packVersion = Objects.requireNonNull(packVersion, "packVersion");
        this.kieBaseName = Objects.requireNonNull(kieBaseName, "kieBaseName");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.rules = RuleFiles.load(platform, getClass().getClassLoader(), directory, List.of(slugs));
    }

    @Override public Platform platform() { return platform; }
    @Override public String packVersion() { return packVersion; }
    @Override public String kieBaseName() { return kieBaseName; }
    @Override public List<Rule> rules() { return rules; }

    /** {@code <directory>/<slug><suffix>} from the pack's own jar, beside the rule's DRL and YAML. */
    @Override
    public Optional<URL> ruleResource(String slug, String suffix) {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(suffix, "suffix");
        return Optional.ofNullable(getClass().getClassLoader().getResource(directory + "/" + slug + suffix));
    }
}
