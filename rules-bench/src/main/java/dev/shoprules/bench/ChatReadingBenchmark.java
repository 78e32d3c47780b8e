package dev.shoprules.bench;

import dev.shoprules.core.Platform;
import dev.shoprules.core.chat.ChatScanner;
import dev.shoprules.core.chat.MessageReading;
import dev.shoprules.core.chat.ScanContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Agent text through every chat detector and the promise reader, on one thread. One operation reads one
 * message of exactly 1 MB of UTF-8, so the throughput score in ops/s is the rate in MB/s per core.
 * {@code lines=agent} is realistic customer-service text with a violation now and then (target ≥ 30 MB/s);
 * {@code lines=dense} is text where nearly every line holds a violation, a promise or a number to check
 * (target ≥ 20 MB/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChatReadingBenchmark {
    private static final int ONE_MB = 1_000_000;
    private static final List<String> AGENT = List.of(
            "亲，在的，有什么可以帮您的吗？", "这款连衣裙是最近到的新款，面料100%纯棉，尺码偏小，建议拍大一码。",
            "您的订单已经发货了，中通快递，运单号 75123456789012，预计三天到。", "亲，天猫不支持微信支付哦，请直接拍下付款。",
            "感谢您的好评，欢迎下次光临～", "身高165体重120斤可以穿M码，您可以参考详情页的尺码表。",
            "有问题请拨打店铺热线400-123-4567，我们9点到23点都在。", "最后一件了，喜欢的话尽快拍哦。",
            "亲，退款已经原路退回您的支付宝了，请注意查收。", "给您发顺丰，今天下午就给您发出，全国包邮。",
            "加我薇信 abc_12345，给您便宜点。", "好评返现5元，截图发客服哦。");
    private static final List<String> DENSE = List.of(
            "加我微信abc12345", "微信转账给我", "打我电话 139-8765-4321", "全网最低价", "好评返现", "爱买不买",
            "给您发顺丰", "24小时内发货", "送您一个小风扇", "不能给您私人微信", "邮箱 abc@qq.com", "看 weidian.com/x");

    @Param({"agent", "dense"})
    public String lines;

    private String message;
    private ScanContext context;

    @Setup
    public void setUp() {
        List<String> source = lines.equals("dense") ? DENSE : AGENT;
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; ; i++) {
            String line = source.get(i % source.size()) + "\n";
            int size = line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > ONE_MB) {
                break;
            }
            b.append(line);
            bytes += size;
        }
        b.append("x".repeat(ONE_MB - bytes));
        message = b.toString();
        context = ScanContext.of(Platform.TMALL, Set.of("4001234567", "75123456789012"));
    }

    /** One operation = 1 MB of agent text through every detector and the promise reader. */
    @Benchmark
    public MessageReading oneMegabyte() {
        return ChatScanner.standard().read(message, context);
    }
}
