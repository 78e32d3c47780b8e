/**
 * The JSON codec of the contract: {@link dev.shoprules.core.json.CaseReader} streams a file (one JSON case or JSON
 * Lines) as {@link dev.shoprules.core.json.CaseInput}s, valid or invalid with each {@link
 * dev.shoprules.core.json.Problem} naming its JSON path, so one bad case never stops the others. Reading is strict
 * and bounded; writing ({@link dev.shoprules.core.json.CaseJson}) is deterministic and handed out as immutable
 * Jackson writers only.
 */
package dev.shoprules.core.json;
