package cn.duban.progress;

import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The benchmark database, for benchmarks of other packages: the province dataset and the bulletin plan. */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static DataSource open() throws IOException {
        DataSource ds = ProvinceDataset.open();
        ProvinceDataset.ensure(JdbcClient.create(ds));
        return ds;
    }

    public static long bulletinPeriod(JdbcClient jdbc) {
        return ProvinceDataset.bulletinPlan(jdbc);
    }
}
