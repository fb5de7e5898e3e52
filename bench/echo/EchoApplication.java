package bench.echo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The floor for REST figures: a bare JAX-RS application on the same paths as the product (bench/rest-floor.sh). */
@ApplicationPath("/api/v1")
public class EchoApplication extends Application {}
