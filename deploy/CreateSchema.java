import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the schema of the batch runtime's job repository if it is missing (Payara creates the tables, never the
 * schema). The password comes from the environment variable VERIFICATION_DB_PASSWORD, never from the command line.
 *
 * <p>{@code java -cp postgresql.jar deploy/CreateSchema.java jdbc:postgresql://host:5432/db user jbatch}
 */
public class CreateSchema {

    public static void main(String[] args) throws SQLException {
        if (args.length != 3 || !args[2].matches("[a-z_][a-z0-9_]*")) {
            System.err.println("usage: java -cp postgresql.jar deploy/CreateSchema.java JDBC_URL USER SCHEMA"
                    + " (schema: lower-case letters, digits, _)");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("VERIFICATION_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(args[0], args[1], password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + args[2]);
        }
        System.out.println("schema " + args[2] + " present");
    }
}
