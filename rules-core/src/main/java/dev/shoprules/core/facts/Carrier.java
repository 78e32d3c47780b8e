package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/** Carrier codes of the case file. {@link #POSTAL} is 平邮 (ordinary post), which has longer timers. */
@API(status = STABLE, since = "0.1")
public enum Carrier {
    SF("顺丰"), ZTO("中通"), YTO("圆通"), STO("申通"), YUNDA("韵达"), EMS("EMS"), JD("京东"),
    DEPPON("德邦"), JT("极兔"), POSTAL("平邮"), OTHER("其他");

    private final String chineseName;

    Carrier(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The carrier named by a code, or null if the text is no carrier code. */
    public static Carrier byCode(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notACode) {
            return null;
        }
    }
}
