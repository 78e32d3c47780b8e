package dev.shoprules.spark;

import dev.shoprules.core.Platform;
import dev.shoprules.core.ShopRules;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.whatif.WhatIf;
import dev.shoprules.whatif.WhatIfPart;
import dev.shoprules.whatif.WhatIfReport;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * {@code whatif} on Spark, with the core what-if machinery: the report equals the local {@code whatif} report for
 * the same input and scenario.
 *
 * <p>The local what-if carries each shop's points through its cases in input order, per natural year. So the
 * cases are shuffled by shop: every case of a shop goes to one partition, sorted there by shop and input position,
 * and each partition is decided by one {@link WhatIfPart} on its executor. The parts come back to the driver,
 * merge, and make the report there. Bad entries travel with the cases (without their bytes) and are counted in the
 * partition they land in. One shop's cases are decided on one core, so a shop holding most of the input bounds
 * the speed-up.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.of(Map.of("tmall.late-shipment.cap", "300"),
 *         List.of(FactShift.parse("shipments.shippedAt=-12h")), Scenario.CHANGED_SHOWN);
 * WhatIfReport report = SparkWhatIf.run(CaseFiles.jsonLines(spark, List.of("cases.jsonl")), scenario, 200);
 * }</pre>
 */
public final class SparkWhatIf {
    private SparkWhatIf() {}

    /**
     * Runs the what-if over the lines and returns the report (an action: it runs a Spark job).
     *
     * @param partitions how many partitions the shops are spread over (at most one per shop does work)
     * @throws dev.shoprules.core.params.ParameterException at once, on the driver, for a bad parameter
     */
    public static WhatIfReport run(JavaRDD<CaseLine> lines, Scenario scenario, int partitions) {
        WhatIf onDriver = scenario.whatIf();
        WhatIfPart all = lines
                .mapPartitionsToPair(in -> {
                    ShopRules engine = Engines.rules(Map.of());
                    return SparkCheck.present(in, line -> keyed(line, engine));
                })
                .repartitionAndSortWithinPartitions(new ShopPartitioner(partitions))
                .mapPartitions(in -> List.of(decide(in, Engines.whatIf(scenario).part())).iterator())
                .reduce(WhatIfPart::merge);
        return onDriver.report(all);
    }

    /**
     * Three partitions per core: shops differ in size, and more partitions than cores let the scheduler even
     * the load out.
     */
    public static int defaultPartitions(SparkSession spark) {
        return 3 * spark.sparkContext().defaultParallelism();
    }

    /** The line keyed by its shop and position; a bad entry keyed by its position alone, without its bytes. */
    private static Tuple2<ShopPosition, CaseLine> keyed(CaseLine line, ShopRules engine) {
        CaseInput in = line.parse(engine);
        if (in == null) {
            return null;
        }
        if (in instanceof CaseInput.Valid ok) {
            CaseFacts c = ok.facts();
            return new Tuple2<>(new ShopPosition(c.platform(), c.shop() == null ? "" : c.shop().id(),
                    line.position()), line);
        }
        return new Tuple2<>(new ShopPosition(null, null, line.position()), null);
    }

    /** Decides a partition's cases (sorted by shop, then position) in one part. */
    private static WhatIfPart decide(Iterator<Tuple2<ShopPosition, CaseLine>> in, WhatIfPart part) {
        while (in.hasNext()) {
            Tuple2<ShopPosition, CaseLine> next = in.next();
            if (next._1().platform() == null) {
                part.countInvalid(1);
                continue;
            }
            CaseLine line = next._2();
            // Parsed before the shuffle already; parsing again is cheaper than shipping the facts.
            CaseInput.Valid ok = (CaseInput.Valid) line.parse();
            part.submit(line.position(), line.line(), ok.facts());
        }
        return part;
    }

    /** The shuffle key: a shop ({@code null} platform for a bad entry) and an input position. */
    record ShopPosition(Platform platform, String shopId, long position)
            implements Serializable, Comparable<ShopPosition> {
        private static final Comparator<ShopPosition> ORDER = Comparator
                .comparing(ShopPosition::platform, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ShopPosition::shopId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(ShopPosition::position);

        @Override
        public int compareTo(ShopPosition o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * Sends every case of a shop to one partition. Hashes the platform's ordinal and the shop id's characters,
     * never an identity hash: the map side runs in many JVMs, and they must agree.
     */
    static final class ShopPartitioner extends Partitioner {
        private final int partitions;

        ShopPartitioner(int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions: at least 1, was " + partitions);
            }
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            ShopPosition k = (ShopPosition) key;
            int hash = k.platform() == null ? Long.hashCode(k.position())
                    : k.platform().ordinal() * 31 + k.shopId().hashCode();
            return Math.floorMod(hash, partitions);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ShopPartitioner p && p.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }
}
