package cn.duban.system;

import javax.sql.DataSource;
import org.postgresql.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The PostgreSQL that holds the ledger and the two roles Duban uses on it: the <em>owner</em>,
 * who owns the schema and runs the migrations, and the <em>application</em> role, a plain login
 * that may read and write business rows and only append to the audit trail. An application
 * role cannot switch a trigger off, replay rows as a replica or run a program through COPY, so a
 * flaw in the application cannot rewrite the audit. On a server without a separate owner
 * (DUBAN_DB_OWNER_USER unset) both are the one configured user.
 */
public record DatabaseServer(String url, String ownerUser, String ownerPassword, String appUser, String appPassword,
        AutoCloseable embedded) implements AutoCloseable {

    public boolean separateOwner() {
        return !ownerUser.equals(appUser);
    }

    /** A connection source as the owner: for migrations (and for tests that play the database's owner). */
    public DataSource ownerDataSource() {
        return new SimpleDriverDataSource(new Driver(), url, ownerUser, ownerPassword);
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
    }

    @Override
    public String toString() {
        // Never the passwords, should this record ever be logged.
        return "DatabaseServer[" + url + ", owner " + ownerUser + ", application " + appUser + "]";
    }
}
