package dev.shoprules.core.privacy;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Receiver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks the personal data of one case wherever it appears in output text: the receivers' names, phones and
 * addresses known from the case, and any mobile number. Built once per case; applied to every string of a
 * verdict, so a rule cannot leak a buyer's data by quoting it in a reason or evidence.
 */
public final class Masker {
    private final Map<String, String> known;

    private Masker(Map<String, String> known) {
        this.known = known;
    }

    public static Masker forCase(CaseFacts c) {
        Map<String, String> known = new LinkedHashMap<>();
        for (Order o : c.orders()) {
            Receiver r = o.receiver();
            if (r == null) {
                continue;
            }
            put(known, r.address(), Masking.address(r.address()));
            put(known, r.phone(), Masking.phone(r.phone()));
            put(known, r.name(), Masking.name(r.name()));
        }
        // Longest first, so an address is replaced whole before a name inside it.
        List<Map.Entry<String, String>> entries = new ArrayList<>(known.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        Map<String, String> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new Masker(ordered);
    }

    private static void put(Map<String, String> known, String value, String masked) {
        // Single characters would mask too much ordinary text; such values are masked as part of longer ones.
        if (value != null && value.codePointCount(0, value.length()) >= 2) {
            known.put(value, masked);
        }
    }

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, String> e : known.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return Masking.mobilesIn(out);
    }

    /** Masks an evidence value: strings and the strings inside lists and maps; other values pass through. */
    public Object maskValue(Object value) {
        if (value instanceof String s) {
            return mask(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::maskValue).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, maskValue(v)));
            return out;
        }
        return value;
    }
}
