package dev.shoprules.core.privacy;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Receiver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Masks the personal data of one case wherever it appears in output text: the receivers' names, phones and
 * addresses known from the case, and any mobile number. Built once per case; applied to every string of a
 * verdict, so a rule cannot leak a buyer's data by quoting it in a reason or evidence.
 */
@API(status = INTERNAL, since = "0.1")
public final class Masker {
    /** What a value is, so it is masked the right way when it turns up. */
    private enum Kind { ADDRESS, PHONE, NAME }

    private record Known(String value, Kind kind) {
        String masked() {
            return switch (kind) {
                case ADDRESS -> Masking.address(value);
                case PHONE -> Masking.phone(value);
                case NAME -> Masking.name(value);
            };
        }
    }

    /** Longest first, so an address is replaced whole before a name inside it. */
    private final List<Known> known;

    private Masker(List<Known> known) {
        this.known = known;
    }

    public static Masker forCase(CaseFacts c) {
        // Most verdict strings hold no personal data: values are masked only when found, not for every case.
        Map<String, Known> known = new LinkedHashMap<>();
        for (Order o : c.orders()) {
            Receiver r = o.receiver();
            if (r == null) {
                continue;
            }
            put(known, r.address(), Kind.ADDRESS);
            put(known, r.phone(), Kind.PHONE);
            put(known, r.name(), Kind.NAME);
        }
        List<Known> ordered = new ArrayList<>(known.values());
        ordered.sort(Comparator.comparingInt((Known k) -> k.value().length()).reversed());
        return new Masker(ordered);
    }

    private static void put(Map<String, Known> known, String value, Kind kind) {
        // Single characters would mask too much ordinary text; such values are masked as part of longer ones.
        // A value known twice keeps its last kind, as a map from value to mask did.
        if (value != null && value.codePointCount(0, value.length()) >= 2) {
            known.put(value, new Known(value, kind));
        }
    }

    /** The text with personal data masked; the same instance when there is none. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Known k : known) {
            if (out.contains(k.value())) {
                out = out.replace(k.value(), k.masked());
            }
        }
        return Masking.mobilesIn(out);
    }

    /**
     * Masks an evidence value: strings and the strings inside lists and maps; other values pass through. The same
     * instance comes back when nothing in it was masked.
     */
    public Object maskValue(Object value) {
        if (value instanceof String s) {
            return mask(s);
        }
        if (value instanceof List<?> list) {
            // Copied only from the first element masking changed: nearly all evidence holds no personal data.
            List<Object> out = null;
            for (int i = 0; i < list.size(); i++) {
                Object v = list.get(i);
                Object m = maskValue(v);
                if (out == null && m != v) {
                    out = new ArrayList<>(list.subList(0, i));
                }
                if (out != null) {
                    out.add(m);
                }
            }
            return out == null ? list : Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> map) {
            return maskMap(map);
        }
        return value;
    }

    /** {@link #maskValue} of every value of the map, keys kept in order; the same map when nothing was masked. */
    public <K> Map<K, Object> maskMap(Map<K, ?> map) {
        // As for lists: copied only from the first value masking changed.
        Map<K, Object> out = null;
        int seen = 0;
        for (Map.Entry<K, ?> e : map.entrySet()) {
            Object m = maskValue(e.getValue());
            if (out == null && m != e.getValue()) {
                out = new LinkedHashMap<>();
                Iterator<? extends Map.Entry<K, ?>> before = map.entrySet().iterator();
                for (int i = 0; i < seen; i++) {
                    Map.Entry<K, ?> b = before.next();
                    out.put(b.getKey(), b.getValue());
                }
            }
            if (out != null) {
                out.put(e.getKey(), m);
            }
            seen++;
        }
        @SuppressWarnings("unchecked")
        Map<K, Object> same = (Map<K, Object>) map;
        return out == null ? same : Collections.unmodifiableMap(out);
    }
}
