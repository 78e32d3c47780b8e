package dev.shoprules.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Splits a {@code .json} document into its cases without binding them: a JSON array of cases, several objects one
 * after another, or one case. Only the tokens are scanned here (to find where each case starts and ends); each case
 * is then read by {@link CaseJson#parse} on its own text, so a case reads exactly as it would alone in a file.
 */
final class Documents {
    private Documents() {}

    /** A case's text in the document, or the syntax error that ended the document at index {@code index}. */
    private record Part(int index, long line, String text, String syntaxError) {}

    static Stream<CaseInput> split(String text, String source) {
        List<Part> parts = new ArrayList<>();
        boolean array;
        try (JsonParser p = CaseJson.tokens(text)) {
            array = scan(p, text, parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: not reached
        }
        boolean oneCase = parts.size() == 1 && parts.get(0).syntaxError() == null;
        boolean noCase = parts.stream().allMatch(part -> part.syntaxError() != null);
        if (!array && (oneCase || noCase)) {
            // One case, or not even one readable value: the whole text is read as one case, as a .json file always
            // was (so its errors read as they always did).
            return Stream.of(CaseJson.parse(text, source, 1));
        }
        return parts.stream().map(part -> part.syntaxError() != null
                ? new CaseInput.Invalid(source, part.line(), null,
                        List.of(new Problem(indexed(part.index(), "$"), part.syntaxError()
                                + (array ? "; the rest of the array cannot be read" : "; the rest of the file cannot be read"))))
                : indexed(part.index(), CaseJson.parse(part.text(), source, part.line())));
    }

    /** Collects the parts; returns whether the document is an array. */
    private static boolean scan(JsonParser p, String text, List<Part> parts) throws IOException {
        int index = 0;
        boolean array = false;
        long line = 1;
        try {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                array = true;
                t = p.nextToken();
            }
            while (t != null && !(array && t == JsonToken.END_ARRAY)) {
                line = p.currentTokenLocation().getLineNr();
                int from = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                int to = (int) p.currentLocation().getCharOffset();
                parts.add(new Part(index++, line, text.substring(from, to), null));
                t = p.nextToken();
            }
            if (array && p.nextToken() != null) {
                parts.add(new Part(index, p.currentTokenLocation().getLineNr(), null,
                        "not valid JSON: content after the array of cases"));
            }
        } catch (JsonProcessingException e) {
            long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            String message = String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")
                    ? "not valid JSON: the file ends inside " + (array ? "the array" : "a case")
                    : CaseJson.syntaxProblem(e);
            parts.add(new Part(index, at, null, message));
        }
        return array;
    }

    /** The case read from the document's {@code index}-th part, its error paths starting with {@code [index]}. */
    private static CaseInput indexed(int index, CaseInput in) {
        if (!(in instanceof CaseInput.Invalid bad)) {
            return in;
        }
        return new CaseInput.Invalid(bad.source(), bad.line(), bad.caseId(),
                bad.problems().stream().map(pr -> new Problem(indexed(index, pr.path()), pr.message())).toList());
    }

    private static String indexed(int index, String path) {
        String prefix = "[" + index + "]";
        return "$".equals(path) ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    }
}
