package dev.shoprules.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** A marketplace whose merchant rules a pack implements. Written in JSON as its lower-case code. */
@API(status = STABLE, since = "0.1")
public enum Platform {
    TAOBAO("taobao", "淘宝"),
    TMALL("tmall", "天猫"),
    PDD("pdd", "拼多多");

    private final String code;
    private final String chineseName;

    Platform(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /** The code used in case files, parameter keys and pack names: {@code tmall}, {@code taobao}, {@code pdd}. */
    @JsonValue
    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Parses a platform code, case-insensitively; fails naming the accepted codes. */
    @JsonCreator
    public static Platform of(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (Platform p : values()) {
                if (p.code.equals(wanted)) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("unknown platform \"" + code + "\" (one of "
                + Arrays.stream(values()).map(Platform::code).collect(Collectors.joining(", ")) + ")");
    }
}
