package dev.shoprules.spark;

import dev.shoprules.core.ShopRules;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseReader;
import dev.shoprules.core.json.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * One entry of the input as read, not yet parsed: the file it came from, its 1-based line (or row) there, its
 * position in the whole input, and its bytes as stored (UTF-8, decoded strictly only when parsed). Lines travel
 * as bytes because that is how both readers find them and how a shuffle carries them most compactly.
 *
 * <p>The position orders the input: sources in the order {@link CaseFiles} gives them, then lines; it is
 * {@code rank << 40 | line}, so a source may hold up to 2<sup>40</sup> lines.
 *
 * @param bytes the line without its newline, or {@code null} for a Parquet row whose case column is null
 */
public record CaseLine(String source, long position, long line, byte[] bytes) implements Serializable {
    private static final int LINE_BITS = 40;
    private static final long MAX_LINE = (1L << LINE_BITS) - 1;
    private static final int MAX_RANK = (1 << (63 - LINE_BITS)) - 1;

    /** The position of line {@code line} of the source at {@code rank} in input order. */
    public static long position(int rank, long line) {
        if (rank < 0 || rank > MAX_RANK) {
            throw new IllegalArgumentException("at most " + (MAX_RANK + 1) + " sources, was source #" + rank);
        }
        if (line < 1 || line > MAX_LINE) {
            throw new IllegalArgumentException("line " + line + " out of range 1.." + MAX_LINE);
        }
        return (long) rank << LINE_BITS | line;
    }

    /**
     * The case, parsed exactly as the local reader parses a line of a JSON Lines file ({@link CaseReader#line}),
     * or why it is not one; {@code null} for a blank line, which holds no case.
     */
    public CaseInput parse() {
        if (bytes == null) {
            return new CaseInput.Invalid(source, line, null,
                    List.of(new Problem("$", "no case: the column \"" + CaseFiles.CASE_COLUMN + "\" is null or blank")));
        }
        return CaseReader.line(bytes, bytes.length, source, line);
    }

    /**
     * As {@link #parse()}, and a case of a platform {@code engine} has no pack for is invalid too, reported as
     * {@code check} reports it (path {@code platform}).
     */
    CaseInput parse(ShopRules engine) {
        CaseInput in = parse();
        if (in instanceof CaseInput.Valid ok) {
            try {
                engine.book(ok.facts().platform());
            } catch (IllegalArgumentException noPack) {
                return new CaseInput.Invalid(ok.source(), ok.line(), ok.facts().caseId(),
                        List.of(new Problem("platform", noPack.getMessage())));
            }
        }
        return in;
    }
}
