package dev.shoprules.spark;

import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.verdict.Verdict;
import java.io.Serializable;
import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The verdict of one case: the line {@code check} prints for it ({@link #json}, compact JSON, masked), where the
 * case came from, and the figures an analyst filters on. As Parquet it is one row of {@link #SCHEMA}.
 */
public record VerdictLine(String source, long line, String caseId, String platform, int violations,
                          int generalPoints, int seriousPoints, BigDecimal compensationOwed,
                          BigDecimal compensationAtRisk, String json) implements Serializable {

    /**
     * The Parquet schema of verdicts: {@code source} (input file), {@code line} (1-based line or row there),
     * {@code caseId}, {@code platform} (code), {@code violations} (count), {@code generalPoints},
     * {@code seriousPoints}, {@code compensationOwed} and {@code compensationAtRisk} (yuan, decimal(20,2)) and
     * {@code verdict} (the verdict JSON, exactly as {@code check} prints it).
     */
    public static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("caseId", DataTypes.StringType, false)
            .add("platform", DataTypes.StringType, false)
            .add("violations", DataTypes.IntegerType, false)
            .add("generalPoints", DataTypes.IntegerType, false)
            .add("seriousPoints", DataTypes.IntegerType, false)
            .add("compensationOwed", DataTypes.createDecimalType(20, 2), false)
            .add("compensationAtRisk", DataTypes.createDecimalType(20, 2), false)
            .add("verdict", DataTypes.StringType, false);

    static VerdictLine of(CaseLine from, Verdict v) {
        return new VerdictLine(from.source(), from.line(), v.caseId(), v.platform().code(), v.violations().size(),
                v.totals().generalPoints(), v.totals().seriousPoints(), v.totals().compensationOwed(),
                v.totals().compensationAtRisk(), CaseJson.compact(v));
    }

    Row row() {
        return RowFactory.create(source, line, caseId, platform, violations, generalPoints, seriousPoints,
                compensationOwed, compensationAtRisk, json);
    }
}
