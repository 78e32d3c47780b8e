/**
 * What-if analysis over a case file, above the core: every case decided under the pack defaults and under a
 * scenario (parameter overrides, {@link dev.shoprules.whatif.FactShift}ed instants) by the same engine, points
 * carried per shop and natural year, and a {@link dev.shoprules.whatif.WhatIfReport} of what changed.
 * {@link dev.shoprules.whatif.WhatIf} is the entry point; {@link dev.shoprules.whatif.WhatIfRun} streams cases over
 * worker threads, {@link dev.shoprules.whatif.WhatIfPart}s let a caller (Spark) distribute them; both give the same
 * report.
 */
package dev.shoprules.whatif;
