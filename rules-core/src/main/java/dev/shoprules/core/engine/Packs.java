package dev.shoprules.core.engine;

import dev.shoprules.core.Platform;
import dev.shoprules.core.pack.RulePack;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** The rule packs on the classpath, found once with {@link ServiceLoader} and loaded lazily, one per platform. */
final class Packs {
    private static volatile Map<Platform, RulePack> found;
    private static final Map<Platform, LoadedPack> LOADED = Collections.synchronizedMap(new EnumMap<>(Platform.class));

    private Packs() {}

    static Map<Platform, RulePack> found() {
        Map<Platform, RulePack> result = found;
        if (result == null) {
            synchronized (Packs.class) {
                result = found;
                if (result == null) {
                    result = discover();
                    found = result;
                }
            }
        }
        return result;
    }

    private static Map<Platform, RulePack> discover() {
        Map<Platform, RulePack> packs = new EnumMap<>(Platform.class);
        ClassLoader loader = Packs.class.getClassLoader();
        try {
            for (RulePack pack : ServiceLoader.load(RulePack.class, loader)) {
                RulePack other = packs.putIfAbsent(pack.platform(), pack);
                if (other != null) {
                    throw new PackLoadException("two rule packs for " + pack.platform().code() + " on the classpath: "
                            + other.packVersion() + " and " + pack.packVersion());
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new PackLoadException("a rule pack on the classpath cannot be instantiated: " + e.getMessage(), e);
        }
        return Collections.unmodifiableMap(packs);
    }

    static LoadedPack get(Platform platform) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(platform, p -> {
                RulePack pack = found().get(p);
                if (pack == null) {
                    throw new PackLoadException("no rule pack for " + p.code() + " on the classpath: add the "
                            + "dev.shoprules:rules-" + p.code() + " dependency (found: " + found().keySet() + ")");
                }
                return LoadedPack.load(pack);
            });
        }
    }
}
