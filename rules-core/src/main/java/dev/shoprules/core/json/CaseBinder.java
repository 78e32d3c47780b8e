package dev.shoprules.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The case reader's fast path: binds the tokens of a case straight to the fact records' canonical constructors,
 * with no databind machinery in between. It reads only what the strict reader ({@link CaseJson}'s databind
 * mapper) would accept as it stands and gives up ({@code null}) at the first thing that is not plainly so: an
 * unknown or repeated field, a token of another type than the field's, a value the strict deserializers or a
 * record's constructor reject, malformed JSON, a safety limit, trailing data. The strict reader then reads the
 * text again and names the problem, so every error message and JSON path is the strict reader's own.
 * <p>
 * Why it exists: in a profile of {@code check} over 200 000 generated cases reading the case was 16 % of the
 * workers' time, most of it databind's creator-property buffering, name lookups and duplicate detection by hash
 * set. Here the field expected next is matched against the input directly, any other found by comparing interned
 * names (Jackson interns field names, and so does the class file), a repeated field by one bit per component, and
 * the values by the same {@link StrictDeserializers} instances.
 * {@code CaseBinderTest} holds both readers to equal facts on every input either accepts.
 */
final class CaseBinder {
    private static final RecordBinder CASE = RecordBinder.of(CaseFacts.class, new HashMap<>());

    private CaseBinder() {}

    /** The case {@code json} holds, or {@code null} when only the strict reader can tell what to make of it. */
    static CaseFacts read(String json) {
        try (JsonParser p = CaseJson.tokens(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object facts = CASE.read(p);
            return p.nextToken() == null ? (CaseFacts) facts : null;
        } catch (IOException | NotPlain e) {
            return null;
        }
    }

    /** Thrown, without a stack trace, where the fast path gives the text to the strict reader. */
    private static final class NotPlain extends RuntimeException {
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not plain: left to the strict reader", null, false, false);
        }
    }

    /** Reads one value at the parser's current token. */
    @FunctionalInterface
    private interface ValueReader {
        Object read(JsonParser p) throws IOException;
    }

    private static ValueReader readerFor(Type type, Map<Class<?>, RecordBinder> records) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            ValueReader element = readerFor(list.getActualTypeArguments()[0], records);
            return p -> readList(p, element);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return p -> expect(p, JsonToken.VALUE_STRING).getText();
        }
        if (c == Instant.class) {
            return strict(new StrictDeserializers.InstantWithOffset());
        }
        if (c == BigDecimal.class) {
            return strict(new StrictDeserializers.MoneyDeserializer());
        }
        if (c == int.class || c == Integer.class) {
            return p -> {
                if (expect(p, JsonToken.VALUE_NUMBER_INT).getNumberType() != JsonParser.NumberType.INT) {
                    throw NotPlain.INSTANCE;
                }
                return p.getIntValue();
            };
        }
        if (c == boolean.class || c == Boolean.class) {
            return p -> switch (p.currentToken()) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> throw NotPlain.INSTANCE;
            };
        }
        if (c == Platform.class) {
            // Platform binds through its @JsonCreator, which reads codes leniently (trimmed, any case).
            return p -> {
                try {
                    return Platform.of(expect(p, JsonToken.VALUE_STRING).getText());
                } catch (IllegalArgumentException unknown) {
                    throw NotPlain.INSTANCE;
                }
            };
        }
        if (c.isEnum()) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : c.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return p -> {
                Object constant = byName.get(expect(p, JsonToken.VALUE_STRING).getText());
                if (constant == null) {
                    throw NotPlain.INSTANCE;
                }
                return constant;
            };
        }
        if (c.isRecord()) {
            RecordBinder binder = RecordBinder.of(c, records);
            return p -> binder.read(expect(p, JsonToken.START_OBJECT));
        }
        throw new IllegalStateException("the case reader's fast path cannot bind " + c.getName()
                + "; teach CaseBinder this type (CaseBinderTest lists what the facts use)");
    }

    /** The strict reader's own deserializer; it reads no context, and anything it rejects goes to the strict reader. */
    private static ValueReader strict(JsonDeserializer<?> deserializer) {
        return p -> deserializer.deserialize(p, null);
    }

    private static JsonParser expect(JsonParser p, JsonToken token) {
        if (p.currentToken() != token) {
            throw NotPlain.INSTANCE;
        }
        return p;
    }

    private static List<Object> readList(JsonParser p, ValueReader element) throws IOException {
        expect(p, JsonToken.START_ARRAY);
        List<Object> values = new ArrayList<>();
        // A null element is an error the record's constructor reports with its index; the strict reader tells it.
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw NotPlain.INSTANCE;
            }
            values.add(element.read(p));
        }
        return values;
    }

    /** How the fields of one record type are read: one {@link ValueReader} per component, in declaration order. */
    private static final class RecordBinder {
        private final String[] names;
        /** The names as the parser compares them with its input, without looking them up (see {@link #read}). */
        private final SerializableString[] quoted;
        private final ValueReader[] readers;
        /** What an absent field or a JSON null binds to: {@code null}, or {@code 0} / {@code false} for primitives. */
        private final Object[] absent;
        /** Components that must be present (a JSON null is allowed), one bit each. */
        private long required;
        private final Constructor<?> canonical;

        private RecordBinder(Class<?> type, Map<Class<?>, RecordBinder> records) {
            records.put(type, this);
            RecordComponent[] components = type.getRecordComponents();
            if (components.length > Long.SIZE) {
                throw new IllegalStateException(type.getName() + " has more fields than one bit mask holds");
            }
            names = new String[components.length];
            quoted = new SerializableString[components.length];
            readers = new ValueReader[components.length];
            absent = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                // A record component's annotations are always on its private field, which is never declared by hand
                // (an accessor may be, and then has only its own); databind reads them there too.
                JsonProperty property = field(type, component).getAnnotation(JsonProperty.class);
                names[i] = (property != null && !property.value().isEmpty() ? property.value() : component.getName())
                        .intern();
                quoted[i] = new SerializedString(names[i]);
                if (property != null && property.required()) {
                    required |= 1L << i;
                }
                types[i] = component.getType();
                absent[i] = types[i] == int.class ? Integer.valueOf(0) : types[i] == boolean.class ? Boolean.FALSE : null;
            }
            try {
                canonical = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
            }
            for (int i = 0; i < components.length; i++) {
                readers[i] = readerFor(components[i].getGenericType(), records);
            }
        }

        static RecordBinder of(Class<?> type, Map<Class<?>, RecordBinder> records) {
            RecordBinder known = records.get(type);
            return known != null ? known : new RecordBinder(type, records);
        }

        private static Field field(Class<?> type, RecordComponent component) {
            try {
                return type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(type.getName() + " is a record without the field of its component "
                        + component.getName(), e);
            }
        }

        /** Reads the object whose START_OBJECT is the current token, up to and including its END_OBJECT. */
        Object read(JsonParser p) throws IOException {
            Object[] args = absent.clone();
            long seen = 0;
            // Cases are written with a record's fields in declaration order (as CaseJson writes them, and the
            // generator and the import do): the name expected next is compared with the input as it stands, and
            // only another name is looked up in the parser's symbol table, which was 5 % of check's worker samples.
            int next = 0;
            while (true) {
                int i;
                if (next < quoted.length && p.nextFieldName(quoted[next])) {
                    i = next;
                } else {
                    if (next >= quoted.length) {
                        p.nextToken();
                    }
                    if (p.currentToken() != JsonToken.FIELD_NAME) {
                        break;
                    }
                    i = indexOf(p.currentName());
                }
                next = i + 1;
                long bit = 1L << i;
                if ((seen & bit) != 0) {
                    throw NotPlain.INSTANCE;
                }
                seen |= bit;
                if (p.nextToken() != JsonToken.VALUE_NULL) {
                    args[i] = readers[i].read(p);
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || (seen & required) != required) {
                throw NotPlain.INSTANCE;
            }
            try {
                return canonical.newInstance(args);
            } catch (InvocationTargetException rejected) {
                throw NotPlain.INSTANCE;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + canonical.getDeclaringClass().getName(), e);
            }
        }

        private int indexOf(String name) {
            // A name out of order: Jackson interns field names and so does the class file, so identity is the common
            // case, equals the rule.
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) {
                    return i;
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            throw NotPlain.INSTANCE;
        }
    }
}
