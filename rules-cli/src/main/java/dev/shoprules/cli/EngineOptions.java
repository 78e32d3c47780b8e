package dev.shoprules.cli;

import dev.shoprules.core.ShopRules;
import dev.shoprules.core.params.ParameterException;
import dev.shoprules.core.params.Parameters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
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
        if (paramsFile != null) {
            CliError.readable(paramsFile, "a parameter file (.json or .yaml)");
        }
        return Parameters.overrides(paramsFile, assignments);
    }

    /**
     * A bad key or value the {@code --params} file set (and no {@code --set} replaced), named with the file and
     * line: {@code p.yaml:3: tmall.late-shipment.kap: unknown parameter}. Other errors are returned as they are.
     */
    static ParameterException locate(CommandLine command, ParameterException e) {
        Object mixin = command.getCommandSpec().mixins().containsKey("engineOptions")
                ? command.getCommandSpec().mixins().get("engineOptions").userObject() : null;
        if (!(mixin instanceof EngineOptions o) || o.paramsFile == null || e.key() == null
                || o.assignments.stream().anyMatch(a -> a.startsWith(e.key() + "=") || a.startsWith(e.key() + " "))) {
            return e;
        }
        String where = Parameters.whereSet(o.paramsFile, e.key());
        return where == null ? e : e.at(where);
    }
}
