package dev.shoprules.spark;

import dev.shoprules.whatif.FactShift;
import dev.shoprules.whatif.WhatIf;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A what-if scenario as it travels to the executors: parameter overrides (as given: {@code --set} strings or
 * numbers from a parameter file, so the report shows them as the local {@code whatif} does), fact shifts as their
 * specs, and how many changed cases the report lists. Each executor JVM builds its {@link WhatIf} from it once.
 */
public record Scenario(Map<String, Object> parameters, List<String> shifts, int changedShown) implements Serializable {
    /** How many changed cases a report lists unless told otherwise, as {@code whatif --changed}. */
    public static final int CHANGED_SHOWN = 20;

    public Scenario {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
        shifts = List.copyOf(shifts);
        parameters.forEach((k, v) -> {
            if (!(v instanceof Serializable)) {
                throw new IllegalArgumentException(k + ": a value of " + v.getClass().getName() + " cannot travel");
            }
        });
    }

    public static Scenario of(Map<String, ?> parameters, List<FactShift> shifts, int changedShown) {
        return new Scenario(new LinkedHashMap<>(parameters), shifts.stream().map(FactShift::toString).toList(),
                changedShown);
    }

    /**
     * The what-if machinery of this scenario over the packs on the classpath.
     *
     * @throws dev.shoprules.core.params.ParameterException for an unknown key or ill-typed value
     * @throws IllegalArgumentException for a bad shift or a field shifted twice
     */
    public WhatIf whatIf() {
        return WhatIf.builder()
                .parameters(parameters)
                .shifts(shifts.stream().map(FactShift::parse).toList())
                .changedCasesShown(changedShown)
                .build();
    }
}
