package dev.shoprules.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.shoprules.core.Times;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The two value types a case file is strict about: instants with an offset, and money. */
final class StrictDeserializers {
    /** No real shop's order comes near a trillion yuan; larger numbers are typos or attacks. */
    static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");

    private StrictDeserializers() {}

    static final class InstantWithOffset extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonMappingException.from(p, "not an ISO-8601 instant with offset (expected a string)");
            }
            String text = p.getText().trim();
            try {
                return Times.parse(text);
            } catch (DateTimeParseException e) {
                throw JsonMappingException.from(p, "not an ISO-8601 instant with offset: \"" + abbreviate(text) + "\"");
            }
        }
    }

    /** Money: a JSON string or number of yuan, never via double; not negative; at most 2 decimals. */
    static final class MoneyDeserializer extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value;
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                value = p.getDecimalValue();
            } else if (t == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                try {
                    value = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw JsonMappingException.from(p, "not an amount of money: \"" + abbreviate(text) + "\"");
                }
            } else {
                throw JsonMappingException.from(p, "not an amount of money (expected a string or number)");
            }
            if (value.signum() < 0) {
                throw JsonMappingException.from(p, "money must not be negative: " + value.toPlainString());
            }
            if (value.stripTrailingZeros().scale() > 2) {
                throw JsonMappingException.from(p, "money has more than 2 decimals: " + value.toPlainString());
            }
            if (value.compareTo(MONEY_LIMIT) >= 0) {
                throw JsonMappingException.from(p, "money beyond sane magnitude: " + abbreviate(value.toPlainString()));
            }
            return value.setScale(2);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
