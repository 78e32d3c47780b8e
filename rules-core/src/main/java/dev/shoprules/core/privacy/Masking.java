package dev.shoprules.core.privacy;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * How personal data appears in any output: phones {@code 138****5678}, names {@code 张*}, addresses cut after
 * the city. The patterns have no nested quantifiers, so matching is linear in the text length.
 */
@API(status = INTERNAL, since = "0.1")
public final class Masking {
    /** A mainland mobile number not embedded in a longer digit run. */
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");
    private static final Pattern CITY_END = Pattern.compile("^.{0,12}?(市|自治州|地区|盟)");
    private static final Pattern PROVINCE_END = Pattern.compile("^.{0,8}?(省|自治区|特别行政区)");

    private Masking() {}

    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        String digits = digits(phone);
        if (digits.length() < 7) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /** The ASCII digits of a phone number, in order ({@code 138-0000 1234} → {@code 13800001234}); null for null. */
    public static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** Keeps the address up to its city (浙江省杭州市…), else up to its province, else its first 6 characters. */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        Matcher city = CITY_END.matcher(address);
        if (city.find()) {
            return address.substring(0, city.end()) + "…";
        }
        Matcher province = PROVINCE_END.matcher(address);
        if (province.find()) {
            return address.substring(0, province.end()) + "…";
        }
        return address.substring(0, Math.min(6, address.length())) + "…";
    }

    /** Masks every mobile number in free text. */
    public static String mobilesIn(String text) {
        if (text == null || !hasElevenDigitRun(text)) {
            return text;
        }
        return MOBILE.matcher(text).replaceAll("$1****$3");
    }

    /** A linear pre-scan: most strings hold no 11-digit run, and then the regex need not run at all. */
    private static boolean hasElevenDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                if (++run == 11) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }
}
