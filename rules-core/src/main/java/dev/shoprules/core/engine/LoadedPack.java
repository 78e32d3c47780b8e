package dev.shoprules.core.engine;

import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.pack.RulePack;
import dev.shoprules.core.rules.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.internal.definition.rule.InternalRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pack with its KieBase, built once per JVM from the executable model compiled into the pack jar and
 * verified: the KieBase has rules, every DRL rule names a declared rule id ({@code @ruleId}), and every
 * declared rule has DRL behind it.
 */
final class LoadedPack {
    private static final Logger LOG = LoggerFactory.getLogger(LoadedPack.class);
    private static final Map<ClassLoader, KieContainer> CONTAINERS = new ConcurrentHashMap<>();

    final RulePack pack;
    final KieBase kieBase;
    /**
     * Sessions the KieBase does not keep a reference to: a rule book holds its idle sessions itself, and a book
     * that is dropped (an analyst's one-off parameter set) takes its sessions with it to the garbage collector.
     */
    private final KieSessionConfiguration unreferenced;
    /** The names of the KieBase's DRL rules, sorted. */
    final Set<String> drlRules;

    private LoadedPack(RulePack pack, KieBase kieBase, Set<String> drlRules) {
        this.pack = pack;
        this.kieBase = kieBase;
        this.drlRules = drlRules;
        this.unreferenced = KieServices.Factory.get().newKieSessionConfiguration();
        unreferenced.setOption(KeepReferenceOption.NO);
    }

    KieSession newSession() {
        return kieBase.newKieSession(unreferenced, null);
    }

    static LoadedPack load(RulePack pack) {
        long started = System.nanoTime();
        ClassLoader loader = pack.getClass().getClassLoader();
        KieBase kieBase;
        try {
            List<Model> models = executableModel(pack, loader);
            if (!models.isEmpty()) {
                kieBase = KieBaseBuilder.createKieBaseFromModel(models);
            } else {
                // No model index (a pack built without the executable model): the KieContainer reads kmodule.xml.
                KieContainer container = CONTAINERS.computeIfAbsent(loader,
                        l -> KieServices.Factory.get().getKieClasspathContainer(l));
                kieBase = container.getKieBase(pack.kieBaseName());
            }
        } catch (RuntimeException | ReflectiveOperationException | IOException e) {
            throw new PackLoadException("rule pack " + pack.platform().code() + ": cannot build KieBase \""
                    + pack.kieBaseName() + "\" (is drools-xml-support on the classpath, and the pack jar not shaded?): "
                    + e.getMessage(), e);
        }
        Set<String> drlRules = verify(pack, kieBase);
        LOG.debug("loaded rule pack {} ({} rules) in {} ms", pack.packVersion(), pack.rules().size(),
                (System.nanoTime() - started) / 1_000_000);
        return new LoadedPack(pack, kieBase, drlRules);
    }

    /** The pack's executable-model classes, instantiated; empty if the pack has no model index. */
    private static List<Model> executableModel(RulePack pack, ClassLoader loader)
            throws IOException, ReflectiveOperationException {
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(pack.modelIndex())) {
            if (in == null) {
                return models;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                // The index starts with a "Drools-Model-Version:" header; the other lines name model classes.
                if (!name.isEmpty() && !name.contains(":")) {
                    models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
                }
            }
        }
        return models;
    }

    /**
     * Fails unless every DRL rule has an {@code @ruleId} with a rule file and names its {@link Phase}, and every rule
     * file has DRL; returns the DRL rules' names.
     */
    private static Set<String> verify(RulePack pack, KieBase kieBase) {
        String name = "rule pack " + pack.packVersion() + " (KieBase " + pack.kieBaseName() + ")";
        Set<String> fired = new TreeSet<>();
        Set<String> drlRules = new TreeSet<>();
        int count = 0;
        for (KiePackage p : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                count++;
                Object id = r.getMetaData().get("ruleId");
                if (id == null) {
                    throw new PackLoadException(name + ": DRL rule \"" + r.getName() + "\" has no @ruleId");
                }
                fired.add(id.toString().replace("\"", ""));
                InternalRule rule = (InternalRule) r;
                if (Phase.ofAgendaGroup(rule.getAgendaGroup()).isEmpty() || rule.getSalienceValue() != 0
                        || rule.isSalienceDynamic()) {
                    throw new PackLoadException(name + ": DRL rule \"" + r.getName() + "\" must name its phase, "
                            + "agenda-group " + Phase.inOrder().stream().map(Phase::agendaGroup).toList()
                            + ", and order rules by no salience (it has agenda-group \"" + rule.getAgendaGroup()
                            + "\", salience " + rule.getSalienceValue() + ")");
                }
                drlRules.add(r.getName());
            }
        }
        if (count == 0) {
            throw new PackLoadException(name + " has 0 rules: its kmodule.xml was not read "
                    + "(merged into another jar, or drools-xml-support missing)");
        }
        Set<String> declared = pack.rules().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> undeclared = new TreeSet<>(fired);
        undeclared.removeAll(declared);
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(fired);
        if (!undeclared.isEmpty() || !missing.isEmpty()) {
            throw new PackLoadException(name + ": DRL and rule files disagree; rule ids without a rule file: "
                    + undeclared + ", rule files without DRL: " + missing);
        }
        return java.util.Collections.unmodifiableSet(drlRules);
    }

    List<Rule> rules() {
        return pack.rules();
    }
}
