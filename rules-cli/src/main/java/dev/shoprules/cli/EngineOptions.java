package dev.shoprules.cli;

import dev.shoprules.core.ShopRules;
import dev.shoprules.core.params.Parameters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Parameter options shared by every command that evaluates cases. */
final class EngineOptions {
    @Option(names = "--params", paramLabel = "FILE",
            description = "JSON or YAML file of parameter overrides (flat keys or nested objects).")
    Path paramsFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one parameter, e.g. tmall.late-shipment.cap=300 (repeatable; wins over --params).")
    List<String> assignments = new ArrayList<>();

    ShopRules engine() throws IOException {
        return ShopRules.builder().parameters(overrides()).build();
    }

    /** The overrides in the order they apply: the --params file, then each --set. */
    Map<String, Object> overrides() throws IOException {
        return Parameters.overrides(paramsFile, assignments);
    }
}
