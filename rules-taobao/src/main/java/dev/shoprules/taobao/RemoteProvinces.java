package dev.shoprules.taobao;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The remote provinces of Taobao's logistics-timeout rule (新疆, 西藏, 内蒙古, 甘肃, 青海, 宁夏), kept as data in
 * {@code dev/shoprules/taobao/data/remote-provinces.yaml} beside its citation.
 */
public final class RemoteProvinces {
    private static final String RESOURCE = "dev/shoprules/taobao/data/remote-provinces.yaml";
    private static final List<String> PROVINCES = load();

    record File(String citation, List<String> provinces) {}

    private RemoteProvinces() {}

    /** Whether a province name or an address ({@code 新疆维吾尔自治区…}) lies in a remote province. */
    public static boolean contains(String provinceOrAddress) {
        if (provinceOrAddress == null) {
            return false;
        }
        String text = provinceOrAddress.strip();
        return PROVINCES.stream().anyMatch(text::startsWith);
    }

    public static List<String> all() {
        return PROVINCES;
    }

    private static List<String> load() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = RemoteProvinces.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " not found on the classpath");
            }
            File file = yaml.readValue(in, File.class);
            if (file.provinces() == null || file.provinces().isEmpty() || file.citation() == null) {
                throw new IllegalStateException(RESOURCE + ": provinces and citation are required");
            }
            return List.copyOf(file.provinces());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
