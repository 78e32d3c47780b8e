package dev.shoprules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Usage errors of the job are found before Spark starts, and say what is wrong. */
class ShopRulesSparkJobTest {
    private static final Supplier<SparkSession> NO_SPARK = () -> {
        throw new AssertionError("Spark was started for a usage error");
    };

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ShopRulesSparkJob.run(args, NO_SPARK, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void anUnknownParameterIsAUsageErrorNamingTheKey() {
        for (String command : new String[] {"check", "whatif"}) {
            Run r = run(command, "--cases", "cases.jsonl", "--out", "out", "--set", "tmall.late-shipment.capp=300");
            assertThat(r.status()).isEqualTo(ShopRulesSparkJob.USAGE);
            assertThat(r.err()).contains("tmall.late-shipment.capp");
        }
    }

    @Test
    void aBadShiftOrPartitionCountIsAUsageError() {
        Run shift = run("whatif", "--cases", "cases.jsonl", "--out", "out", "--shift", "shipments.shipedAt=-12h");
        assertThat(shift.status()).isEqualTo(ShopRulesSparkJob.USAGE);
        assertThat(shift.err()).contains("shipments.shipedAt", "shipments.shippedAt");

        Run partitions = run("whatif", "--cases", "cases.jsonl", "--out", "out", "--partitions", "0");
        assertThat(partitions.status()).isEqualTo(ShopRulesSparkJob.USAGE);
        assertThat(partitions.err()).contains("--partitions");
    }

    @Test
    void helpListsTheCommandsAndTheInputFormats() {
        assertThat(run("--help").out()).contains("check", "whatif");
        assertThat(run("check", "--help").out()).contains("--cases", "--out", "parquet");
    }
}
