package bench.echo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON in, JSON out (JSON-B), no database, no security: what the server itself costs per request. */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EchoResource {

    @POST
    @Path("documents/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> validation(Map<String, Object> document) {
        Map<String, Object> answer = new LinkedHashMap<>(document);
        answer.put("valid", true);
        return answer;
    }

    @GET
    @Path("me")
    public Map<String, Object> me() {
        return Map.of("id", "00000000-0000-0000-0000-000000000001", "role", "ADMIN", "language", "zh-Hans");
    }

    @GET
    @Path("applications/{id}")
    public Map<String, Object> application(@PathParam("id") String id) {
        return Map.of("id", id, "status", "DRAFT", "cardNumberMasked", "8********1234");
    }

    @GET
    @Path("ready")
    public Map<String, Object> ready() {
        return Map.of("status", "UP");
    }
}
